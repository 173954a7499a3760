import type { DateSystem } from "../catalog/registry";
import { describeOfficeError, runnerOf, type ExcelAccess } from "./excelRun";

/** DATE(2000,1,1) as a serial: 36526 in the 1900 date system, 35064 (1,462 fewer) in 1904. */
const SERIAL_1900 = 36526;
const SERIAL_1904 = SERIAL_1900 - 1462;

/**
 * The workbook's date system, asked of Excel itself: Office.js has no property for it, but
 * workbook.functions evaluates DATE in the workbook's own system (ExcelApi 1.2), one sync.
 */
export async function detectDateSystem(opts: ExcelAccess = {}): Promise<DateSystem> {
  const excel = runnerOf(opts);
  try {
    return await excel.run(async (context) => {
      const result = context.workbook.functions.date(2000, 1, 1);
      result.load("value");
      await context.sync();
      if (result.value === SERIAL_1904) return "1904";
      if (result.value === SERIAL_1900) return "1900";
      throw new Error(`DATE(2000,1,1) is ${String(result.value)}, which is neither date system`);
    });
  } catch (error) {
    throw describeOfficeError("read-date-system", error, opts);
  }
}
