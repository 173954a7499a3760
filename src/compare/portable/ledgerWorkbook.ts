import type { CatalogRegistry } from "../../catalog/registry";
import { cellNumber } from "../../core/cellNumber";
import type { XlsxCell, XlsxSheet } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { columnLetter, tableLayout } from "../layout";
import {
  FIRST_PURCHASE_ROW,
  ledgerHeaderFormulas,
  ledgerTable,
  type PackLedgerOptions,
  type PurchaseInput,
} from "../packLedgerSheet";
import { formulaString } from "../shared";
import { FORMAT_CNY, FORMAT_COUNT, type CellValue } from "../types";
import { costOverCells, freeExpr, packCallsExpr, postpaidExpr } from "./chargeFormula";
import type { PortableOptions, PortableWorkbook } from "./forecastWorkbook";
import { sheetRef } from "./priceSheet";
import { formulaCell, productPriceSheet, sheetNamer } from "./pricedItems";
import { portableWords } from "./words";

/** Rows of the "Pack lots" sheet (1-based): the rule's inputs, one column per lot, then one row per month. */
const ROW = {
  validity: 3,
  sizes: 4,
  ok: 5,
  lot: 7,
  month: 8,
  size: 9,
  price: 10,
  last: 11,
  order: 12,
  accepted: 13,
  gridHeader: 15,
  firstGrid: 16,
} as const;

/** Ledger columns (src/compare/ledgerGrid.ts): month, calls, free, pack, postpaid calls, cost, expense, write-off, balance. */
const LEDGER_COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I"] as const;

/**
 * The Pack ledger (src/compare/packLedgerSheet.ts, same layout and values) as a workbook that
 * recalculates without the add-in. The FIFO of core packLedger becomes a grid on the "Pack lots"
 * sheet: one column per purchase (its month, size, price, last valid month and the order it is
 * used in: earliest month bought, then the order listed), then per month the calls taken from
 * each lot — the month's pack calls less what lots used before it still hold — and what is left
 * in it. The ledger's cells read that grid, the purchases and the calls: pack calls are the
 * valid lots' balance up to the calls past the free quota, postpaid is the one charge formula
 * with them as prepaid, expense is price ÷ size per call, the write-off is what is left in a lot
 * in its last valid month. Inputs the core refuses make every cell #N/A (the "inputs" cell).
 */
