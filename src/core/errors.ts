/**
 * The three ways a pricing question can fail, matching the Excel errors users know:
 * VALUE = a name or type the user must retype, NUM = a number out of range,
 * NA = a price that does not exist in the chosen catalog.
 */
export type PricingErrorCode = "VALUE" | "NUM" | "NA";

export class PricingError extends Error {
  readonly code: PricingErrorCode;

  constructor(code: PricingErrorCode, message: string) {
    super(message);
    this.name = "PricingError";
    this.code = code;
  }
}

export const valueError = (message: string): PricingError => new PricingError("VALUE", message);
export const numError = (message: string): PricingError => new PricingError("NUM", message);
export const naError = (message: string): PricingError => new PricingError("NA", message);
