/**
 * The one dependency of the writers on Office.js: something with Excel.run's shape. Tests pass
 * an office-addin-mock context through `excel`; in the add-in the global Excel is used.
 */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface ExcelAccess {
  /** Default: the global `Excel` (Office.js). */
  excel?: ExcelRunner;
}

export function runnerOf(opts?: ExcelAccess): ExcelRunner {
  if (opts?.excel) return opts.excel;
  const global = globalThis as unknown as { Excel?: ExcelRunner };
  if (!global.Excel || typeof global.Excel.run !== "function") {
    throw new Error("Excel is not available: open the add-in inside Excel to write sheets.");
  }
  return global.Excel;
}

/** Office.js errors carry code and debugInfo; say what failed and keep the original message. */
export function describeOfficeError(what: string, error: unknown): Error {
  const e = error as { message?: string; code?: string; debugInfo?: { errorLocation?: string } };
  const detail = [e?.code, e?.message ?? String(error), e?.debugInfo?.errorLocation].filter((x) => x).join(": ");
  const wrapped = new Error(`${what} failed: ${detail}`);
  (wrapped as Error & { cause?: unknown }).cause = error;
  return wrapped;
}
