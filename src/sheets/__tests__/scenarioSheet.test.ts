import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../../catalog/embedded";
import { CatalogRegistry } from "../../catalog/registry";
import { columnIndex, columnLetter, tableLayout } from "../../compare/layout";
import { scenario } from "../../compare/scenario";
import { isErrorCell, type CellValue } from "../../compare/types";
import { BLANK, call, forEachHost } from "../../../test/distFunctions";
import { writeComparisonSheet } from "../writeComparisonSheet";
import { createMockWorkbook, EXCEL_PAYLOAD_LIMIT, type StoredCell } from "./excelMock";

/**
 * The Scenario sheet written through Office.js (office-addin-mock): its live formulas, evaluated
 * here with the built add-in's OCR_COST / FACE_COST over the cells written (as desktop Excel
 * passes blank cells, 0, and as Excel on the web does, null), give the values the core computed.
 */
const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
const VERSIONS = ["tencent-current", "tencent-2021-ocr"];
const table = scenario(
  registry,
  [
    { api: "身份证识别", start: 25000 },
    { api: "银行卡识别", start: 600_000 },
  ],
  VERSIONS,
  { growth: "0.08", months: 36, liveFormulas: true, generatedAt: "2026-01-01T00:00:00.000Z" },
);

type Cells = ReadonlyMap<string, StoredCell>;
type Value = number | string | boolean | null | { error: string };

/** Evaluates the few formula shapes the Scenario sheet writes; a thrown custom-function error is its Excel error. */
function evaluate(cells: Cells, address: string): Value | typeof BLANK {
  const cell = cells.get(address);
  if (!cell || (cell.formula === null && cell.value === "")) return BLANK;
  if (cell.formula === null) return cell.value;
  const ref = (a: string): Value | typeof BLANK => evaluate(cells, a);
  // Excel's + - and SUM read a blank cell as 0 on every host; an error operand is the result.
  const num = (v: Value | typeof BLANK): number => {
    if (typeof v === "object" && v !== null) throw v;
    return v === BLANK ? 0 : (v as number);
  };
  const body = cell.formula.slice(1);
  try {
    const sum = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(body);
    if (sum) {
      let total = 0;
      for (let r = Number(sum[2]); r <= Number(sum[4]); r++) total += num(ref(`${sum[1]}${r}`));
      return total;
    }
    const diff = /^([A-Z]+\d+)-([A-Z]+\d+)$/.exec(body);
    if (diff) return num(ref(diff[1])) - num(ref(diff[2]));
    const cost = /^(?:([A-Z]+\d+)\+)?TCLOUD\.(OCR|FACE)_COST\(([A-Z]+\d+),([A-Z]+\d+),([A-Z]+\d+|0),"([^"]+)"\)$/.exec(
      body,
    );
    if (!cost) throw new Error(`unexpected formula ${cell.formula}`);
    const [, plus, product, api, calls, prepaid, catalog] = cost;
    type Arg = Parameters<typeof call>[1];
    const result = call(
      `${product}_COST`,
      ref(api) as Arg,
      ref(calls) as Arg,
      prepaid === "0" ? 0 : (ref(prepaid) as Arg),
      catalog,
    );
    if (result.code) return { error: result.code };
    return (plus ? num(ref(plus)) : 0) + (result.value as number);
  } catch (error) {
    if (error instanceof Error) throw error;
    return error as { error: string }; // an error cell read by + - or SUM
  }
}

const expected = (value: CellValue): Value => (isErrorCell(value) ? { error: value.error } : value);

forEachHost(() =>
  describe("Scenario sheet in Excel (office-addin-mock)", () => {
    test("36 months × 2 items × 2 versions: few syncs, under 5 MB, formulas where the functions express them", async () => {
      const book = createMockWorkbook(["Sheet1"]);
      const stats = await writeComparisonSheet(table, { excel: book.excel });
      expect(stats.sheetName).toBe("Scenario");
      expect(stats.syncs).toBeLessThanOrEqual(3);
      expect(book.log.largestBatch).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
      const sheet = book.cells.get("Scenario")!;
      const layout = tableLayout(table);
      expect(sheet.get("D7")!.formula).toBe('=TCLOUD.OCR_COST(A7,C7,0,"tencent-current")');
      expect(sheet.get("H7")!.formula).toBe('=F7+TCLOUD.OCR_COST(A7,C7,G7,"tencent-current")');
      expect(sheet.get("I7")!.formula).toBe("=D7-H7");
      expect(sheet.get("E7")).toMatchObject({ formula: null, value: table.rows[0][4] });
      expect(sheet.get(`D${layout.totalsRow}`)!.formula).toBe(`=SUM(D7:D${layout.lastDataRow})`);
      expect(sheet.get("D7")!.numberFormat).toBe("¥#,##0.00##");
    });

    test("every formula evaluates to the value the core computed", async () => {
      const book = createMockWorkbook(["Sheet1"]);
      await writeComparisonSheet(table, { excel: book.excel });
      const sheet = book.cells.get("Scenario")!;
      const layout = tableLayout(table);
      let checked = 0;
      const all = [...table.rows, table.totals!];
      all.forEach((row, r) => {
        row.forEach((value, c) => {
          const address = `${columnLetter(c)}${layout.firstDataRow + r}`;
          if (sheet.get(address)?.formula == null) return;
          const got = evaluate(sheet, address);
          const want = expected(value);
          if (typeof want === "number") expect([address, got]).toEqual([address, expect.closeTo(want, 6)]);
          else expect([address, got]).toEqual([address, want]);
          checked++;
        });
      });
      // 72 rows (2 items × 36 months) × 2 versions × 3 live cells, and the totals' SUMs: 1 + 2 × 5.
      expect(checked).toBe(72 * 2 * 3 + 11);
      // 银行卡识别 reaches 100万 calls (联系商务 in both lists): those months are #N/A, and so the totals.
      expect(all.some((row) => isErrorCell(row[columnIndex("D")]))).toBe(true);
    });
  }),
);
