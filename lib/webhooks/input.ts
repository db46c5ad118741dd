/** The admin's webhook subscription form. Pure. */
import { z } from "zod";
import { uuid } from "@/lib/domain/catalogue/form-fields";
import { WEBHOOK_EVENT_NAMES } from "./events";

/** https only, except plain http to this machine outside production (local receivers, tests). */
export function acceptableWebhookUrl(value: string, production = process.env.NODE_ENV === "production"): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.hash) return false;
  if (url.protocol === "https:") return true;
  return !production && url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export const createWebhookSubscriptionSchema = z.object({
  departmentId: uuid("errors.webhook.department"),
  url: z.string().trim().max(500).refine((v) => acceptableWebhookUrl(v), { error: "errors.webhook.url" }),
  events: z.array(z.enum(WEBHOOK_EVENT_NAMES as [string, ...string[]]), { error: "errors.webhook.events" }).min(1, { error: "errors.webhook.events" }).transform((e) => [...new Set(e)].sort()),
  description: z.string().trim().min(3, { error: "errors.webhook.description" }).max(200),
});