export function portableLedger(
  registry: CatalogRegistry,
  api: string,
  monthlyCalls: readonly number[],
  purchases: readonly PurchaseInput[],
  version: string,
  opts: Omit<PackLedgerOptions, "liveFormulas" | "formulasWord"> &
    Pick<PortableOptions, "cachedValues" | "takenSheetNames"> = {},
): PortableWorkbook {
  const w = portableWords(opts.lang);
  // The core computes first: its refusals (a size not sold, a month outside the ledger…) stop the workbook.
  const { table, ledger, product, item, bought } = ledgerTable(registry, api, monthlyCalls, purchases, version, {
    ...opts,
    formulasWord: w.ledgerFormulas,
  });
  const cached = opts.cachedValues ?? true;
  const take = sheetNamer(opts.takenSheetNames);
  const ledgerName = take(table.sheetName);
  const lotsName = take(w.lotsSheet);
  const priceName = take(w.priceSheet);
  const prices = productPriceSheet(registry, product, priceName, opts.lang);
  const refs = prices.refs(product, item);
  const validity = product.packValidityMonths as number; // packLedger refuses a version without it
  const sizes = [...item.packs.keys()];
  const lots = bought.length;
  const months = monthlyCalls.length;
  const layout = tableLayout(table);
  const first = layout.firstDataRow;
  const last = layout.lastDataRow;
  const formula = (text: string, value: CellValue | undefined): XlsxCell => formulaCell(text, value, cached);

  // References from the ledger into "Pack lots" and back.
  const onLedger = sheetRef(ledgerName);
  const onLots = sheetRef(lotsName);
  const lotCol = (j: number): string => columnLetter(1 + j);
  const leftCol = (j: number): string => columnLetter(1 + lots + j);
  /** After the lots' columns: the month's pack calls and its postpaid cost, unguarded (the inputs check reads them). */
  const packCol = columnLetter(1 + 2 * lots);
  const costCol = columnLetter(2 + 2 * lots);
  const lotRow = (row: number): string => `$${lotCol(0)}$${row}:$${lotCol(lots - 1)}$${row}`;
  const leftRow = (row: number): string => `$${leftCol(0)}$${row}:$${leftCol(lots - 1)}$${row}`;
  const gridRow = (m: number): number => ROW.firstGrid + m;
  /** What each lot holds at the start of month m (0-based): its size, then what the month before left. */
  const startRow = (m: number): string => (m === 0 ? lotRow(ROW.size) : leftRow(gridRow(m - 1)));
  const startOf = (j: number, m: number): string =>
    m === 0 ? `${lotCol(j)}$${ROW.size}` : `${leftCol(j)}${gridRow(m - 1)}`;
  /** 1 for each lot valid in the month whose number is in `month`. */
  const valid = (month: string, prefix = ""): string =>
    `(${prefix}${lotRow(ROW.month)}<=${month})*(${prefix}${lotRow(ROW.last)}>=${month})`;

  /* ---------- The ledger sheet ---------- */
  const sheet = tableToXlsxSheet({ ...table, sheetName: ledgerName, notes: [w.ledgerNote, ...(table.notes ?? [])] });
  const grid = sheet.rows.map((row) => [...row]) as XlsxCell[][];
  const guard = (expr: string): string => `IF(ISNUMBER(${onLots}$B$${ROW.ok}),${expr},NA())`;
  const put = (row: number, col: number, text: string): void => {
    grid[row - 1][col] = formula(guard(text), grid[row - 1][col] as CellValue);
  };
  ledger.months.forEach((_, m) => {
    const r = first + m;
    const [month, calls, , pack, postpaid] = LEDGER_COLUMNS.map((c) => `${c}${r}`);
    const sum = (expr: string): string => (lots === 0 ? "0" : `SUMPRODUCT(${expr})`);
    const lots$ = (row: number): string => onLots + lotRow(row);
    const left$ = onLots + leftRow(gridRow(m));
    put(r, 2, freeExpr(calls, refs));
    put(r, 3, `${onLots}$${packCol}$${gridRow(m)}`);
    put(r, 4, postpaidExpr(calls, pack, refs));
    put(r, 5, costOverCells(calls, pack, postpaid, refs));
    put(r, 6, sum(`${lots$(ROW.price)}/${lots$(ROW.size)}*${onLots}${lotRow(gridRow(m))}`));
    put(r, 7, sum(`(${lots$(ROW.last)}=${month})*${lots$(ROW.price)}*${left$}/${lots$(ROW.size)}`));
    put(r, 8, sum(`(${lots$(ROW.month)}<=${month})*(${lots$(ROW.last)}>${month})*${left$}`));
  });
  const totalsRow = layout.totalsRow as number;
  for (let c = 1; c < LEDGER_COLUMNS.length; c++) {
    const col = LEDGER_COLUMNS[c];
    put(totalsRow, c, c === 8 ? `${col}${last}` : `SUM(${col}${first}:${col}${last})`);
  }
  ledgerHeaderFormulas(table, lots).forEach((row, r) =>
    row.forEach((text, c) => {
      if (text) grid[r][c] = formula(text, grid[r][c] as CellValue);
    }),
  );

  /* ---------- The "Pack lots" sheet ---------- */
  const l = w.lots;
  const lotNumbers = bought.map((_, j) => j + 1);
  const perLot = (f: (j: number) => XlsxCell): XlsxCell[] => bought.map((_, j) => f(j));
  const used = (m: number, j: number): number => ledger.months[m].lotCalls[j];
  const leftAfter = (m: number, j: number): number =>
    ledger.months.slice(0, m + 1).reduce((n, _, t) => n - used(t, j), bought[j].size);
  const calls$ = `${onLedger}$B$${first}:$B$${last}`;
  const accepted = lots === 0 ? "" : `,SUM(${lotRow(ROW.accepted)})=${lots}`;
  // The core refuses a ledger with a month whose postpaid calls meet a tier without a list price.
  const priced = `,ISNUMBER(SUM($${costCol}$${gridRow(0)}:$${costCol}$${gridRow(months - 1)}))`;
  const rows: XlsxCell[][] = [
    [w.lotsTitle],
    [w.lotsHelp],
    [l.validity, validity],
    [l.sizes, ...sizes],
    [
      l.inputsOk,
      formula(
        `IF(AND(${onLedger}$B$2=${formulaString(api)},SUMPRODUCT((${calls$}<0)+(${calls$}<>INT(${calls$})))=0${accepted}${priced}),1,NA())`,
        1,
      ),
    ],
    [],
    [l.lot, ...lotNumbers],
    [l.month, ...perLot((j) => formula(`${onLedger}$B$${FIRST_PURCHASE_ROW + j}`, bought[j].month))],
    [l.size, ...perLot((j) => formula(`${onLedger}$C$${FIRST_PURCHASE_ROW + j}`, bought[j].size))],
    [l.price, ...perLot((j) => formula(`${onLedger}$D$${FIRST_PURCHASE_ROW + j}`, cellNumber(bought[j].price)))],
    [
      l.lastMonth,
      ...perLot((j) => formula(`${lotCol(j)}${ROW.month}+$B$${ROW.validity}-1`, bought[j].month + validity - 1)),
    ],
    [
      l.order,
      // Earlier months first, then the order listed: the core's sort by expiry, stable.
      ...perLot((j) => {
        const month = `${lotCol(j)}${ROW.month}`;
        const before = j === 0 ? "" : `+SUMPRODUCT((${lotCol(0)}${ROW.month}:${lotCol(j - 1)}${ROW.month}=${month})*1)`;
        const order =
          bought.filter((p) => p.month < bought[j].month).length +
          bought.slice(0, j).filter((p) => p.month === bought[j].month).length;
        return formula(`SUMPRODUCT((${lotRow(ROW.month)}<${month})*1)${before}`, order);
      }),
    ],
    [
      l.accepted,
      ...perLot((j) => {
        const [month, size, price] = [ROW.month, ROW.size, ROW.price].map((row) => `${lotCol(j)}${row}`);
        const sold = `COUNTIF($B$${ROW.sizes}:$${columnLetter(sizes.length)}$${ROW.sizes},${size})>0`;
        return formula(
          `IF(AND(ISNUMBER(${month}),ISNUMBER(${size}),ISNUMBER(${price}),${month}>=1,${month}<=${months},${month}=INT(${month}),${sold},${price}>0),1,0)`,
          1,
        );
      }),
    ],
    [],
    [l.ledgerMonth, ...lotNumbers.map(l.used), ...lotNumbers.map(l.left), l.packCalls, l.postpaidCost],
    ...ledger.months.map((lm, m) => {
      const r = gridRow(m);
      const month = `$A${r}`;
      const pack = `$${packCol}${r}`;
      const calls = `${onLedger}$B$${first + m}`;
      const held = lots === 0 ? "0" : `SUMPRODUCT(${valid(month)}*${startRow(m)})`;
      return [
        lm.month,
        ...perLot((j) => {
          const c = lotCol(j);
          const before = `SUMPRODUCT(${valid(month)}*(${lotRow(ROW.order)}<${c}$${ROW.order})*${startRow(m)})`;
          return formula(
            `IF(AND(${c}$${ROW.month}<=${month},${c}$${ROW.last}>=${month}),MIN(${startOf(j, m)},MAX(0,${pack}-${before})),0)`,
            used(m, j),
          );
        }),
        ...perLot((j) => formula(`${startOf(j, m)}-${lotCol(j)}${r}`, leftAfter(m, j))),
        formula(lots === 0 ? "0" : packCallsExpr(calls, held, refs), lm.packCalls),
        formula(costOverCells(calls, pack, postpaidExpr(calls, pack, refs), refs), cellNumber(lm.postpaid)),
      ];
    }),
  ];
  const priceRow = ROW.price - 1;
  const lotsSheet: XlsxSheet = {
    name: lotsName,
    rows,
    boldRows: [0, ROW.lot - 1, ROW.gridHeader - 1],
    cellFormats: rows.map((row, r) =>
      r === 0 || r === 1 || r === ROW.ok - 1 || r === ROW.gridHeader - 1
        ? undefined
        : row.map((_, c) => (c === 0 && r < ROW.gridHeader ? null : r === priceRow ? FORMAT_CNY : FORMAT_COUNT)),
    ),
    columnWidths: [40, ...new Array<number>(2 * lots + 2).fill(14)],
    protect: true,
  };
  return { sheets: [{ ...sheet, rows: grid }, lotsSheet, prices.sheet] };
}
