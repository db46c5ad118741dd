import { describe, expect, it } from "vitest";
import { NOTIFY_EVENTS } from "@/lib/notify/events";
import { messages as en } from "@/lib/i18n/messages/en";
import { messages as hi } from "@/lib/i18n/messages/hi";

// The preferences page and the notification list name every event; a missing label shows the raw
// key (found when a long key pushed the 360 px preferences page sideways).
const label = (events: unknown, event: string): unknown =>
  event.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), events);

describe("notification event labels", () => {
  for (const [language, messages] of [["en", en], ["hi", hi]] as const) {
    it(`every event has a ${language} label`, () => {
      const missing = NOTIFY_EVENTS.filter((event) => typeof label(messages.notify.events, event) !== "string");
      expect(missing).toEqual([]);
    });
  }
});
