import type { PricingFailure } from "./failure";
import { failureMessage } from "./messages";

/** A pricing question with no number: the reason is `failure`; the message is derived from it. */
export class PricingError extends Error {
  readonly failure: PricingFailure;

  constructor(failure: PricingFailure) {
    super(failureMessage(failure));
    this.name = "PricingError";
    this.failure = failure;
  }
}

/** The failure an error carries, or null for an error that is not a pricing failure (a bug). */
export const failureOf = (error: unknown): PricingFailure | null =>
  error instanceof PricingError ? error.failure : null;
