import { PricingError } from "../../core/errors";
import type { XlsxCell, XlsxFormula } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { tableLayout } from "../layout";
import { planSheet } from "../planSheet";
import { portablePlan } from "../portable";
import { PORTABLE_WORDS } from "../portable/words";
import { expectCachedAsValues, GENERATED_AT, testRegistry } from "./fixtures";

const registry = testRegistry();
const CALLS = [25000, 3000, 60000];
const OPTS = { generatedAt: GENERATED_AT };

const isFormula = (cell: XlsxCell): cell is XlsxFormula =>
  typeof cell === "object" && cell !== null && "formula" in cell;

describe("portablePlan: the Plan with native formulas over its packs and a price table", () => {
  const book = portablePlan(registry, "身份证识别", CALLS, "literal-test", undefined, OPTS);
  const values = planSheet(registry, "身份证识别", CALLS, "literal-test", undefined, OPTS);
  const [sheet, prices] = book.sheets;
  const layout = tableLayout(values);

  test("the same layout and values as the values form: each formula caches the core's value", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Plan 身份证识别", "Price table"]);
    const formulaCells = expectCachedAsValues(sheet.rows, tableToXlsxSheet(values).rows, layout.totalsRow!);
    // Seven computed columns a month and eight totals; packs, postpaid, plan total, all postpaid and saving.
    expect(formulaCells).toBe(7 * CALLS.length + 8 + 5);
    expect(sheet.rows.map((row) => row[0])).toContain(PORTABLE_WORDS.en.planNote);
    expect([sheet.protect, prices.protect]).toEqual([undefined, true]);
  });

  test("the packs stay values, the months are native formulas, no TCLOUD; the helper column holds each month alone", () => {
    const all = book.sheets.flatMap((s) =>
      s.rows
        .flat()
        .filter(isFormula)
        .map((c) => c.formula),
    );
    expect(all.filter((f) => f.includes("TCLOUD."))).toEqual([]);
    for (const f of all) expect(f).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|AGGREGATE|FILTER|SEQUENCE)\(/);
    const packRows = sheet.rows.slice(5, values.headerBlock.length - 5);
    expect(packRows.length).toBeGreaterThan(0);
    for (const row of packRows) expect(row.some(isFormula)).toBe(false);
    expect(sheet.rows[layout.columnsRow - 1].slice(10)).toEqual(PORTABLE_WORDS.en.planHelpers);
    values.rows.forEach((row, m) => {
      const cells = sheet.rows[layout.firstDataRow + m - 1];
      expect(isFormula(cells[1])).toBe(false); // the calls stay typed values
      // all postpaid is the month alone, #N/A in every month if any month has no list price
      expect((cells[8] as XlsxFormula).formula).toBe(
        `IF(ISNUMBER(SUM($K$${layout.firstDataRow}:$K$${layout.lastDataRow})),K${layout.firstDataRow + m},NA())`,
      );
      // the helpers cache the core's month: all postpaid alone, then the plan's pack calls, calls left and postpaid
      expect(cells.slice(10).map((c) => (c as XlsxFormula).cached)).toEqual([row[8], row[3], row[4], row[6]]);
      expect((cells[3] as XlsxFormula).formula).toMatch(/^IF\(ISNUMBER\(SUM\(\$N\$\d+:\$N\$\d+\)\),L\d+,NA\(\)\)$/);
    });
  });

  test("without cached values, named around taken sheets, in Chinese", () => {
    const zh = portablePlan(registry, "身份证识别", CALLS, "literal-test", undefined, {
      ...OPTS,
      lang: "zh",
      cachedValues: false,
      takenSheetNames: ["价格表"],
    });
    expect(zh.sheets.map((s) => s.name)).toEqual(["资源包方案 身份证识别", "价格表 (2)"]);
    const cells = zh.sheets[0].rows.flat().filter(isFormula);
    for (const c of cells) expect(c).not.toHaveProperty("cached");
    expect(cells.some((c) => c.formula.includes("'价格表 (2)'!$"))).toBe(true);
    expect(zh.sheets[0].rows.map((r) => r[0])).toContain(PORTABLE_WORDS.zh.planNote);
  });

  test("refuses what the Plan refuses, with the core's failure", () => {
    const kind = (calls: number[], api = "身份证识别"): string | undefined => {
      try {
        portablePlan(registry, api, calls, "literal-test", undefined, OPTS);
      } catch (e) {
        return e instanceof PricingError ? e.failure.kind : "not a pricing error";
      }
      return undefined;
    };
    expect(kind([])).toBe("forecast-empty");
    expect(kind(Array<number>(13).fill(1))).toBe("forecast-too-long");
    expect(kind([1.5])).toBe("bad-count");
    expect(kind(CALLS)).toBeUndefined();
  });
});
