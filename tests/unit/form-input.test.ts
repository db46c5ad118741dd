import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyFields, FormInput, text } from "@/lib/actions/form-input";

const CLEAN = Object.getOwnPropertyNames(Object.prototype).sort();
const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};
const refused = (entries: [string, string][]) => {
  try {
    FormInput.read(form(entries));
    return false;
  } catch (error) {
    return (error as { messageKey?: string }).messageKey === "errors.malformedForm";
  }
};

describe("FormInput (issue 13: user-chosen field names never reach a prototype)", () => {
  it.each(["__proto__", "checks.__proto__.ok", "constructor.prototype.x", "a.prototype", "quantities.__proto__", "x:constructor", "a[__proto__]"])(
    "refuses the name %s",
    (name) => expect(refused([[name, "yes"]])).toBe(true),
  );

  it("accepts names that merely contain the words", () => {
    expect(refused([["protocol", "1"], ["constructors", "1"], ["specs.0.key", "prototype_count"]])).toBe(false);
  });

  it("refuses too many fields and over-long names", () => {
    expect(refused(Array.from({ length: 401 }, (_, n) => [`f${n}`, "1"] as [string, string]))).toBe(true);
    expect(refused([["x".repeat(201), "1"]])).toBe(true);
  });

  it("refuses what is not a form", () => {
    for (const body of [undefined, null, "a=1", { a: 1 }, [["a", "1"]]]) expect(() => FormInput.read(body)).toThrow();
  });

  it("groups prefixed fields into prototype-less objects", () => {
    const input = FormInput.read(form([["checks.l1:color.ok", "yes"], ["checks.l1:color.observed", "red"], ["checks.l2:x.nope", "1"]]));
    const checks = input.group("checks.", /^[^.]+$/, ["observed", "ok"]);
    expect(Object.getPrototypeOf(checks)).toBeNull();
    expect({ ...checks["l1:color"] }).toEqual({ ok: "yes", observed: "red" });
    expect(checks["l2:x"]).toBeUndefined();
    // Nothing inherited reads as an answer: "toString" is not a check someone ticked.
    expect(checks["toString"]).toBeUndefined();
  });

  it("text() never returns a file, and fields() has no prototype", () => {
    const input = FormInput.read(form([["a", new Blob(["x"])], ["b", "1"], ["b", "2"]]));
    expect(input.text("a")).toBe("");
    expect(input.files("a")).toHaveLength(1);
    const fields = input.fields();
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect({ ...fields }).toEqual({ b: ["1", "2"] });
  });

  it("bounds text: a 1 MB value is a field error, not a crash", () => {
    expect(text(100).safeParse("x".repeat(1024 * 1024)).success).toBe(false);
    expect(anyFields.safeParse(FormInput.read(form([["name", "x".repeat(1024 * 1024)]])).fields()).success).toBe(false);
    expect(text().parse(undefined)).toBe("");
  });

  it("whatever names and values arrive, Object.prototype stays as it was (property)", () => {
    const name = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf").chain((word) =>
        fc.tuple(fc.constantFrom("", "checks.", "quantities.", "specs.0.", "a["), fc.constantFrom("", ".ok", ".observed", "]", ".accepted")).map(([p, s]) => `${p}${word}${s}`),
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 20 })), { maxLength: 20 }), (entries) => {
        try {
          const input = FormInput.read(form(entries));
          input.group("checks.", /.*/, ["observed", "ok"]);
          input.group("quantities.", /.*/);
          anyFields.safeParse(input.fields());
          input.values();
        } catch {
          // refused: fine
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(CLEAN);
        expect(({} as Record<string, unknown>).ok).toBeUndefined();
      }),
    );
  });
});
