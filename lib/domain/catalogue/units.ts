/**
 * Units people type after a number: "9w", "9 w", "9 watt" and "९ वॉट" all mean the "9 W" of
 * "LED bulb, 9 W". Each unit's forms (English, abbreviations, Hindi) search for one another.
 * Single letters (w, m, l, a, g) and two-letter Hindi abbreviations are units only right after a
 * number; full names anywhere. Forms are written as typed and normalised where they are used.
 */
const UNITS: { forms: string[]; afterNumberOnly: string[] }[] = [
  { forms: ["watt", "watts", "वॉट", "वाट"], afterNumberOnly: ["w"] },
  { forms: ["mm", "millimetre", "millimeter", "millimetres", "millimeters", "मिमी"], afterNumberOnly: [] },
  { forms: ["cm", "centimetre", "centimeter", "centimetres", "centimeters", "सेमी"], afterNumberOnly: [] },
  { forms: ["metre", "meter", "metres", "meters", "mtr", "मीटर"], afterNumberOnly: ["m", "मी"] },
  { forms: ["litre", "liter", "litres", "liters", "ltr", "लीटर"], afterNumberOnly: ["l", "ली"] },
  { forms: ["kg", "kgs", "kilo", "kilogram", "kilograms", "किलो", "किग्रा", "किलोग्राम"], afterNumberOnly: [] },
  { forms: ["gram", "grams", "gm", "gms", "ग्राम"], afterNumberOnly: ["g"] },
  { forms: ["ft", "feet", "foot", "फ़ुट", "फुट"], afterNumberOnly: [] },
  { forms: ["amp", "amps", "ampere", "amperes", "एम्पियर"], afterNumberOnly: ["a"] },
];

export type UnitTable = { unitOf: (word: string, afterNumber: boolean) => string[] | null; glued: RegExp };

/** The table with its forms normalised by `normalise` (the search's text normalisation). */
export function unitTable(normalise: (text: string) => string): UnitTable {
  const always = new Map<string, string[]>();
  const afterNumber = new Map<string, string[]>();
  for (const unit of UNITS) {
    const forms = [...unit.forms, ...unit.afterNumberOnly].map(normalise);
    for (const form of unit.forms) always.set(normalise(form), forms);
    for (const form of unit.afterNumberOnly) afterNumber.set(normalise(form), forms);
  }
  const names = [...always.keys(), ...afterNumber.keys()].sort((a, b) => b.length - a.length);
  return {
    unitOf: (word, afterNum) => always.get(word) ?? (afterNum ? (afterNumber.get(word) ?? null) : null),
    // A number with a unit glued to it ("9w", "1200mm", "९वॉट" once normalised).
    glued: new RegExp(`^(\\d+(?:\\.\\d+)?)(${names.join("|")})$`, "u"),
  };
}
