import { describe, expect, it } from "vitest";
import { parseUiLocale, pickLocale, safeReturnPath, toUiLocale } from "@/lib/i18n/locale";

describe("pickLocale", () => {
  it.each([
    // [cookie, Accept-Language, expected]
    [undefined, undefined, "en"],
    [null, "", "en"],
    [undefined, "hi", "hi"],
    [undefined, "hi-IN", "hi"],
    [undefined, "HI-in", "hi"],
    [undefined, "en-IN", "en"],
    [undefined, "hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7", "hi"],
    [undefined, "en-GB,en;q=0.9,hi;q=0.8", "en"],
    [undefined, "en;q=0.5, hi;q=0.8", "hi"],
    [undefined, "fr-FR, de;q=0.9, hi;q=0.3", "hi"],
    [undefined, "fr-FR, de;q=0.9", "en"],
    [undefined, "hi;q=0, en;q=0.1", "en"],
    [undefined, "hi;q=0.000", "en"],
    [undefined, "hi;q=1.0", "hi"],
    [undefined, "*", "en"],
    [undefined, "*;q=0.9, hi;q=0.5", "en"],
    [undefined, "hi;q=0.5, *;q=0.9", "en"],
    [undefined, "fr, *;q=0.1, hi;q=0.05", "en"],
    [undefined, "  hi-IN ;  q=0.9 ", "hi"],
    [undefined, "hi;q=abc, en;q=0.2", "en"],
    [undefined, "hi;q=2", "en"],
    [undefined, "hi;q=-1", "en"],
    [undefined, "hi;q=0.1234", "en"],
    [undefined, ";;;,,,q=1,hi", "hi"],
    [undefined, "garbage!!, 12345, hi_IN", "en"],
    [undefined, "\u0000\u0001, hi", "hi"],
    ["hi", "en-US,en;q=0.9", "hi"],
    ["en", "hi-IN,hi", "en"],
    ["hi-IN", undefined, "hi"],
    ["fr", "hi", "hi"],
    ["", "hi", "hi"],
    ["<script>", undefined, "en"],
  ] as const)("cookie %j, Accept-Language %j → %s", (cookie, header, expected) => {
    expect(pickLocale(cookie, header)).toBe(expected);
  });

  it("keeps equal-q languages in the browser's order", () => {
    expect(pickLocale(undefined, "hi;q=0.8, en;q=0.8")).toBe("hi");
    expect(pickLocale(undefined, "en;q=0.8, hi;q=0.8")).toBe("en");
  });
});

describe("parseUiLocale / toUiLocale", () => {
  it("reads next-intl's Intl locales back as catalogue names", () => {
    expect(toUiLocale("hi-IN")).toBe("hi");
    expect(toUiLocale("en-IN")).toBe("en");
    expect(toUiLocale(undefined)).toBe("en");
    expect(parseUiLocale("hindi")).toBeNull();
    expect(parseUiLocale("ta-IN")).toBeNull();
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/", "/"],
    ["/catalogue?q=rice&cursor=abc", "/catalogue?q=rice&cursor=abc"],
    ["/orders/PO-2026-1#timeline", "/orders/PO-2026-1#timeline"],
    ["/catalogue?q=%E0%A4%9A%E0%A4%BE%E0%A4%B5%E0%A4%B2", "/catalogue?q=%E0%A4%9A%E0%A4%BE%E0%A4%B5%E0%A4%B2"],
  ])("keeps the site path %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "catalogue",
    "",
    " /catalogue",
    `/${"a".repeat(3000)}`,
    null,
    undefined,
    42,
  ])("falls back to / for %j", (input) => {
    expect(safeReturnPath(input)).toBe("/");
  });
});
