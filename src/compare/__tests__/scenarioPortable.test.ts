import { readXlsx } from "../../../test/browser/xlsxReader";
import { PricingError } from "../../core/errors";
import { buildXlsx, type XlsxCell, type XlsxFormula } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { cellAddress, columnLetter, tableLayout } from "../layout";
import { portableScenario } from "../portable";
import { PORTABLE_WORDS } from "../portable/words";
import { scenario } from "../scenario";
import { SCENARIO_WORDS } from "../scenarioWords";
import { formulaString } from "../shared";
import type { ScenarioInput } from "../types";
import { GENERATED_AT, HOSTILE_NAMES, testRegistry } from "./fixtures";

const registry = testRegistry();
// 身份证识别 buys packs; 人员搜索 (face) has none and stays postpaid; the hostile-named item is
// only in the later version (the core's failure under the first stays a value).
const LINES: ScenarioInput[] = [
  { api: "身份证识别", start: 25000 },
  { api: "人员搜索", start: 3_000_000 },
  { api: HOSTILE_NAMES[0], start: 5000 },
];
const VERSIONS = ["literal-test", "literal-new"];
const OPTS = { growth: "0.08", months: 3, generatedAt: GENERATED_AT };

const isFormula = (cell: XlsxCell): cell is XlsxFormula =>
  typeof cell === "object" && cell !== null && "formula" in cell;
const formulas = (rows: readonly (readonly XlsxCell[])[]): string[] =>
  rows.flatMap((row) => row.filter(isFormula).map((c) => c.formula));

