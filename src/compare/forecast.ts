import type { CatalogRegistry } from "../catalog/registry";
import { usageBill } from "../core/bill";
import { monthlyCharge } from "../core/charges/monthly";
import { PricingError } from "../core/errors";
import type { ProductKind, ProductModel } from "../core/model";
import { ZERO, type Money } from "../core/money";
import { forecastWords } from "./forecastWords";
import { cellAddress, columnLetter, tableLayout } from "./layout";
import {
  attempt,
  cellNumber,
  errorText,
  formulaString,
  itemOrError,
  NoteCollector,
  nowIso,
  productFor,
  productOrError,
} from "./shared";
import {
  FORMAT_CNY,
  FORMAT_COUNT,
  FORMAT_PERCENT,
  type CellValue,
  type ComparisonTable,
  type ForecastInput,
  type ForecastOptions,
} from "./types";

const COST_FUNCTION: Readonly<Record<ProductKind, string>> = { ocr: "TCLOUD.OCR_COST", face: "TCLOUD.FACE_COST" };
const BILL_FUNCTION: Readonly<Record<ProductKind, string>> = { ocr: "TCLOUD.OCR_BILL", face: "TCLOUD.FACE_BILL" };

/** Column indexes: # | interface | volume | prepaid | cost per version … | change vs first … | change % vs first … */
export const COL_API = 1;
export const COL_VOLUME = 2;
export const COL_PREPAID = 3;
export const FIRST_COST = 4;

/** The change and change % cells of a forecast row over its cost cells (n versions). */
export function changeFormulas(f: (string | null)[], sheetRow: number, n: number): void {
  const base = cellAddress(FIRST_COST, sheetRow);
  for (let v = 1; v < n; v++) {
    const other = cellAddress(FIRST_COST + v, sheetRow);
    f[FIRST_COST + n + v - 1] = `=${other}-${base}`;
    f[FIRST_COST + 2 * n - 1 + v - 1] = `=IF(${base}=0,"",${other}/${base}-1)`;
  }
}

/**
 * "Forecast under versions": each forecast line priced under every version (2 or more), with
 * totals and the change from the first version. A price that does not exist is the text
 * "#N/A" (or #VALUE!/#NUM!) with a note, never 0. With liveFormulas the cost cells are
 * =TCLOUD.OCR_COST(B7,C7,D7,"version") over the volume cells, and totals/changes are formulas
 * too; `rows` still holds the values the core computes now.
 */
