/**
 * An Office.js (Excel) mock for the writers, built on office-addin-mock's OfficeMockObject for
 * the load/sync semantics (reading a property before load + sync is an error), plus recorders:
 * every sync is counted, every queued write is sized (JSON bytes) per batch, and writes land in
 * a cell store that parses input the way Excel does when a value is typed (a leading apostrophe
 * keeps text, "=" makes a formula, numeric text becomes a number), so tests can check what a
 * user would see. A batch above 5 MB fails the sync, as Excel does.
 */
import { OfficeMockObject } from "office-addin-mock";
import { columnIndex, columnLetter } from "../../compare/layout";

export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface StoredCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat?: string;
}

export interface MockLog {
  syncs: number;
  batches: number[];
  largestBatch: number;
  requests: number;
  calculations: string[];
  tables: { sheet: string; address: string; hasHeaders: boolean; style?: string }[];
  activated: string[];
  autofit: string[];
  /** "Sheet!B" → column width in points, as Range.format.columnWidth was set. */
  columnWidths: Map<string, number>;
  /** sheet → rows frozen by freezePanes.freezeRows. */
  frozenRows: Map<string, number>;
  /** Addresses ("Sheet1!B7:C7") whose formulas were written. */
  formulaWrites: string[];
  /** Sheets protected by worksheet.protection.protect(), with the password given (null: none). */
  protectedSheets: Map<string, string | null>;
  /** "Sheet!A1:C1" ranges set bold. */
  boldRanges: string[];
}

export interface MockWorkbook {
  context: OfficeMockObject;
  excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  log: MockLog;
  /** sheet name → "B7" → cell */
  cells: Map<string, Map<string, StoredCell>>;
  sheetNames: () => string[];
  xmlParts: { id: string; namespace: string; xml: string }[];
  /** Make the next sync fail with this error. */
  failNextSync: (error: Error) => void;
}

function parseRange(address: string): { c0: number; r0: number; c1: number; r1: number } {
  const [a, b] = address.split(":");
  const m1 = /^([A-Z]+)(\d+)$/.exec(a)!;
  const m2 = /^([A-Z]+)(\d+)$/.exec(b ?? a)!;
  return { c0: columnIndex(m1[1]), r0: Number(m1[2]), c1: columnIndex(m2[1]), r1: Number(m2[2]) };
}

