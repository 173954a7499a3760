import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import type { CatalogRegistry } from "../catalog/registry";
import type { ProductKind } from "../catalog/types";
import { PricingError, valueError } from "../core/errors";
import { PRODUCT_LABEL } from "../core/labels";
import { ZERO, type Money } from "../core/money";
import { monthlyCost } from "../core/monthlyCost";
import { cellAddress, columnLetter, tableLayout } from "./layout";
import {
  cellNumber,
  ERROR_TEXT,
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

const FUNCTION_OF: Readonly<Record<ProductKind, string>> = { ocr: "TCLOUD.OCR_COST", face: "TCLOUD.FACE_COST" };

/** Column indexes: # | interface | volume | prepaid | cost per version … | change vs first … | change % vs first … */
const COL_API = 1;
const COL_VOLUME = 2;
const COL_PREPAID = 3;
const FIRST_COST = 4;

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
  if (versions.length === 0) throw valueError("Choose at least one catalog version to price the forecast with.");
  const duplicates = versions.filter((v, i) => versions.indexOf(v) !== i);
  if (duplicates.length > 0) throw valueError(`The version ${duplicates[0]} is listed twice.`);
  const n = versions.length;
  const changeCols = n - 1;
  const firstChange = FIRST_COST + n;
  const firstPercent = firstChange + changeCols;
  const width = firstPercent + changeCols;

  const columns = [
    "#",
    "interface",
    "volume",
    "prepaid",
    ...versions.map((v) => `${v} (CNY)`),
    ...versions.slice(1).map((v) => `change ${v} vs ${versions[0]}`),
    ...versions.slice(1).map((v) => `change % ${v}`),
  ];
  const headerBlock: CellValue[][] = [
    ["Forecast under catalog versions"],
    ["versions compared", versions.join(" vs ")],
    ["generated at", nowIso(opts.generatedAt)],
    [
      "from",
      `${lines.length.toLocaleString("en-US")} forecast lines; monthly postpaid cost after free quota and prepaid calls (TCLOUD.OCR_COST / FACE_COST)`,
    ],
  ];
  const layout = tableLayout({ headerBlock, columns, rows: new Array<CellValue[]>(lines.length), totals: [] });
  const firstRow = layout.firstDataRow;
  const lastRow = layout.lastDataRow;

  const notes = new NoteCollector();
  const kinds = new Map<string, ProductKind>();
  const products = new Map<string, CompiledProduct | PricingError>();
  const productOf = (kind: ProductKind, version: string): CompiledProduct | PricingError => {
    const key = `${kind}|${version}`;
    let product = products.get(key);
    if (!product) products.set(key, (product = productOrError(registry, kind, version)));
    return product;
  };
  const totals: (Money | PricingError)[] = versions.map(() => ZERO);
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] | undefined = opts.liveFormulas ? [] : undefined;

  lines.forEach((line, i) => {
    const sheetRow = firstRow + i;
    const kind = productFor(registry, line.api, versions, opts.product, kinds);
    const costs: (Money | PricingError)[] = versions.map((version, v) => {
      const product = productOf(kind, version);
      const item: CompiledItem | PricingError = itemOrError(product, line.api);
      let result: Money | PricingError;
      if (item instanceof PricingError) result = item;
      else {
        try {
          result = monthlyCost(product as CompiledProduct, item, line.volume, line.prepaid ?? 0).amount;
        } catch (error) {
          if (!(error instanceof PricingError)) throw error;
          result = error;
        }
      }
      if (result instanceof PricingError) {
        notes.addError(result, sheetRow);
        if (!(totals[v] instanceof PricingError)) totals[v] = result;
      } else if (!(totals[v] instanceof PricingError)) {
        totals[v] = (totals[v] as Money).plus(result);
      }
      return result;
    });
    rows.push(valuesRow(i + 1, line, costs));
    if (formulas) {
      const f = new Array<string | null>(width).fill(null);
      const vol = cellAddress(COL_VOLUME, sheetRow);
      const pre = cellAddress(COL_PREPAID, sheetRow);
      const api = cellAddress(COL_API, sheetRow);
      versions.forEach((version, v) => {
        f[FIRST_COST + v] = `=${FUNCTION_OF[kind]}(${api},${vol},${pre},${formulaString(version)})`;
      });
      changeFormulas(f, sheetRow);
      formulas.push(f);
    }
  });

  function valuesRow(index: number, line: ForecastInput, costs: readonly (Money | PricingError)[]): CellValue[] {
    const out: CellValue[] = [index, line.api, line.volume, line.prepaid ?? null];
    for (const cost of costs) out.push(cost instanceof PricingError ? errorCell(cost) : cellNumber(cost));
    out.push(...changes(costs));
    return out;
  }

  function changes(costs: readonly (Money | PricingError)[]): CellValue[] {
    const base = costs[0];
    const diff: CellValue[] = [];
    const pct: CellValue[] = [];
    for (const other of costs.slice(1)) {
      if (base instanceof PricingError || other instanceof PricingError) {
        const failed = (base instanceof PricingError ? base : other) as PricingError;
        diff.push(errorCell(failed));
        pct.push(errorCell(failed));
        continue;
      }
      diff.push(cellNumber(other.minus(base)));
      pct.push(base.isZero() ? null : cellNumber(other.minus(base).dividedBy(base)));
    }
    return [...diff, ...pct];
  }

  function changeFormulas(f: (string | null)[], sheetRow: number): void {
    const base = cellAddress(FIRST_COST, sheetRow);
    for (let v = 1; v < n; v++) {
      const other = cellAddress(FIRST_COST + v, sheetRow);
      f[firstChange + v - 1] = `=${other}-${base}`;
      f[firstPercent + v - 1] = `=IF(${base}=0,"",${other}/${base}-1)`;
    }
  }

  // Totals: sums per version; a version with any failed line has no total (its error text).
  const totalsRow: CellValue[] = ["total", `${lines.length.toLocaleString("en-US")} lines`, null, null];
  for (const total of totals) totalsRow.push(total instanceof PricingError ? errorCell(total) : cellNumber(total));
  totalsRow.push(...changes(totals));
  const totalsFormulas: (string | null)[] | undefined = opts.liveFormulas
    ? new Array<string | null>(width).fill(null)
    : undefined;
  if (totalsFormulas && lines.length > 0) {
    const totalRow = lastRow + 1;
    for (let v = 0; v < n; v++) {
      const col = columnLetter(FIRST_COST + v);
      totalsFormulas[FIRST_COST + v] = `=SUM(${col}${firstRow}:${col}${lastRow})`;
    }
    changeFormulas(totalsFormulas, totalRow);
  }

  const kindsUsed = new Set(kinds.values());
  if (opts.product) kindsUsed.add(opts.product);
  const numberFormats: (string | null)[] = [
    FORMAT_COUNT,
    null,
    FORMAT_COUNT,
    FORMAT_COUNT,
    ...versions.map(() => FORMAT_CNY),
    ...versions.slice(1).map(() => FORMAT_CNY),
    ...versions.slice(1).map(() => FORMAT_PERCENT),
  ];
  const extra = [...kindsUsed].map((k) => PRODUCT_LABEL[k]).join(" and ");
  const allNotes = notes.notes();
  if (extra) headerBlock[3][1] = `${headerBlock[3][1]}; ${extra}`;
  return {
    kind: "forecast",
    sheetName: "Forecast",
    title: "Forecast under catalog versions",
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

const errorCell = (error: PricingError): string => ERROR_TEXT[error.code];
