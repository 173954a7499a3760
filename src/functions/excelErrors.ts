import { PricingError } from "../core/errors";
import type { FailureKind, PricingFailure } from "../core/failure";
import { failureMessage, messageLangOf, type MessageLang } from "../core/messages";

export type ExcelErrorText = "#VALUE!" | "#N/A" | "#NUM!";

/**
 * The one map from a failure to the Excel error it shows, used by the functions, the CLI, the
 * comparison sheets and the pane. Excel shows a message only on #VALUE! and #N/A, so every
 * failure with help to give is one of those: #VALUE! = an argument the user must change,
 * #N/A = a price (or version) that does not exist. #NUM! is left for a result no cell can hold.
 */
export const EXCEL_ERROR: Readonly<Record<FailureKind, ExcelErrorText>> = {
  "unknown-name": "#VALUE!",
  "ambiguous-name": "#VALUE!",
  "no-list-price": "#N/A",
  "no-list-price-from": "#N/A",
  "plan-no-list-price": "#N/A",
  "free-beta": "#N/A",
  "not-billed-no-packs": "#N/A",
  "no-packs": "#N/A",
  "no-such-pack": "#VALUE!",
  "pack-no-list-price": "#N/A",
  "budget-no-price": "#N/A",
  "budget-no-limit": "#N/A",
  "no-freeze": "#N/A",
  "no-qps-price": "#N/A",
  "qps-mixed-classes": "#VALUE!",
  "qps-over-cap": "#VALUE!",
  "qps-tier-no-price": "#N/A",
  "unknown-catalog": "#N/A",
  "product-not-in-catalog": "#N/A",
  "no-version-on-date": "#N/A",
  "no-international": "#N/A",
  "default-unavailable": "#N/A",
  "bad-count": "#VALUE!",
  "bad-amount": "#VALUE!",
  "sum-too-large": "#VALUE!",
  "result-too-large": "#NUM!",
  "forecast-empty": "#VALUE!",
  "forecast-too-long": "#VALUE!",
  "bills-empty": "#VALUE!",
  "too-many-bills": "#VALUE!",
  "pack-sizes-not-nested": "#N/A",
  "ledger-months": "#VALUE!",
  "no-pack-validity": "#N/A",
  "purchase-month": "#VALUE!",
  "purchases-columns": "#VALUE!",
  "purchase-no-price": "#VALUE!",
  "no-versions": "#VALUE!",
  "version-twice": "#VALUE!",
  "scenario-months": "#VALUE!",
  "bad-growth": "#VALUE!",
  "scenario-shared-item": "#VALUE!",
  "missing-argument": "#VALUE!",
  "not-text": "#VALUE!",
  "not-a-number": "#VALUE!",
  "bad-date": "#VALUE!",
  "bad-catalog-ref": "#VALUE!",
  "bad-period-unit": "#VALUE!",
  "bad-history-what": "#VALUE!",
  "not-ranges": "#VALUE!",
  "range-shape": "#VALUE!",
  "volume-without-name": "#VALUE!",
  "pack-prices-columns": "#VALUE!",
  "pack-prices-duplicate": "#VALUE!",
  "pack-prices-no-price": "#VALUE!",
};

export const excelErrorOf = (failure: PricingFailure): ExcelErrorText => EXCEL_ERROR[failure.kind];

const CODE: Readonly<Record<ExcelErrorText, CustomFunctions.ErrorCode>> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

/**
 * The error Excel shows for a failure. Known failures keep their code and message; anything
 * else is a bug, shown as #VALUE! with its message rather than crashing the function.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const lang = officeLanguage();
  if (error instanceof PricingError)
    return new CustomFunctions.Error(CODE[excelErrorOf(error.failure)], failureMessage(error.failure, lang));
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CODE["#VALUE!"], `${lang === "zh" ? "意外错误" : "Unexpected error"}: ${message}`);
}

/**
 * The language Excel shows: Office's display language in the shared runtime, English where no
 * Office object exists (the command line, tests). Read on the error path only.
 */
export function officeLanguage(): MessageLang {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return messageLangOf(office?.context?.displayLanguage);
}