/** How Excel stores typed input. */
function typed(input: unknown): StoredCell {
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const text = String(input ?? "");
  if (text.startsWith("'")) return { value: text.slice(1), formula: null };
  if (/^[=+-]./.test(text) && /^=/.test(text)) return { value: "(formula)", formula: text };
  if (/^[+-]/.test(text) && !/^[+-]\d/.test(text)) return { value: "(formula)", formula: `=${text}` };
  if (text.startsWith("@")) return { value: "(formula)", formula: `=${text.slice(1)}` };
  if (/^\s*[-+]?\d[\d,]*\.?\d*\s*$/.test(text)) return { value: Number(text.replace(/,/g, "")), formula: null };
  if (/^#(N\/A|VALUE!|NUM!|REF!|DIV\/0!|NAME\?|NULL!)$/.test(text)) return { value: text, formula: "(error literal)" };
  return { value: text, formula: null };
}

const bytesOf = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

export function createMockWorkbook(
  initialSheets: string[] = ["Sheet1"],
  selection?: { address: string; values: unknown[][] },
  options: { date1904?: boolean } = {},
): MockWorkbook {
  const log: MockLog = {
    syncs: 0,
    batches: [],
    largestBatch: 0,
    requests: 0,
    calculations: [],
    tables: [],
    activated: [],
    autofit: [],
    columnWidths: new Map(),
    frozenRows: new Map(),
    formulaWrites: [],
    protectedSheets: new Map(),
    boldRanges: [],
  };
  const cells = new Map<string, Map<string, StoredCell>>();
  const names: string[] = [...initialSheets];
  for (const n of names) cells.set(n, new Map());
  const xmlParts: { id: string; namespace: string; xml: string }[] = [];
  let pending = 0;
  let failure: Error | null = null;
  let nextPartId = 1;
  let pendingOps: (() => void)[] = [];

  const queue = (bytes: number, op?: () => void): void => {
    pending += bytes + 100;
    log.requests++;
    if (op) pendingOps.push(op);
  };

  /** A ClientResult-like value readable only after the next sync. */
  const clientResult = <T>(compute: () => T): { readonly value: T } => {
    const ready = log.syncs + 1;
    let result: T;
    pendingOps.push(() => {
      result = compute();
    });
    return {
      get value(): T {
        if (log.syncs < ready)
          throw new Error("The value of the result object has not been loaded yet. Call context.sync() first.");
        return result;
      },
    };
  };

  /** A whole column ("B:B"): only its width is used. */
  const makeColumns = (sheet: string, address: string) => {
    const [from, to] = address.split(":");
    return {
      format: {
        set columnWidth(points: number) {
          queue(10, () => {
            for (let c = columnIndex(from); c <= columnIndex(to); c++)
              log.columnWidths.set(`${sheet}!${columnLetter(c)}`, points);
          });
        },
      },
    };
  };

  const makeRange = (sheet: string, address: string) => {
    if (/^[A-Z]+:[A-Z]+$/.test(address)) return makeColumns(sheet, address) as unknown as ReturnType<typeof makeCells>;
    return makeCells(sheet, address);
  };

  const makeCells = (sheet: string, address: string) => {
    const store = cells.get(sheet)!;
    const { c0, r0, c1, r1 } = parseRange(address);
    const assign = (kind: "values" | "formulas", data: unknown[][]): void => {
      if (
        !Array.isArray(data) ||
        data.length !== r1 - r0 + 1 ||
        data.some((row) => !Array.isArray(row) || row.length !== c1 - c0 + 1)
      ) {
        throw new Error(`InvalidArgument: ${kind} for ${address} has the wrong dimensions`);
      }
      queue(bytesOf(data), () => {
        if (kind === "formulas") log.formulaWrites.push(`${sheet}!${address}`);
        data.forEach((row, r) =>
          row.forEach((input, c) => store.set(`${columnLetter(c0 + c)}${r0 + r}`, typed(input))),
        );
      });
    };
    return {
      set values(data: unknown[][]) {
        assign("values", data);
      },
      set formulas(data: unknown[][]) {
        assign("formulas", data);
      },
      set numberFormat(format: unknown) {
        queue(bytesOf(format), () => {
          for (let r = r0; r <= r1; r++) {
            for (let c = c0; c <= c1; c++) {
              const key = `${columnLetter(c)}${r}`;
              const cell = store.get(key) ?? { value: "", formula: null };
              cell.numberFormat = Array.isArray(format)
                ? String((format as unknown[][])[r - r0][c - c0])
                : String(format);
              store.set(key, cell);
            }
          }
        });
      },
      format: {
        font: {
          set bold(b: boolean) {
            queue(10, () => (b ? log.boldRanges.push(`${sheet}!${address}`) : undefined));
          },
        },
        autofitColumns: () => {
          queue(10, () => log.autofit.push(`${sheet}!${address}`));
        },
      },
    };
  };

  /** getUsedRangeOrNullObject().getSpecialCellsOrNullObject("Formulas"): one area per formula cell. */
  const formulaCells = (name: string) => {
    const ready = log.syncs + 1;
    let areas: { address: string; formulas: unknown[][] }[] = [];
    pendingOps.push(() => {
      areas = [...cells.get(name)!.entries()]
        .filter(([, cell]) => cell.formula !== null && cell.formula.startsWith("="))
        .map(([key, cell]) => ({ address: `${name}!${key}`, formulas: [[cell.formula]] }));
    });
    const loaded = <T>(get: () => T): T => {
      if (log.syncs < ready) throw new Error("PropertyNotLoaded");
      return get();
    };
    const special = {
      load: () => queue(0),
      get isNullObject() {
        return loaded(() => areas.length === 0);
      },
      areas: {
        load: () => queue(0),
        get items() {
          return loaded(() => areas);
        },
      },
    };
    return { getSpecialCellsOrNullObject: (type: string) => (type === "Formulas" ? special : null) };
  };

  const makeSheet = (name: string) => ({
    name,
    getRange: (address: string) => makeRange(name, address),
    getUsedRangeOrNullObject: () => formulaCells(name),
    tables: {
      add: (address: string, hasHeaders: boolean) => {
        const entry: MockLog["tables"][number] = { sheet: name, address, hasHeaders };
        queue(bytesOf(address), () => log.tables.push(entry));
        return {
          set style(s: string) {
            entry.style = s;
          },
        };
      },
    },
    activate: () => queue(10, () => log.activated.push(name)),
    freezePanes: {
      freezeRows: (count: number) => queue(10, () => log.frozenRows.set(name, count)),
    },
    protection: {
      protect: (_options?: unknown, password?: string) =>
        queue(10, () => log.protectedSheets.set(name, password ?? null)),
    },
  });

  const data = {
    workbook: {
      worksheets: {
        items: [] as { name: string }[],
        // office-addin-mock cannot load "items/name" from an array; load the names as items.
        load(this: OfficeMockObject) {
          pendingOps.push(() => {
            (this as unknown as { _snapshot: unknown })._snapshot = names.map((n) => makeSheet(n));
          });
          queue(0);
          OfficeMockObject.prototype.load.call(this, "items");
          return this;
        },
        add(name: string) {
          if (names.some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
          if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: sheet name ${name}`);
          queue(bytesOf(name), () => {
            names.push(name);
          });
          cells.set(name, cells.get(name) ?? new Map());
          return makeSheet(name);
        },
        getItem(name: string) {
          if (!names.includes(name)) throw new Error(`ItemNotFound: ${name}`);
          return {
            ...makeSheet(name),
            getUsedRange: () => {
              const store = cells.get(name)!;
              const used = { address: "", values: [] as unknown[][] };
              pendingOps.push(() => {
                let maxR = 0;
                let maxC = -1;
                let minR = Infinity;
                let minC = Infinity;
                for (const key of store.keys()) {
                  const m = /^([A-Z]+)(\d+)$/.exec(key)!;
                  const c = columnIndex(m[1]);
                  const r = Number(m[2]);
                  maxR = Math.max(maxR, r);
                  maxC = Math.max(maxC, c);
                  minR = Math.min(minR, r);
                  minC = Math.min(minC, c);
                }
                if (maxC < 0) {
                  used.address = `${name}!A1`;
                  used.values = [[""]];
                  return;
                }
                used.address = `${name}!${columnLetter(minC)}${minR}:${columnLetter(maxC)}${maxR}`;
                for (let r = minR; r <= maxR; r++) {
                  const row: unknown[] = [];
                  for (let c = minC; c <= maxC; c++) row.push(store.get(`${columnLetter(c)}${r}`)?.value ?? "");
                  used.values.push(row);
                }
              });
              const ready = log.syncs + 1;
              return {
                load: () => queue(0),
                get address() {
                  if (log.syncs < ready) throw new Error("PropertyNotLoaded: address");
                  return used.address;
                },
                get values() {
                  if (log.syncs < ready) throw new Error("PropertyNotLoaded: values");
                  return used.values;
                },
              };
            },
          };
        },
      },
      customXmlParts: {
        add(xml: string) {
          const ns = /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
          queue(bytesOf(xml), () => xmlParts.push({ id: `part-${nextPartId++}`, namespace: ns, xml }));
        },
        getByNamespace(ns: string) {
          let snapshot: { id: string }[] | null = null;
          const ready = log.syncs + 1;
          pendingOps.push(() => {
            snapshot = xmlParts
              .filter((p) => p.namespace === ns)
              .map((p) => ({
                id: p.id,
                delete: () =>
                  queue(0, () =>
                    xmlParts.splice(
                      xmlParts.findIndex((q) => q.id === p.id),
                      1,
                    ),
                  ),
                getXml: () => clientResult(() => xmlParts.find((q) => q.id === p.id)?.xml ?? ""),
              }));
          });
          return {
            load: () => queue(0),
            get items() {
              if (log.syncs < ready || snapshot === null) throw new Error("PropertyNotLoaded: items");
              return snapshot;
            },
          };
        },
      },
      // workbook.functions evaluates worksheet functions in the workbook's date system.
      functions: {
        date(y: number, m: number, d: number) {
          const result = clientResult(
            () => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000 - (options.date1904 ? 1462 : 0),
          );
          return Object.defineProperty(result, "load", { value: () => queue(0) });
        },
      },
      application: {
        calculate(type: string) {
          queue(10, () => log.calculations.push(type));
        },
      },
      selected: selection ?? { address: "Sheet1!A1", values: [[""]] },
      getSelectedRange(this: { selected: unknown }) {
        return this.selected;
      },
    },
  };

  const context = new OfficeMockObject(data);
  const workbook = (context as unknown as { workbook: { worksheets: { _snapshot?: unknown; items: unknown } } })
    .workbook;
  const realSync = OfficeMockObject.prototype.sync;
  (context as unknown as { sync: () => Promise<void> }).sync = async function (this: OfficeMockObject) {
    log.syncs++;
    const batch = pending;
    pending = 0;
    log.batches.push(batch);
    log.largestBatch = Math.max(log.largestBatch, batch);
    const ops = pendingOps;
    pendingOps = [];
    if (failure) {
      const error = failure;
      failure = null;
      throw error;
    }
    if (batch > EXCEL_PAYLOAD_LIMIT) {
      throw Object.assign(new Error(`The request payload size has exceeded the limit (${batch} bytes).`), {
        code: "RequestPayloadSizeLimitExceeded",
      });
    }
    for (const op of ops) op();
    await realSync.call(context);
    // office-addin-mock updates loaded properties in un-awaited callbacks: let them run.
    await new Promise((resolve) => setImmediate(resolve));
    const ws = workbook.worksheets;
    if (ws._snapshot) {
      // Expose the loaded names as the items array the writer reads.
      Object.defineProperty(ws, "items", { value: ws._snapshot, configurable: true, writable: true });
    }
  };

  const excel = {
    run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
      batch(context as unknown as Excel.RequestContext),
  };

  return {
    context,
    excel,
    log,
    cells,
    sheetNames: () => [...names],
    xmlParts,
    failNextSync: (error: Error) => {
      failure = error;
    },
  };
}
