import { HOSTILE_NAMES, GENERATED_AT, testRegistry } from "../../compare/__tests__/fixtures";
import { FIRST_COST } from "../../compare/forecast";
import { columnLetter } from "../../compare/layout";
import { portableForecast } from "../../compare/portable/forecastWorkbook";
import { portableLedger } from "../../compare/portable/ledgerWorkbook";
import { portablePlan } from "../../compare/portable/planWorkbook";
import { portableScenario } from "../../compare/portable/scenarioWorkbook";
import type { ForecastInput } from "../../compare/types";
import { writeWorkbookSheets, xlsxCellInput } from "../writeWorkbookSheets";
import { createMockWorkbook, EXCEL_PAYLOAD_LIMIT } from "./excelMock";

const registry = testRegistry();
const NAMES = ["身份证识别", "IDCardOCR", "通用票据识别（大票）", "火车票识别", HOSTILE_NAMES[0]];
const VERSIONS = ["literal-test", "literal-new"];

const lines = (count: number): ForecastInput[] =>
  Array.from({ length: count }, (_, i) => ({
    api: NAMES[i % NAMES.length],
    volume: (i * 7919) % 1_500_000,
    ...(i % 3 === 0 ? { prepaid: i % 5000 } : {}),
  }));

const build = (count: number) => (takenSheetNames: readonly string[]) =>
  portableForecast(registry, lines(count), VERSIONS, { generatedAt: GENERATED_AT, takenSheetNames }).sheets;

