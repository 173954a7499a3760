import type { CatalogRegistry } from "../../catalog/registry";
import { monthlyCharge } from "../../core/charges/monthly";
import { PricingError } from "../../core/errors";
import type { ItemModel, ProductKind, ProductModel } from "../../core/model";
import type { XlsxCell, XlsxSheet } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { changeFormulas, COL_API, COL_PREPAID, COL_VOLUME, FIRST_COST, forecast } from "../forecast";
import { forecastWords } from "../forecastWords";
import { cellAddress, columnLetter, tableLayout } from "../layout";
import { columnFormatsFrom } from "./priceSheet";
import { attempt, cellNumber, errorText, formulaString } from "../shared";
import {
  FORMAT_CNY,
  FORMAT_COUNT,
  FORMAT_UNIT_PRICE,
  type CellValue,
  type ForecastInput,
  type ForecastOptions,
} from "../types";
import {
  chargeFormula,
  costExpr,
  freeExpr,
  postpaidExpr,
  tierExpr,
  tierVolumeExpr,
  unitPriceExpr,
} from "./chargeFormula";
import { sheetRef, type PriceRefs } from "./priceSheet";
import { formulaCell, pricedItems, sheetNamer } from "./pricedItems";
import { portableWords } from "./words";

export interface PortableOptions extends Omit<ForecastOptions, "liveFormulas"> {
  /** Write the values the core computes now as the formulas' cached results (default true). */
  readonly cachedValues?: boolean;
  /** Sheet names already in the workbook the sheets join (Excel's open workbook, a combined download). */
  readonly takenSheetNames?: readonly string[];
}

export interface PortableWorkbook {
  /** Forecast, Bill, Price table: the sheets of one .xlsx file, in that order. */
  readonly sheets: readonly XlsxSheet[];
}

/**
 * The forecast comparison (src/compare/forecast.ts, same layout and values) as a workbook that
 * recalculates without the add-in: each line's cost is a native formula over the volume and
 * prepaid cells and the price-table sheet; each version's total is the bill worked out item by
 * item on the Bill sheet (lines of one billing item add their volumes before the tier is picked).
 * With one version it is a usage table: lines, their costs and the bill.
 */
