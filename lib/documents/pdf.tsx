import path from "node:path";
import { Document, Font, Image, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import QRCode from "qrcode";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { MESSAGES } from "@/lib/i18n/load-messages";
import type { DocumentFacts, FactValue } from "./facts";
import { formatFact } from "./format";

// The full TTF (Latin and Devanagari in one font): react-pdf falls back to Helvetica, without
// Devanagari, for any glyph the registered font lacks (TOOLCHAIN.md "Hindi in PDFs").
const FONT_FAMILY = "NotoSansDevanagari";
const FONT_DIR = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-devanagari");
Font.register({
  family: FONT_FAMILY,
  fonts: [
    { src: path.join(FONT_DIR, "400Regular/NotoSansDevanagari_400Regular.ttf"), fontWeight: 400 },
    { src: path.join(FONT_DIR, "700Bold/NotoSansDevanagari_700Bold.ttf"), fontWeight: 700 },
  ],
});
// Words are not hyphenated: Hindi and item codes must not be split.
Font.registerHyphenationCallback((word) => [word]);

type Glyph = { codePoints: number[] };
type FontkitFont = { getGlyph(id: number, codePoints?: number[]): Glyph | null };

/**
 * fontkit caches one glyph object per glyph id together with the code points it was first laid
 * out for. Noto Sans Devanagari draws ई and ऐ as two glyphs, the second (the reph-like mark) with
 * no code point of its own — the same glyph as a real reph (र्, two code points). Whichever comes
 * first wins the cache, and react-pdf, which maps text to glyphs by counting code points, then
 * drops or shifts characters of later text (seen: "अनुत्तीर्ण" printed without अ, "(मिमी)" cut to
 * "(मिम"). Each font instance is patched to hand out a view of the cached glyph with the code
 * points of the current use.
 */
function patchGlyphCodePoints(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || (glyph.codePoints.length === codePoints.length && glyph.codePoints.every((c, i) => c === codePoints[i]))) return glyph;
    return Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph;
  };
}

let fontsReady: Promise<void> | null = null;

function loadFonts(): Promise<void> {
  fontsReady ??= Promise.all(
    [400, 700].map(async (fontWeight) => {
      await Font.load({ fontFamily: FONT_FAMILY, fontWeight });
      patchGlyphCodePoints(Font.getFont({ fontFamily: FONT_FAMILY, fontWeight }).data as unknown as FontkitFont);
    }),
  ).then(() => undefined);
  return fontsReady;
}

// Keys are built from document kinds and fact keys at run time, so the translators are untyped here;
// tests/integration/transparency-documents.test.ts checks every fact key has a label in both languages.
type Translate = (key: string, values?: Record<string, string>) => string;
const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "documents" }) as unknown as Translate;
const hi = createTranslator({ locale: "hi", messages: MESSAGES.hi, namespace: "documents" }) as unknown as Translate;

const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9.5, padding: 36, color: "#0f172a" },
  issuer: { fontSize: 9, color: "#334155", borderBottom: "2pt solid #1e3a8a", paddingBottom: 6, marginBottom: 10 },
  title: { fontSize: 16, fontWeight: 700, color: "#1e3a8a" },
  number: { fontSize: 11, marginTop: 2, marginBottom: 12 },
  factRow: { flexDirection: "row", borderBottom: "0.5pt solid #cbd5e1", paddingVertical: 3 },
  factLabel: { width: "40%", color: "#334155" },
  factValue: { width: "60%", fontWeight: 700 },
  table: { marginTop: 14, border: "0.5pt solid #94a3b8" },
  tableHead: { flexDirection: "row", backgroundColor: "#e2e8f0", fontWeight: 700 },
  tableRow: { flexDirection: "row", borderTop: "0.5pt solid #cbd5e1" },
  cell: { flex: 1, padding: 3 },
  footer: { marginTop: 18, flexDirection: "row", borderTop: "1pt solid #1e3a8a", paddingTop: 8 },
  qr: { width: 96, height: 96 },
  footerText: { flex: 1, marginLeft: 10, fontSize: 8.5, color: "#334155" },
  hash: { fontSize: 7.5, marginTop: 4 },
});

const bilingual = (key: string) => `${en(key)} / ${hi(key)}`;
const both = (fact: FactValue) => (fact.hi ? `${fact.value} / ${fact.hi}` : fact.value);

export type PdfInput = { id: string; kind: DocumentKind; number: string; sha256: string; facts: DocumentFacts; verifyUrl: string };

/** The document as a bilingual A4 PDF with a QR code of its verification URL. */
export async function renderDocumentPdf(doc: PdfInput): Promise<Buffer> {
  const [qr] = await Promise.all([QRCode.toDataURL(doc.verifyUrl, { errorCorrectionLevel: "M", margin: 1, width: 240 }), loadFonts()]);
  const { facts, table } = doc.facts;
  return renderToBuffer(
    <Document title={`${en(`kinds.${doc.kind}`)} ${doc.number}`} author="Manak" creator="Manak" producer="Manak" language="en-IN">
      <Page size="A4" style={styles.page}>
        <Text style={styles.issuer}>{bilingual("issuer")}</Text>
        <Text style={styles.title}>{bilingual(`kinds.${doc.kind}`)}</Text>
        <Text style={styles.number}>{doc.number}</Text>
        {facts.map((fact) => (
          <View key={fact.key} style={styles.factRow} wrap={false}>
            <Text style={styles.factLabel}>{bilingual(`fields.${fact.key}`)}</Text>
            <Text style={styles.factValue}>{fact.type === "text" ? both(fact) : formatFact(fact.type, fact, "en")}</Text>
          </View>
        ))}
        {table ? (
          <View style={styles.table}>
            <View style={styles.tableHead} fixed>
              {table.columns.map((c) => (
                <Text key={c.key} style={styles.cell}>{bilingual(`fields.${c.key}`)}</Text>
              ))}
            </View>
            {table.rows.map((row, i) => (
              <View key={i} style={styles.tableRow} wrap={false}>
                {row.map((value, j) => (
                  <Text key={j} style={styles.cell}>
                    {table.columns[j].type === "text" ? both(value) : formatFact(table.columns[j].type, value, "en")}
                  </Text>
                ))}
              </View>
            ))}
          </View>
        ) : null}
        <View style={styles.footer} wrap={false}>
          <Image style={styles.qr} src={qr} />
          <View style={styles.footerText}>
            <Text>{en("pdf.verify", { url: doc.verifyUrl })}</Text>
            <Text>{hi("pdf.verify", { url: doc.verifyUrl })}</Text>
            <Text style={styles.hash}>{`${bilingual("pdf.hash")}: ${doc.sha256}`}</Text>
            <Text style={styles.hash}>{`${bilingual("pdf.issued")}: ${formatFact("instant", { value: doc.facts.issuedAt }, "en")}`}</Text>
          </View>
        </View>
      </Page>
    </Document>,
  );
}