describe("portableScenario: the Scenario sheet with native formulas over a price table", () => {
  const book = portableScenario(registry, LINES, VERSIONS, OPTS);
  const values = scenario(registry, LINES, VERSIONS, { ...OPTS, liveFormulas: false });
  const [sheet, prices] = book.sheets;
  const layout = tableLayout(values);
  const at = (col: number, row: number): XlsxCell => sheet.rows[row - 1][col];
  // Per version: postpaid only, packs bought, packs, pack calls, with plan, saving (src/compare/scenario.ts).
  const col = (v: number, k: number): number => 3 + 6 * v + k;

  test("the same layout and values as the values form: each formula caches the core's value", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Scenario", "Price table"]);
    const plain = tableToXlsxSheet(values).rows;
    const tableRows = layout.firstDataRow + values.rows.length; // through the totals row
    let formulaCells = 0;
    for (let r = 0; r < tableRows; r++)
      plain[r].forEach((expected, c) => {
        const got = sheet.rows[r][c];
        if (isFormula(got)) formulaCells++;
        expect([r + 1, c, isFormula(got) ? got.cached : got]).toEqual([r + 1, c, expected]);
      });
    // Per month: postpaid only, with plan and saving under each version the item exists in; SUM totals.
    expect(formulaCells).toBeGreaterThan(3 * 2 * 3 + 3 * 1 * 3);
    // The notes say how the cells compute: the portable note where the add-in form has its live note.
    const notes = sheet.rows.slice(tableRows + 1).map((row) => row[0]);
    expect(notes).toContain(PORTABLE_WORDS.en.scenarioNote);
    expect(notes).not.toContain(SCENARIO_WORDS.en.liveNote);
    expect(prices.protect).toBe(true);
    expect(sheet.protect).toBeFalsy(); // calls stay editable
  });

  test("no TCLOUD function anywhere; costs read the price table; the plan stays values", () => {
    const all = book.sheets.flatMap((s) => formulas(s.rows));
    expect(all.filter((f) => f.includes("TCLOUD."))).toEqual([]);
    expect(all.some((f) => f.includes("'Price table'!$"))).toBe(true);
    for (const f of all) expect(f).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|AGGREGATE|FILTER|SEQUENCE)\(/);
    values.rows.forEach((_, i) => {
      const row = layout.firstDataRow + i;
      for (const v of [0, 1]) {
        // packs bought, their cost and the pack calls are the plan's values, as in the add-in form
        for (const k of [1, 2, 3]) expect(isFormula(at(col(v, k), row))).toBe(false);
        const postpaid = at(col(v, 0), row);
        if (!isFormula(postpaid)) continue;
        const ref = (k: number): string => cellAddress(col(v, k), row);
        expect(postpaid.formula).toContain(`C${row}-`);
        expect((at(col(v, 4), row) as XlsxFormula).formula).toMatch(new RegExp(`^${ref(2)}\\+IF\\(`));
        expect((at(col(v, 4), row) as XlsxFormula).formula).toContain(`${ref(3)}<0`);
        expect((at(col(v, 5), row) as XlsxFormula).formula).toBe(`${ref(0)}-${ref(4)}`);
      }
    });
    const totals = sheet.rows[layout.totalsRow! - 1];
    const c = columnLetter(col(1, 4));
    expect((totals[col(1, 4)] as XlsxFormula).formula).toBe(
      `SUM(${c}${layout.firstDataRow}:${c}${layout.lastDataRow})`,
    );
  });

  test("the hostile item under the version without it is the core's error value, under the other a guarded formula", () => {
    const row = layout.firstDataRow + 2 * OPTS.months; // the third line's first month
    expect(at(0, row)).toBe(HOSTILE_NAMES[0]);
    expect(at(col(0, 0), row)).toEqual({ error: "#VALUE!" }); // no such item in literal-test
    const cost = at(col(1, 0), row) as XlsxFormula;
    expect(cost.formula.startsWith(`IF(A${row}<>${formulaString(HOSTILE_NAMES[0])},NA(),`)).toBe(true);
  });

  test("text cells stay text in the .xlsx: names beginning with = are never formulas", () => {
    const [read, readPrices] = readXlsx(buildXlsx(book.sheets)).sheets;
    const names = [...read.cells.values(), ...readPrices.cells.values()].filter((c) => c.value === HOSTILE_NAMES[0]);
    expect(names.length).toBe(OPTS.months + 1); // three months on the Scenario sheet, its price-table row
    for (const c of names) expect([c.type, c.formula]).toEqual(["inlineStr", null]);
  });

  test("without cached values, named around taken sheets, in Chinese", () => {
    const zh = portableScenario(registry, LINES, VERSIONS, {
      ...OPTS,
      lang: "zh",
      cachedValues: false,
      takenSheetNames: ["用量情景", "价格表"],
    });
    expect(zh.sheets.map((s) => s.name)).toEqual(["用量情景 (2)", "价格表 (2)"]);
    const cells = zh.sheets[0].rows.flat().filter(isFormula);
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells) expect(c).not.toHaveProperty("cached");
    expect(cells.some((c) => c.formula.includes("'价格表 (2)'!$"))).toBe(true);
    expect(cells.some((c) => c.formula.includes("'价格表'!"))).toBe(false);
    expect(zh.sheets[0].rows.map((r) => r[0])).toContain(PORTABLE_WORDS.zh.scenarioNote);
  });

  test("refuses what the Scenario refuses, with the core's failure", () => {
    const kind = (run: () => unknown): string | undefined => {
      try {
        run();
      } catch (e) {
        return e instanceof PricingError ? e.failure.kind : "not a pricing error";
      }
      return undefined;
    };
    expect(kind(() => portableScenario(registry, LINES, [], OPTS))).toBe("no-versions");
    expect(kind(() => portableScenario(registry, LINES, VERSIONS, { ...OPTS, growth: "-2" }))).toBe("bad-growth");
    expect(
      kind(() =>
        portableScenario(
          registry,
          [
            { api: "身份证识别", start: 1 },
            { api: "IDCardOCR", start: 1 },
          ],
          VERSIONS,
          OPTS,
        ),
      ),
    ).toBe("scenario-shared-item");
  });
});
