import type { CatalogRegistry } from "../../catalog/registry";
import { monthlyCharge } from "../../core/charges/monthly";
import { PricingError } from "../../core/errors";
import { resolveItem } from "../../core/resolve";
import type { XlsxCell } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { tableLayout } from "../layout";
import { planSheet } from "../planSheet";
import { attempt, cellNumber, detectProduct, errorText } from "../shared";
import { FORMAT_CNY, FORMAT_COUNT, type CellValue, type PackPriceInput, type PlanOptions } from "../types";
import { chargeFormula, costOverCells, freeExpr, packCallsExpr, postpaidExpr } from "./chargeFormula";
import type { PortableOptions, PortableWorkbook } from "./forecastWorkbook";
import { formulaCell, productPriceSheet, sheetNamer } from "./pricedItems";
import { portableWords } from "./words";

/** Plan columns (src/compare/planSheet.ts): month, calls, free, from packs, left, postpaid calls and cost, all postpaid calls and cost. */
const COLS = ["A", "B", "C", "D", "E", "F", "G", "H", "I"] as const;
/**
 * The helper columns after one blank: each month's all-postpaid charge on its own, then the plan's
 * month unchecked (pack calls, calls left, postpaid cost), which the sheet's checks read.
 */
const ALONE = 10;
const ALONE_COL = "K";
const [RAW_PACK, RAW_LEFT, RAW_COST] = ["L", "M", "N"];
const LAST_HELPER = 13;
/** The plan's pack rows start on sheet row 6 (row 5 heads the pack table). */
const FIRST_PACK_ROW = 6;

/**
 * The Plan (src/compare/planSheet.ts, same layout and values) as a workbook that recalculates
 * without the add-in. The packs are the search's result and stay values; what the core does with
 * them (simulate: all bought in month 1, used month by month after the free quota) becomes a
 * running balance: a month's pack calls are its calls past the free quota up to what the month
 * before left, its postpaid cost the one charge formula with them as prepaid. All postpaid is the
 * charge with no prepaid; as in the core, it is #N/A in every month when any month has no list
 * price (a helper column holds each month's charge on its own). The header's postpaid, plan
 * total, all postpaid and saving follow the totals.
 */
