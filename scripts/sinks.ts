// `tsx scripts/sinks.ts`: the local SMTP catcher and SMS sink the dev command starts, so mail and
// SMS need no account; what they catch is stored as DevMessage rows (admin → dev inbox).
import { pathToFileURL } from "node:url";
import { startSmsSink, startSmtpCatcher, type SmsSink, type SmtpCatcher } from "../lib/notify/sinks";
import { createPrisma, type Db } from "../lib/prisma-client";

/**
 * Starts whichever sinks the environment does not replace with a real provider: the catcher
 * unless SMTP_HOST is set, the SMS sink unless a Twilio account is configured without
 * TWILIO_API_BASE. Ports: SMTP_PORT (2525) and SMS_SINK_PORT (2526).
 */
export async function startDevSinks(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<{ close(): Promise<void> }> {
  const started: (SmtpCatcher | SmsSink)[] = [];
  if (!env.SMTP_HOST) {
    const smtp = await startSmtpCatcher({ port: Number(env.SMTP_PORT ?? 2525), db });
    console.log(`[manak] mail catcher on smtp://127.0.0.1:${smtp.port}`);
    started.push(smtp);
  }
  if (!env.TWILIO_ACCOUNT_SID || env.TWILIO_API_BASE) {
    const sms = await startSmsSink({ port: Number(env.SMS_SINK_PORT ?? 2526), db });
    console.log(`[manak] SMS sink on ${sms.url}`);
    started.push(sms);
  }
  return { close: async () => void (await Promise.all(started.map((s) => s.close()))) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const db = createPrisma();
  const sinks = await startDevSinks(db);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, async () => {
      await sinks.close();
      await db.$disconnect();
      process.exit(0);
    });
  }
}
