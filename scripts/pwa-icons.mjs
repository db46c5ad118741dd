// Draws the installable app's icons (public/icons/*.png): the letter "म" of मानक in white on the
// portal's blue, with a saffron rule, from the Noto Sans Devanagari font the PDFs already use.
// Run once after changing the design: `node scripts/pwa-icons.mjs`. The PNGs are committed.
// fontkit and sharp come with @react-pdf/renderer and next; nothing else is needed.
import { Buffer } from "node:buffer";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.join(import.meta.dirname, "..");
const require = createRequire(path.join(root, "package.json"));
const fontkit = require("fontkit");
const sharp = require("sharp");

const BLUE = "#1e3a8a";
const SAFFRON = "#f28c28";
const font = fontkit.openSync(
  path.join(root, "node_modules/@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf"),
);
const glyph = font.layout("म").glyphs[0];
const { minX, minY, maxX, maxY } = glyph.path.bbox;

/**
 * A 1000-unit square. Maskable icons are cropped to a circle of 40 % radius by some launchers,
 * so the letter and the rule stay well inside it; the plain icon gets rounded corners instead.
 */
function svg({ maskable }) {
  const glyphWidth = 440;
  const scale = glyphWidth / (maxX - minX);
  const glyphHeight = (maxY - minY) * scale;
  const x = 500 - glyphWidth / 2 - minX * scale;
  const top = 500 - (glyphHeight + 70) / 2;
  // Font outlines are y-up; flip them into the SVG's y-down space.
  const transform = `translate(${x} ${top + maxY * scale}) scale(${scale} ${-scale})`;
  const ruleY = top + glyphHeight + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 1000">
  <rect width="1000" height="1000" rx="${maskable ? 0 : 200}" fill="${BLUE}"/>
  <path d="${glyph.path.toSVG()}" transform="${transform}" fill="#fff"/>
  <rect x="290" y="${ruleY}" width="420" height="34" rx="17" fill="${SAFFRON}"/>
</svg>`;
}

const outDir = path.join(root, "public/icons");
mkdirSync(outDir, { recursive: true });
const icons = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "maskable-192.png", size: 192, maskable: true },
  { file: "maskable-512.png", size: 512, maskable: true },
  { file: "apple-touch-icon.png", size: 180, maskable: true },
];
for (const icon of icons) {
  // Rasterised at twice the size, then scaled down, for smooth edges.
  const png = await sharp(Buffer.from(svg(icon)), { density: (72 * 2 * icon.size) / 1000 })
    .resize(icon.size, icon.size)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  writeFileSync(path.join(outDir, icon.file), png);
  console.log(`public/icons/${icon.file}: ${png.length} bytes`);
}