export function forecast(
  registry: CatalogRegistry,
  lines: readonly ForecastInput[],
  versions: readonly string[],
  opts: ForecastOptions,
): ComparisonTable {
  if (versions.length === 0) throw new PricingError({ kind: "no-versions" });
  const duplicates = versions.filter((v, i) => versions.indexOf(v) !== i);
  if (duplicates.length > 0) throw new PricingError({ kind: "version-twice", version: duplicates[0] });
  const n = versions.length;
  const changeCols = n - 1;
  const firstChange = FIRST_COST + n;
  const firstPercent = firstChange + changeCols;
  const width = firstPercent + changeCols;

  const w = forecastWords(opts.lang);
  const columns = [
    w.columns.index,
    w.columns.api,
    w.columns.volume,
    w.columns.prepaid,
    ...versions.map(w.cost),
    ...versions.slice(1).map((v) => w.change(v, versions[0])),
    ...versions.slice(1).map(w.changePercent),
  ];
  const headerBlock: CellValue[][] = [
    [w.title],
    [w.versionsCompared, versions.join(" vs ")],
    [w.generatedAt, nowIso(opts.generatedAt)],
    [w.from, w.source(lines.length)],
  ];

  const products = new Map<string, ProductModel | PricingError>();
  const productOf = (kind: ProductKind, version: string): ProductModel | PricingError => {
    const key = `${kind}|${version}`;
    let product = products.get(key);
    if (!product) products.set(key, (product = productOrError(registry, kind, version)));
    return product;
  };
  const detected = new Map<string, ProductKind>();
  const lineKinds = lines.map((line) => productFor(registry, line.api, versions, opts.product, detected));
  const kindsUsed = [...new Set(lineKinds)];
  if (opts.product && !kindsUsed.includes(opts.product)) kindsUsed.push(opts.product);

  // Each version's total is its bill: lines of one billing item share its free quota and tier.
  const totals = versions.map((version): Money | PricingError => {
    let total = ZERO;
    // With no lines the bill is 0, but only under a version that exists.
    const kinds = lines.length > 0 ? new Set(lineKinds) : new Set([opts.product ?? "ocr"]);
    for (const kind of kinds) {
      const product = productOf(kind, version);
      if (product instanceof PricingError) return product;
      const usage = lines
        .filter((_, i) => lineKinds[i] === kind)
        .map((line) => ({ name: line.api, calls: line.volume, prepaid: line.prepaid ?? 0 }));
      const bill = attempt(() => usageBill(product, usage));
      if (bill instanceof PricingError) return bill;
      total = total.plus(bill.total);
    }
    return total;
  });
  // The billing item of each line under each version, resolved once.
  const lineItems = lines.map((line, i) =>
    versions.map((version) => itemOrError(productOf(lineKinds[i], version), line.api)),
  );
  // The adjustment row exists when two lines bill to one item in some version, priced or not.
  const hasShared = versions.some((_, v) => {
    const items = lineItems.map((row) => row[v]).filter((item) => !(item instanceof PricingError));
    return new Set(items).size < items.length;
  });
  // Each line priced alone under each version (a failure is kept, with its reason).
  const lineCosts: (Money | PricingError)[][] = lineItems.map((row, i) =>
    row.map((item, v) =>
      item instanceof PricingError
        ? item
        : attempt(
            () =>
              monthlyCharge(
                productOf(lineKinds[i], versions[v]) as ProductModel,
                item,
                lines[i].volume,
                lines[i].prepaid ?? 0,
              ).amount,
          ),
    ),
  );
  // The lines priced one by one, summed: the first failure of a version stands for its sum.
  const lineSums = versions.map(
    (_, v): Money | PricingError =>
      lineCosts.map((costs) => costs[v]).find((cost) => cost instanceof PricingError) ??
      lineCosts.reduce((sum, costs) => sum.plus(costs[v] as Money), ZERO),
  );
  const unpriced = versions.map((_, v) => lineCosts.filter((costs) => costs[v] instanceof PricingError).length);
  const hasUnpriced = unpriced.some((n) => n > 0);
  const layout = tableLayout({
    headerBlock,
    columns,
    rows: new Array<CellValue[]>(lines.length + (hasShared ? 1 : 0) + (hasUnpriced ? 1 : 0)),
    totals: [],
  });
  const firstRow = layout.firstDataRow;
  const lastLineRow = firstRow + lines.length - 1;
  const totalRow = layout.totalsRow as number;

  const notes = new NoteCollector(opts.lang);
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] | undefined = opts.liveFormulas ? [] : undefined;

  lines.forEach((line, i) => {
    const sheetRow = firstRow + i;
    const kind = lineKinds[i];
    const costs = lineCosts[i];
    for (const cost of costs) if (cost instanceof PricingError) notes.addError(cost, sheetRow);
    rows.push([i + 1, line.api, line.volume, line.prepaid ?? null, ...costCells(costs), ...changes(costs)]);
    if (formulas) {
      const f = new Array<string | null>(width).fill(null);
      const vol = cellAddress(COL_VOLUME, sheetRow);
      const pre = cellAddress(COL_PREPAID, sheetRow);
      const api = cellAddress(COL_API, sheetRow);
      versions.forEach((version, v) => {
        f[FIRST_COST + v] = `=${COST_FUNCTION[kind]}(${api},${vol},${pre},${formulaString(version)})`;
      });
      changeFormulas(f, sheetRow, n);
      formulas.push(f);
    }
  });

  function costCells(costs: readonly (Money | PricingError)[]): CellValue[] {
    return costs.map((cost) => (cost instanceof PricingError ? errorText(cost) : cellNumber(cost)));
  }

  function changes(costs: readonly (Money | PricingError)[]): CellValue[] {
    const base = costs[0];
    const diff: CellValue[] = [];
    const pct: CellValue[] = [];
    for (const other of costs.slice(1)) {
      if (base instanceof PricingError || other instanceof PricingError) {
        const failed = (base instanceof PricingError ? base : other) as PricingError;
        diff.push(errorText(failed));
        pct.push(errorText(failed));
        continue;
      }
      diff.push(cellNumber(other.minus(base)));
      pct.push(base.isZero() ? null : cellNumber(other.minus(base).dividedBy(base)));
    }
    return [...diff, ...pct];
  }

  // The bill minus the lines priced one by one: what sharing a billing item's quota and tier changes.
  if (hasShared) {
    const adjustments = versions.map((_, v): Money | PricingError => {
      const total = totals[v];
      const sum = lineSums[v];
      if (total instanceof PricingError) return total;
      if (sum instanceof PricingError) return sum;
      return total.minus(sum);
    });
    rows.push([null, w.sharedRow, null, null, ...costCells(adjustments), ...changes(adjustments)]);
    if (formulas) {
      const f = new Array<string | null>(width).fill(null);
      for (let v = 0; v < n; v++) {
        const col = columnLetter(FIRST_COST + v);
        f[FIRST_COST + v] = `=${col}${totalRow}-SUM(${col}${firstRow}:${col}${lastLineRow})`;
      }
      changeFormulas(f, lastLineRow + 1, n);
      formulas.push(f);
    }
  }

  // One unpriceable line makes a version's bill #N/A; what the priced lines cost is still shown.
  if (hasUnpriced) {
    const subtotals = versions.map((_, v) =>
      lineCosts.reduce((sum, costs) => (costs[v] instanceof PricingError ? sum : sum.plus(costs[v] as Money)), ZERO),
    );
    const subtotalRow = lastLineRow + (hasShared ? 2 : 1);
    rows.push([null, w.subtotalRow, null, null, ...costCells(subtotals), ...changes(subtotals)]);
    if (formulas) {
      const f = new Array<string | null>(width).fill(null);
      for (let v = 0; v < n; v++) {
        const col = columnLetter(FIRST_COST + v);
        // AGGREGATE 9 = SUM, option 6 = ignore error values (Excel 2010+, LibreOffice).
        f[FIRST_COST + v] = `=AGGREGATE(9,6,${col}${firstRow}:${col}${lastLineRow})`;
      }
      changeFormulas(f, subtotalRow, n);
      formulas.push(f);
    }
  }

  const totalsRow: CellValue[] = [
    w.total,
    w.lineCount(lines.length),
    null,
    null,
    ...costCells(totals),
    ...changes(totals),
  ];
  let totalsFormulas: (string | null)[] | undefined;
  const oneKind = new Set(lineKinds).size === 1 ? lineKinds[0] : null;
  if (opts.liveFormulas) {
    totalsFormulas = new Array<string | null>(width).fill(null);
    if (oneKind && lines.length > 0) {
      const range = (col: number): string => `${cellAddress(col, firstRow)}:${cellAddress(col, lastLineRow)}`;
      versions.forEach((version, v) => {
        totalsFormulas![FIRST_COST + v] =
          `=${BILL_FUNCTION[oneKind]}(${range(COL_API)},${range(COL_VOLUME)},${formulaString(version)},${range(COL_PREPAID)})`;
      });
      changeFormulas(totalsFormulas, totalRow, n);
    }
  }

  const numberFormats: (string | null)[] = [
    FORMAT_COUNT,
    null,
    FORMAT_COUNT,
    FORMAT_COUNT,
    ...versions.map(() => FORMAT_CNY),
    ...versions.slice(1).map(() => FORMAT_CNY),
    ...versions.slice(1).map(() => FORMAT_PERCENT),
  ];
  const extra = kindsUsed.map((k) => w.products[k]).join(w.and);
  const allNotes = [
    w.billNote(hasShared),
    ...versions.flatMap((version, v) => (unpriced[v] > 0 ? [w.unpricedNote(version, unpriced[v], lines.length)] : [])),
    ...(opts.liveFormulas && !oneKind && lines.length > 0 ? [w.mixedNote] : []),
    ...notes.notes(),
  ];
  if (extra) headerBlock[3][1] = `${headerBlock[3][1]}; ${extra}`;
  return {
    kind: "forecast",
    sheetName: w.sheetName,
    title: w.title,
    headerBlock,
    columns,
    rows,
    ...(formulas ? { formulas } : {}),
    numberFormats,
    totals: totalsRow,
    ...(totalsFormulas ? { totalsFormulas } : {}),
    notes: allNotes,
  };
}