describe("writeWorkbookSheets: a portable workbook into the open workbook", () => {
  it("names its sheets around the workbook's and its formulas follow those names", async () => {
    const book = createMockWorkbook(["Sheet1", "Forecast", "Price table"]);
    const stats = await writeWorkbookSheets(build(20), { excel: book.excel });
    expect(stats.sheetNames).toEqual(["Forecast (2)", "Bill", "Price table (2)"]);
    expect(book.sheetNames()).toEqual(["Sheet1", "Forecast", "Price table", ...stats.sheetNames]);
    const forecastCells = book.cells.get("Forecast (2)")!;
    const cost = forecastCells.get(`${columnLetter(FIRST_COST)}7`)!;
    expect(cost.formula).toContain("'Price table (2)'!$");
    // No cell anywhere needs the add-in.
    for (const name of stats.sheetNames)
      for (const cell of book.cells.get(name)!.values()) expect(cell.formula ?? "").not.toContain("TCLOUD.");
    expect(book.log.activated).toEqual(["Forecast (2)"]);
  });

  it("protects the price table and the bill without a password, leaves the forecast editable", async () => {
    const book = createMockWorkbook();
    await writeWorkbookSheets(build(5), { excel: book.excel });
    expect([...book.log.protectedSheets]).toEqual([
      ["Bill", null],
      ["Price table", null],
    ]);
  });

  it("catalog text stays text: a name beginning with = is not a formula", async () => {
    const book = createMockWorkbook();
    await writeWorkbookSheets(build(5), { excel: book.excel });
    const names = [...book.cells.get("Forecast")!.values()].filter((c) => c.value === HOSTILE_NAMES[0]);
    expect(names.length).toBeGreaterThan(0);
    for (const c of names) expect(c.formula).toBeNull();
    expect(xlsxCellInput("=1+1")).toBe("'=1+1");
    expect(xlsxCellInput({ formula: "1+1" })).toBe("=1+1");
    expect(xlsxCellInput({ error: "#N/A" })).toBe("#N/A");
  });

  it("10,000 lines: whole 2-D arrays, every batch under 5 MB, a sync per 4 MB, not per row", async () => {
    const book = createMockWorkbook();
    const stats = await writeWorkbookSheets(build(10_000), { excel: book.excel });
    expect(book.log.syncs).toBe(stats.syncs);
    const sent = book.log.batches.reduce((a, b) => a + b, 0);
    expect(sent).toBeGreaterThan(8_000_000); // big enough to need splitting
    // One sync for the names, then one per full 4 MB budget and the last partial one.
    expect(stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(sent / 4_000_000));
    expect(book.log.largestBatch).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    // Range writes, not one per row: far fewer than the rows written.
    expect(book.log.formulaWrites.length).toBeLessThan(50);
    expect(book.cells.get("Forecast")!.get("B10006")!.value).toBe(NAMES[9999 % NAMES.length]);
  });

  it("splits at a smaller payload budget instead of exceeding it", async () => {
    const book = createMockWorkbook();
    const stats = await writeWorkbookSheets(build(2_000), {
      excel: book.excel,
      maxPayloadBytes: 200_000,
      maxRequestBytes: 100_000,
    });
    expect(stats.syncs).toBeGreaterThan(3);
    expect(book.log.largestBatch).toBeLessThan(260_000);
  });

  it("a portable Scenario: its sheet and a protected price table, named around the workbook's, text kept as text", async () => {
    const book = createMockWorkbook(["Scenario", "Price table"]);
    const scenarioLines = [
      { api: "身份证识别", start: 25000 },
      { api: HOSTILE_NAMES[0], start: 5000 },
    ];
    const stats = await writeWorkbookSheets(
      (takenSheetNames) =>
        portableScenario(registry, scenarioLines, VERSIONS, {
          growth: "0.08",
          months: 12,
          generatedAt: GENERATED_AT,
          takenSheetNames,
        }).sheets,
      { excel: book.excel },
    );
    expect(stats.sheetNames).toEqual(["Scenario (2)", "Price table (2)"]);
    expect([...book.log.protectedSheets]).toEqual([["Price table (2)", null]]);
    const cells = book.cells.get("Scenario (2)")!;
    // Month 1 of 身份证识别, postpaid only under the first version: a formula over the sheet's own price table.
    expect(cells.get("D7")!.formula).toContain("'Price table (2)'!$");
    for (const name of stats.sheetNames)
      for (const cell of book.cells.get(name)!.values()) expect(cell.formula ?? "").not.toContain("TCLOUD.");
    const names = [...cells.values()].filter((c) => c.value === HOSTILE_NAMES[0]);
    expect(names).toHaveLength(12);
    for (const c of names) expect(c.formula).toBeNull();
    expect(book.log.activated).toEqual(["Scenario (2)"]);
  });

  it("a portable Pack ledger: its sheet, the protected Pack lots and price table, named around the workbook's", async () => {
    const book = createMockWorkbook(["Pack lots", "Price table"]);
    const purchases = [
      { month: 1, size: 10000, price: "760.5" },
      { month: 2, size: 1000, price: "99" },
    ];
    const stats = await writeWorkbookSheets(
      (takenSheetNames) =>
        portableLedger(registry, "身份证识别", [25000, 3000, 900], purchases, "literal-test", {
          generatedAt: GENERATED_AT,
          takenSheetNames,
        }).sheets,
      { excel: book.excel },
    );
    expect(stats.sheetNames).toEqual(["Ledger 身份证识别", "Pack lots (2)", "Price table (2)"]);
    expect([...book.log.protectedSheets]).toEqual([
      ["Pack lots (2)", null],
      ["Price table (2)", null],
    ]);
    const cells = book.cells.get("Ledger 身份证识别")!;
    // Month 1's pack calls read the lots on the sheet written with it; its postpaid cost, the price table.
    expect(cells.get("D13")!.formula).toContain("'Pack lots (2)'!$");
    expect(cells.get("F13")!.formula).toContain("'Price table (2)'!$");
    expect([cells.get("B13")!.value, cells.get("B13")!.formula]).toEqual([25000, null]); // the calls stay values
    for (const name of stats.sheetNames)
      for (const cell of book.cells.get(name)!.values()) expect(cell.formula ?? "").not.toContain("TCLOUD.");
    expect(book.log.activated).toEqual(["Ledger 身份证识别"]);
  });

  it("a portable Plan: its sheet and a protected price table, the months' formulas over the sheet's own price table", async () => {
    const book = createMockWorkbook(["Price table"]);
    const stats = await writeWorkbookSheets(
      (takenSheetNames) =>
        portablePlan(registry, "身份证识别", [25000, 3000], "literal-test", undefined, {
          generatedAt: GENERATED_AT,
          takenSheetNames,
        }).sheets,
      { excel: book.excel },
    );
    expect(stats.sheetNames).toEqual(["Plan 身份证识别", "Price table (2)"]);
    expect([...book.log.protectedSheets]).toEqual([["Price table (2)", null]]);
    const cells = book.cells.get("Plan 身份证识别")!;
    const formulas = [...cells.values()].map((c) => c.formula ?? "");
    expect(formulas.filter((f) => f.includes("'Price table (2)'!$")).length).toBeGreaterThanOrEqual(2 * 3);
    expect(formulas.some((f) => f.includes("TCLOUD."))).toBe(false);
  });
});
