"use client";

// Shown when the root layout itself fails (for example the database is down), so it cannot use
// the message catalogues: both languages, side by side.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem", margin: "0 auto" }}>
        <h1>Something went wrong · कुछ गड़बड़ हो गई</h1>
        <p>Manak could not show this page. Please try again in a moment.</p>
        <p lang="hi">मानक यह पृष्ठ नहीं दिखा सका। कृपया थोड़ी देर में फिर से प्रयास करें।</p>
        <button type="button" onClick={() => reset()} style={{ minHeight: 44, padding: "0.5rem 1rem" }}>
          Try again · फिर से प्रयास करें
        </button>
      </body>
    </html>
  );
}
