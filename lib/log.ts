/**
 * Structured logs: one JSON object a line on stdout (pino), for the platform's log collector. Every
 * line written while serving a request carries its `requestId` (the same id as the response's
 * x-request-id header and the audit events the request wrote). LOG_LEVEL sets the level (info).
 */
import pino from "pino";
import { currentRequestId } from "./request-context";

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: process.env.MANAK_SERVICE ?? "manak", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  mixin() {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
});
