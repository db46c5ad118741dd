/** What the worker hands a transport, and how a transport reports failure. */
export type OutboundMessage = {
  id: bigint;
  dedupeKey: string;
  to: string;
  subject: string;
  body: string;
  html: string | null;
};

export interface Transport {
  /** Resolves with the provider's id for the message once the provider has accepted it. */
  send(message: OutboundMessage): Promise<{ providerId: string }>;
  /**
   * Asks the provider whether it already accepted this message since `since` (an earlier attempt
   * whose outcome we never learnt: the worker died or the answer was lost). Resolves with the
   * provider's id, or null when it has no such message. Transports whose provider cannot be
   * asked (SMTP) leave it out.
   */
  findAccepted?(message: OutboundMessage, since: Date): Promise<string | null>;
  close?(): Promise<void> | void;
}

/**
 * A failure that retrying cannot fix (an address the provider refuses outright): the worker marks
 * the row DEAD at once instead of spending its remaining attempts.
 */
export class PermanentSendError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentSendError";
  }
}
