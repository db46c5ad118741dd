import { MESSAGES } from "@/lib/i18n/load-messages";

// Built once at build time: the service worker stores it when it installs and shows it for any
// page that was never saved. Plain HTML in both languages, no layout: it must not carry anyone's
// name or data, and must work with nothing else cached.
export const dynamic = "force-static";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);

function section(locale: "hi" | "en", headingLevel: 1 | 2): string {
  const t = MESSAGES[locale].pwa;
  return `<section lang="${locale}">
<h${headingLevel}>${escape(t.offlineTitle)}</h${headingLevel}>
<p>${escape(t.offlineBody)}</p>
<p class="actions"><button type="button" onclick="location.reload()">${escape(t.offlineRetry)}</button>
<a href="/buyer">${escape(t.offlineHome)}</a></p>
</section>`;
}

const html = `<!doctype html>
<html lang="hi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#1e3a8a">
<title>${escape(MESSAGES.hi.pwa.offlineTitle)} · ${escape(MESSAGES.en.pwa.offlineTitle)}</title>
<style>
body{margin:0;font:1rem/1.75 "Noto Sans Devanagari",system-ui,sans-serif;color:#0f172a;background:#fff}
header{border-top:4px solid #f28c28;border-bottom:1px solid #cbd5e1;padding:.5rem 1rem;font-weight:700;font-size:1.25rem;color:#1e3a8a}
main{max-width:36rem;margin:0 auto;padding:1rem}
section+section{border-top:1px solid #cbd5e1;margin-top:1.5rem;padding-top:.5rem}
h1,h2{font-size:1.5rem;margin:.5rem 0}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:center}
button,a{min-height:2.75rem;font:inherit;font-weight:600}
button{border:2px solid #1e40af;border-radius:.375rem;background:#1e40af;color:#fff;padding:.25rem 1rem}
a{color:#1e40af;display:inline-flex;align-items:center}
:focus-visible{outline:3px solid #1e3a8a;outline-offset:2px}
</style>
</head>
<body>
<header><span lang="hi">मानक</span> / <span lang="en">Manak</span></header>
<main>
${section("hi", 1)}
${section("en", 2)}
</main>
</body>
</html>
`;

export function GET(): Response {
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