export function portablePlan(
  registry: CatalogRegistry,
  api: string,
  monthlyVolumes: readonly number[],
  version: string,
  packPrices?: readonly PackPriceInput[],
  opts: PlanOptions & Pick<PortableOptions, "cachedValues" | "takenSheetNames"> = {},
): PortableWorkbook {
  // The core searches first: its refusals stop the workbook.
  const table = planSheet(registry, api, monthlyVolumes, version, packPrices, opts);
  const product = registry.product(opts.product ?? detectProduct(registry, api, [version]), version);
  const item = resolveItem(product, api);
  // A not-billed item has no packs to plan and its calls are all "free": nothing to recompute.
  if (item.status.kind === "not-billed")
    throw new PricingError({
      kind: "not-billed-no-packs",
      catalogId: product.catalogId,
      item: item.name,
      group: item.status.group,
    });
  const w = portableWords(opts.lang);
  const cached = opts.cachedValues ?? true;
  const take = sheetNamer(opts.takenSheetNames);
  const planName = take(table.sheetName);
  const priceName = take(w.priceSheet);
  const prices = productPriceSheet(registry, product, priceName, opts.lang);
  const refs = prices.refs(product, item);
  const layout = tableLayout(table);
  const first = layout.firstDataRow;
  const last = layout.lastDataRow;
  const totalsRow = layout.totalsRow as number;
  // Pack table: the packs, then packs, postpaid, plan total, all postpaid, saving (planSheet's order).
  const packCount = table.headerBlock.length - (FIRST_PACK_ROW - 1) - 5;
  const [packsRow, postpaidRow, totalRow, allRow, savingRow] = [0, 1, 2, 3, 4].map(
    (k) => FIRST_PACK_ROW + packCount + k,
  );

  const sheet = tableToXlsxSheet({ ...table, sheetName: planName, notes: [w.planNote, ...(table.notes ?? [])] });
  const grid = sheet.rows.map((row) => [...row]) as XlsxCell[][];
  const put = (row: number, col: number, cell: XlsxCell): void => {
    const cells = grid[row - 1];
    while (cells.length < col) cells.push(null);
    cells[col] = cell;
  };
  const formula = (row: number, col: number, text: string, value?: CellValue): void =>
    put(row, col, formulaCell(text, value ?? (grid[row - 1][col] as CellValue), cached));
  // The core refuses the whole plan for calls that are not whole numbers ≥ 0 or a month whose postpaid
  // calls meet a tier without a list price: the plan's unchecked costs are then not all numbers.
  const guard = (expr: string): string => `IF(ISNUMBER(SUM($${RAW_COST}$${first}:$${RAW_COST}$${last})),${expr},NA())`;
  const lastPack = FIRST_PACK_ROW + packCount - 1;
  const bought =
    packCount === 0 ? "0" : `SUMPRODUCT($B$${FIRST_PACK_ROW}:$B$${lastPack},$C$${FIRST_PACK_ROW}:$C$${lastPack})`;
  const alone$ = `$${ALONE_COL}$${first}:$${ALONE_COL}$${last}`;
  const allPriced = (expr: string): string => `IF(ISNUMBER(SUM(${alone$})),${expr},NA())`;

  w.planHelpers.forEach((heading, k) => put(layout.columnsRow, ALONE + k, heading));
  table.rows.forEach((row, m) => {
    const r = first + m;
    const [, calls, , pack, , postpaid] = COLS.map((c) => `${c}${r}`);
    const [rawPack, rawLeft] = [RAW_PACK, RAW_LEFT].map((c) => `${c}${r}`);
    const before = m === 0 ? bought : `${RAW_LEFT}${r - 1}`;
    formula(r, ALONE + 1, packCallsExpr(calls, before, refs), row[3]);
    formula(r, ALONE + 2, `${before}-${rawPack}`, row[4]);
    formula(r, ALONE + 3, costOverCells(calls, rawPack, postpaidExpr(calls, rawPack, refs), refs), row[6]);
    formula(r, 2, guard(freeExpr(calls, refs)));
    formula(r, 3, guard(rawPack));
    formula(r, 4, guard(rawLeft));
    formula(r, 5, guard(postpaidExpr(calls, pack, refs)));
    formula(r, 6, guard(costOverCells(calls, pack, postpaid, refs)));
    const alone = attempt(() => monthlyCharge(product, item, monthlyVolumes[m], 0));
    formula(
      r,
      ALONE,
      chargeFormula(calls, "0", refs),
      alone instanceof PricingError ? errorText(alone) : cellNumber(alone.amount),
    );
    formula(r, 7, allPriced(postpaidExpr(calls, "0", refs)));
    formula(r, 8, allPriced(`${ALONE_COL}${r}`));
  });
  for (let c = 1; c < COLS.length; c++) {
    const col = COLS[c];
    formula(totalsRow, c, guard(c === 4 ? `${col}${last}` : `SUM(${col}${first}:${col}${last})`));
  }
  const packCosts = packCount === 0 ? "0" : `SUM(D${FIRST_PACK_ROW}:D${lastPack})`;
  formula(packsRow, 3, packCosts);
  formula(postpaidRow, 3, `G${totalsRow}`);
  formula(totalRow, 3, `D${packsRow}+D${postpaidRow}`);
  formula(allRow, 3, `I${totalsRow}`);
  formula(savingRow, 3, `D${allRow}-D${totalRow}`);

  // The helper columns after a narrow blank one: costs in ¥, calls as counts.
  const helperFormat = (c: number): string => (c === ALONE || c === LAST_HELPER ? FORMAT_CNY : FORMAT_COUNT);
  const cellFormats = (sheet.cellFormats ?? []).map((row, r) =>
    r + 1 >= first && r + 1 <= last
      ? Array.from({ length: LAST_HELPER + 1 }, (_, c) => (c >= ALONE ? helperFormat(c) : (row?.[c] ?? null)))
      : row,
  );
  const columnWidths = Array.from({ length: LAST_HELPER + 1 }, (_, c) =>
    c >= ALONE ? 22 : c === ALONE - 1 ? 2 : (sheet.columnWidths?.[c] ?? 12),
  );
  return { sheets: [{ ...sheet, rows: grid, cellFormats, columnWidths }, prices.sheet] };
}
