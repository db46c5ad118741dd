/**
 * Just enough MIME reading for the dev catcher to show a caught e-mail: headers (with RFC 2047
 * encoded words, as Hindi subjects are), multipart bodies, base64 and quoted-printable parts.
 * Not a general mail parser; it reads what nodemailer writes.
 */
export type ReadMail = {
  messageId: string | null;
  subject: string;
  text: string;
  html: string | null;
};

type Part = { headers: Map<string, string>; body: string };

export function readMail(raw: string): ReadMail {
  const root = splitPart(raw);
  const leaves = flatten(root);
  const find = (type: string) => leaves.find((p) => mediaType(p) === type);
  const text = find("text/plain");
  const html = find("text/html");
  return {
    messageId: root.headers.get("message-id") ?? null,
    subject: decodeWords(root.headers.get("subject") ?? ""),
    text: text ? decodeBody(text) : "",
    html: html ? decodeBody(html) : null,
  };
}

function splitPart(raw: string): Part {
  const normalised = raw.replace(/\r\n/g, "\n");
  const end = normalised.indexOf("\n\n");
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? "" : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function mediaType(part: Part): string {
  return (part.headers.get("content-type") ?? "text/plain").split(";")[0].trim().toLowerCase();
}

function flatten(part: Part): Part[] {
  const type = part.headers.get("content-type") ?? "";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith("multipart/") || !boundary) return [part];
  const chunks = part.body.split(`--${boundary}`).slice(1);
  return chunks
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => flatten(splitPart(chunk.replace(/^\n/, ""))));
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const body = part.body.replace(/\n$/, "");
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

function decodeQuotedPrintable(s: string): string {
  return quotedPrintableBytes(s.replace(/=\n/g, "")).toString("utf8");
}

function quotedPrintableBytes(s: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(s[i], "utf8"));
    }
  }
  return Buffer.from(bytes);
}

/**
 * RFC 2047: "=?UTF-8?B?...?=" and "=?UTF-8?Q?...?=". A run of adjacent encoded words is joined
 * as bytes before decoding, because an encoder may split one Devanagari letter's bytes between two.
 */
export function decodeWords(value: string): string {
  const word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/=\?[^?]+\?[BbQq]\?[^?]*\?=(\s*=\?[^?]+\?[BbQq]\?[^?]*\?=)*/g, (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, kind, data]) =>
        kind.toUpperCase() === "B" ? Buffer.from(data, "base64") : quotedPrintableBytes(data.replace(/_/g, " ")),
      ),
    ).toString("utf8"),
  );
}
