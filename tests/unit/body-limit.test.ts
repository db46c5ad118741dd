import { describe, expect, it } from "vitest";
import { BODY_LIMITS, refuseLargeBody } from "@/lib/http/body-limit";
import { exportSlotsMax, takeExportSlot } from "@/lib/http/export-slots";

const post = (headers: Record<string, string>, body: BodyInit | null = "x") => new Request("http://localhost/api/x", { method: "POST", headers, body });

describe("body limits from Content-Length, before a byte is read (issue 13)", () => {
  it("refuses a declared length over the limit with 413", () => {
    expect(refuseLargeBody(post({ "content-length": String(BODY_LIMITS.webhook + 1) }), BODY_LIMITS.webhook)?.status).toBe(413);
    expect(refuseLargeBody(post({ "content-length": "1" }), BODY_LIMITS.webhook)).toBeNull();
  });

  it("refuses a body without a declared length (411) and a nonsense length (400)", () => {
    const stream = new ReadableStream({ start: (c) => c.close() });
    expect(refuseLargeBody(new Request("http://localhost/x", { method: "POST", body: stream, duplex: "half" } as RequestInit), 10)?.status).toBe(411);
    expect(refuseLargeBody(post({ "content-length": "12abc" }), 10)?.status).toBe(400);
  });

  it("lets GET through", () => {
    expect(refuseLargeBody(new Request("http://localhost/x"), 0)).toBeNull();
  });
});

describe("export slots", () => {
  it("hand out at most EXPORT_MAX_CONCURRENT at once, and a released slot is free again", () => {
    const held = Array.from({ length: exportSlotsMax() }, () => takeExportSlot());
    expect(held.every(Boolean)).toBe(true);
    expect(takeExportSlot()).toBeNull();
    held[0]!();
    held[0]!(); // twice is harmless
    const again = takeExportSlot();
    expect(again).not.toBeNull();
    expect(takeExportSlot()).toBeNull();
    for (const release of [again, ...held.slice(1)]) release!();
  });
});
