import localFont from "next/font/local";

/**
 * Noto Sans Devanagari, self-hosted from @fontsource's files and cut to what the pages use
 * (docs/performance.md, "Layout stability"): two weights (400; 600 for both font-semibold and
 * font-bold — bold asks for 700 and gets the nearest heavier face), and only the Latin and
 * Devanagari subsets, each a face of its own limited by unicode-range so a page downloads only
 * the scripts it shows. next/font preloads them and writes a fallback face (local Arial) whose
 * size-adjust and ascent/descent overrides match the font's metrics, so text laid out before the
 * font arrives takes the same room after it: the swap does not move the page.
 */
export const latinFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-latin-600-normal.woff2", weight: "600" },
  ],
  display: "swap",
  variable: "--font-latin",
  adjustFontFallback: "Arial",
  declarations: [
    {
      prop: "unicode-range",
      value: "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const devanagariFont = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-600-normal.woff2", weight: "600" },
  ],
  display: "swap",
  variable: "--font-devanagari",
  adjustFontFallback: "Arial",
  declarations: [{ prop: "unicode-range", value: "U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF" }],
});
