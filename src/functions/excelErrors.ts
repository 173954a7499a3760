import { PricingError, type PricingErrorCode } from "../core/errors";

const EXCEL_CODE: Readonly<Record<PricingErrorCode, CustomFunctions.ErrorCode>> = {
  VALUE: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  NUM: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  NA: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
};

/**
 * The error Excel shows for a failure. Known failures keep their code and message; anything
 * else is a bug, shown as #VALUE! with its message rather than crashing the function.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof PricingError) return new CustomFunctions.Error(EXCEL_CODE[error.code], error.message);
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error("#VALUE!" as CustomFunctions.ErrorCode.invalidValue, `Unexpected error: ${message}`);
}