export function portableForecast(
  registry: CatalogRegistry,
  lines: readonly ForecastInput[],
  versions: readonly string[],
  opts: PortableOptions = {},
): PortableWorkbook {
  const table = forecast(registry, lines, versions, { ...opts, liveFormulas: true });
  const w = portableWords(opts.lang);
  const cached = opts.cachedValues ?? true;
  const take = sheetNamer(opts.takenSheetNames);
  const forecastName = take(table.sheetName);
  const billName = take(w.billSheet);
  const priceName = take(w.priceSheet);
  const n = versions.length;

  // The same product and item per line and version as forecast() resolves.
  const apis = lines.map((line) => line.api);
  const { kinds, items, productOf, prices } = pricedItems(registry, apis, versions, opts.product, priceName, opts.lang);

  const sheet = tableToXlsxSheet({
    ...table,
    sheetName: forecastName,
    notes: [w.portableNote, ...(table.notes ?? [])],
  });
  const grid = sheet.rows.map((row) => [...row]) as XlsxCell[][];
  const layout = tableLayout(table);
  const at = (row: number): XlsxCell[] => grid[row - 1];
  // The "from" line names the portable formulas instead of the add-in's functions.
  const from = String(table.headerBlock[3][1]);
  const products = from.slice(forecastWords(opts.lang).source(lines.length).length);
  grid[3][1] = w.forecastSource(lines.length) + products;
  const formula = (text: string, value: CellValue | undefined): XlsxCell => formulaCell(text, value, cached);
  const liveCell = (row: number, col: number, text: string | null | undefined): void => {
    if (text) at(row)[col] = formula(text, at(row)[col] as CellValue);
  };
  const changesOf = (row: number, f: (string | null)[]): void => {
    for (let col = FIRST_COST + n; col < f.length; col++) liveCell(row, col, f[col]);
  };

  const firstRow = layout.firstDataRow;
  const lastLineRow = firstRow + lines.length - 1;
  const range = (col: number): string =>
    `${sheetRef(forecastName)}$${columnLetter(col)}$${firstRow}:$${columnLetter(col)}$${lastLineRow}`;

  lines.forEach((line, i) => {
    const row = firstRow + i;
    items[i].forEach((item, v) => {
      if (item instanceof PricingError) return; // the error the core gives stays a value
      const refs = prices.refs(productOf(kinds[i], versions[v]) as ProductModel, item);
      const charge = chargeFormula(cellAddress(COL_VOLUME, row), cellAddress(COL_PREPAID, row), refs);
      // A changed name would be priced with the old one's prices: #N/A instead.
      liveCell(row, FIRST_COST + v, `IF(${cellAddress(COL_API, row)}<>${formulaString(line.api)},NA(),${charge})`);
    });
    changesOf(row, table.formulas![i].slice() as (string | null)[]);
  });

  // Rows under the lines: the shared-item adjustment (portable as forecast() writes it) and the subtotal.
  for (let extra = lines.length; extra < table.rows.length; extra++) {
    const row = firstRow + extra;
    const f = (table.formulas![extra] ?? []).slice();
    const isSubtotal = f.some((text) => text?.startsWith("=AGGREGATE("));
    for (let v = 0; v < n; v++) {
      const col = columnLetter(FIRST_COST + v);
      // SUMIF skips error values in Excel, LibreOffice and WPS (AGGREGATE is not in every one).
      if (isSubtotal) f[FIRST_COST + v] = `=SUMIF(${col}${firstRow}:${col}${lastLineRow},">=0")`;
      liveCell(row, FIRST_COST + v, f[FIRST_COST + v]);
    }
    changesOf(row, f);
  }

  const bill = billSheet();
  const totalRow = layout.totalsRow as number;
  if (lines.length > 0) {
    const totals = new Array<string | null>(FIRST_COST + 3 * n - 2).fill(null);
    versions.forEach((_, v) => {
      const costs = bill.costRange[v];
      if (costs === null) return;
      const names = `SUMPRODUCT((${range(COL_API)}<>${bill.namesRange})*1)>0`;
      totals[FIRST_COST + v] = `=IF(${names},NA(),${costs === "" ? "0" : `SUM(${costs})`})`;
    });
    changeFormulas(totals, totalRow, n);
    totals.forEach((text, col) => liveCell(totalRow, col, text));
  }

  return { sheets: [{ ...sheet, rows: grid }, bill.sheet, prices.sheet] };

  /** Lines → billing items per version, then each item's month: the bill behind each total. */
  function billSheet(): {
    sheet: XlsxSheet;
    namesRange: string;
    costRange: (string | null)[];
  } {
    const b = w.billColumns;
    const rows: XlsxCell[][] = [[w.billTitle], [w.billHelp], [], [w.linesHeading]];
    rows.push([b.row, b.api, ...versions.map(b.itemUnder)]);
    const linesHeader = rows.length;
    const key = (i: number, v: number): string | null => {
      const item = items[i][v];
      return item instanceof PricingError ? null : `${kinds[i]}:${item.id}`;
    };
    lines.forEach((line, i) => {
      rows.push([
        firstRow + i,
        line.api,
        ...versions.map((_, v) => key(i, v) ?? errorText(items[i][v] as PricingError)),
      ]);
    });
    const firstBillLine = linesHeader + 1;
    const lastBillLine = linesHeader + lines.length;
    const billRange = (col: number): string =>
      `${sheetRef(billName)}$${columnLetter(col)}$${firstBillLine}:$${columnLetter(col)}$${lastBillLine}`;
    rows.push([], [w.itemsHeading]);
    rows.push([
      b.version,
      w.columns.product,
      w.columns.itemId,
      w.columns.item,
      b.calls,
      b.prepaid,
      b.free,
      b.postpaid,
      b.tierVolume,
      b.tier,
      b.unitPrice,
      b.cost,
    ]);
    const itemsHeader = rows.length;
    const costRange: (string | null)[] = [];
    versions.forEach((version, v) => {
      if (items.some((row) => row[v] instanceof PricingError)) {
        costRange.push(null); // the core's failure stands for the whole bill
        return;
      }
      const seen = new Map<ItemModel, { kind: ProductKind; calls: number; prepaid: number }>();
      lines.forEach((line, i) => {
        const item = items[i][v] as ItemModel;
        const entry = seen.get(item) ?? { kind: kinds[i], calls: 0, prepaid: 0 };
        entry.calls += line.volume;
        entry.prepaid += line.prepaid ?? 0;
        seen.set(item, entry);
      });
      const start = rows.length + 1;
      for (const [item, { kind, calls, prepaid }] of seen) {
        const product = productOf(kind, version) as ProductModel;
        const r: PriceRefs = prices.refs(product, item);
        const row = rows.length + 1;
        const cell = (col: string): string => `${col}${row}`;
        const match = `(${billRange(2 + v)}=${formulaString(`${kind}:${item.id}`)})`;
        const charge = attempt(() => monthlyCharge(product, item, calls, prepaid));
        const postpaid = Math.max(0, calls - item.monthlyFreeQuota - prepaid);
        const value = (pick: (c: Exclude<typeof charge, PricingError>) => CellValue): CellValue =>
          charge instanceof PricingError ? errorText(charge) : pick(charge);
        const f = (text: string, v: CellValue): XlsxCell => formula(text, v);
        rows.push([
          version,
          kind,
          item.id,
          item.name,
          f(`SUMPRODUCT(${match}*${range(COL_VOLUME)})`, calls),
          f(`SUMPRODUCT(${match}*${range(COL_PREPAID)})`, prepaid),
          // Cached as the formulas compute them (a not-billed item's calls show as postpaid at 0).
          f(freeExpr(cell("E"), r), Math.min(calls, item.monthlyFreeQuota)),
          f(postpaidExpr(cell("E"), cell("F"), r), postpaid),
          f(tierVolumeExpr(cell("E"), cell("H"), r), item.postpaid.basis === "postpaid" ? postpaid : calls),
          f(
            tierExpr(cell("I"), r),
            value((c) => c.tier + 1),
          ),
          f(
            unitPriceExpr(cell("J"), r),
            value((c) => (c.unitPrice === null ? w.contactSales : cellNumber(c.unitPrice))),
          ),
          f(
            costExpr(cell("E"), cell("F"), cell("H"), cell("K")),
            value((c) => cellNumber(c.amount)),
          ),
        ]);
      }
      costRange.push(seen.size > 0 ? `${sheetRef(billName)}$L$${start}:$L$${rows.length}` : "");
    });
    return {
      sheet: {
        name: billName,
        rows,
        boldRows: [0, linesHeader - 1, itemsHeader - 1],
        cellFormats: columnFormatsFrom(rows.length, itemsHeader, [
          null,
          null,
          null,
          null,
          FORMAT_COUNT,
          FORMAT_COUNT,
          FORMAT_COUNT,
          FORMAT_COUNT,
          FORMAT_COUNT,
          null,
          FORMAT_UNIT_PRICE,
          FORMAT_CNY,
        ]),
        columnWidths: [14, 24, 24, 28, 12, 12, 12, 12, 14, 6, 14, 14],
        protect: true,
      },
      namesRange: billRange(1),
      costRange,
    };
  }
}
