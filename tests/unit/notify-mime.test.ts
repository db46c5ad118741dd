import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { decodeWords, readMail } from "@/lib/notify/mime";

// Real messages as nodemailer writes them, so the catcher's reader is tested against its input.
async function compose(options: { subject: string; text: string; html?: string; textEncoding?: "base64" | "quoted-printable" }) {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  const info = await transport.sendMail({ from: "a@example.in", to: "b@example.in", messageId: "<abc@notify.manak>", ...options });
  return (info.message as Buffer).toString("utf8");
}

describe("readMail", () => {
  const hindi = "नया आपूर्ति आदेश SO/2026-27/0012345: 14 दिस॰ 2026 तक स्वीकार या अस्वीकार करें";
  const body = `नमस्ते आशा,\n\nआपको ₹12,34,56,789.00 का आपूर्ति आदेश आवंटित हुआ है।\n\n${"लंबी पंक्ति ".repeat(20)}`;

  it.each(["base64", "quoted-printable"] as const)("reads a Hindi multipart message (%s)", async (textEncoding) => {
    const raw = await compose({ subject: hindi, text: body, html: `<p>${body}</p>`, textEncoding });
    const mail = readMail(raw);
    expect(mail.subject).toBe(hindi);
    expect(mail.text).toBe(body);
    expect(mail.html).toBe(`<p>${body}</p>`);
    expect(mail.messageId).toBe("<abc@notify.manak>");
  });

  it("reads a plain ASCII message without HTML", async () => {
    const mail = readMail(await compose({ subject: "Bill BL/1 generated", text: "Net payable: Rs 10.00" }));
    expect(mail).toMatchObject({ subject: "Bill BL/1 generated", text: "Net payable: Rs 10.00", html: null });
  });

  it("joins adjacent encoded words before decoding, even mid-letter", () => {
    const bytes = Buffer.from("मानक", "utf8");
    const split = `=?UTF-8?B?${bytes.subarray(0, 4).toString("base64")}?= =?UTF-8?B?${bytes.subarray(4).toString("base64")}?=`;
    expect(decodeWords(split)).toBe("मानक");
    expect(decodeWords("=?UTF-8?Q?Bill_=E2=82=B9?= due")).toBe("Bill ₹ due");
  });
});
