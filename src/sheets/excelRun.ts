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

/** Fixed overhead per queued command (object path, property name, ids) in the payload estimate. */
const COMMAND_BYTES = 300;

/** What one Excel.run sent: syncs made, commands queued, the largest batch's estimated bytes. */
export interface BatchStats {
  syncs: number;
  requests: number;
  largest: number;
  pending: number;
}

/**
 * The payload bookkeeping of one Excel.run: each queued command is counted with its JSON size,
 * and `room` syncs first when the next command would take the batch past `maxPayload`
 * (Excel rejects requests above 5 MB), so a batch syncs per budget, never per row.
 */
export function payloadBatch(context: Excel.RequestContext, maxPayload: number, stats: BatchStats) {
  const sync = async (): Promise<void> => {
    stats.largest = Math.max(stats.largest, stats.pending);
    stats.pending = 0;
    stats.syncs++;
    await context.sync();
  };
  return {
    sync,
    queue: (bytes: number): void => {
      stats.pending += bytes + COMMAND_BYTES;
      stats.requests++;
    },
    room: async (bytes: number): Promise<void> => {
      if (stats.pending > 0 && stats.pending + bytes + COMMAND_BYTES > maxPayload) await sync();
    },
  };
}

export const emptyBatchStats = (): BatchStats => ({ syncs: 0, requests: 0, largest: 0, pending: 0 });
