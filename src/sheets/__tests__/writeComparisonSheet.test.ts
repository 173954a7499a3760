import { forecast } from "../../compare/forecast";
import { cellFormat, columnLetter, tableLayout, widthInPoints } from "../../compare/layout";
import { planSheet } from "../../compare/planSheet";
import { priceChanges } from "../../compare/priceChanges";
import { FORMAT_COUNT, FORMAT_UNIT_PRICE } from "../../compare/types";
import { readXlsx } from "../../../test/browser/xlsxReader";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { buildXlsx } from "../../taskpane/xlsx";
import type { ComparisonTable } from "../../compare/types";
import { GENERATED_AT, HOSTILE_NAMES, testRegistry } from "../../compare/__tests__/fixtures";
import { uniqueSheetName, writeComparisonSheet, type WriteProgress } from "../writeComparisonSheet";
import { createMockWorkbook, EXCEL_PAYLOAD_LIMIT } from "./excelMock";

const registry = testRegistry();
const NAMES = ["身份证识别", "IDCardOCR", "通用票据识别（大票）", "火车票识别", "增值税发票核验"];

function forecastLines(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    api: NAMES[i % NAMES.length],
    volume: (i * 7919) % 1_500_000,
    ...(i % 3 === 0 ? { prepaid: i % 5000 } : {}),
  }));
}

describe("writeComparisonSheet", () => {
  it("10,000 rows × 3 versions: 2 syncs, every batch under 5 MB, formulas live", async () => {
    const table = forecast(registry, forecastLines(10_000), ["literal-test", "literal-new", "literal-face"], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const book = createMockWorkbook(["Sheet1", "Forecast"]);
    const progress: WriteProgress[] = [];
    const stats = await writeComparisonSheet(table, { excel: book.excel, progress: (p) => progress.push(p) });
    expect(stats.sheetName).toBe("Forecast (2)");
    expect(book.log.syncs).toBe(stats.syncs);
    expect(stats.syncs).toBe(2);
    expect(book.log.largestBatch).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    expect(stats.largestPayloadBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);
    // The writer's estimate is within 5% of what the mock measured.
    expect(Math.abs(stats.largestPayloadBytes - book.log.largestBatch) / book.log.largestBatch).toBeLessThan(0.05);
    const sheet = book.cells.get("Forecast (2)")!;
    const layout = tableLayout(table);
    expect(sheet.get("E7")!.formula).toBe('=TCLOUD.OCR_COST(B7,C7,D7,"literal-test")');
    // After the lines: the shared-billing-item adjustment and the subtotal of priced lines.
    const lastLine = layout.firstDataRow + 10_000 - 1;
    expect(sheet.get(`E${lastLine}`)!.formula).toBe(
      `=TCLOUD.OCR_COST(B${lastLine},C${lastLine},D${lastLine},"literal-test")`,
    );
    expect(sheet.get(`E${lastLine + 1}`)!.formula).toBe(`=E${layout.totalsRow}-SUM(E7:E${lastLine})`);
    expect(sheet.get(`E${lastLine + 2}`)!.formula).toBe(`=AGGREGATE(9,6,E7:E${lastLine})`);
    expect(sheet.get(`E${layout.totalsRow}`)!.formula).toBe(
      `=TCLOUD.OCR_BILL(B7:B${lastLine},C7:C${lastLine},"literal-test",D7:D${lastLine})`,
    );
    expect(sheet.get("B7")).toMatchObject({ value: "身份证识别", formula: null });
    expect(sheet.get("E7")!.numberFormat).toBe("¥#,##0.00##");
    expect(book.log.tables).toEqual([
      { sheet: "Forecast (2)", address: `A6:K${layout.lastDataRow}`, hasHeaders: true, style: "TableStyleMedium2" },
    ]);
    expect(book.log.activated).toEqual(["Forecast (2)"]);
    expect(progress[0].phase).toBe("prepare");
    expect(progress[progress.length - 1]).toEqual({ phase: "done", rowsWritten: 10_002, totalRows: 10_002 });
    expect(progress.filter((p) => p.phase === "write").length).toBeGreaterThan(1); // chunked
  });

  it("syncs stay constant in rows: 1,000 and 10,000 rows take the same number", async () => {
    const counts: number[] = [];
    for (const n of [10, 1_000, 10_000]) {
      const table = forecast(registry, forecastLines(n), ["literal-test", "literal-new", "literal-face"], {
        liveFormulas: true,
        generatedAt: GENERATED_AT,
      });
      const book = createMockWorkbook();
      counts.push((await writeComparisonSheet(table, { excel: book.excel })).syncs);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it("splits batches at the payload budget instead of exceeding 5 MB", async () => {
    const table = forecast(registry, forecastLines(10_000), ["literal-test", "literal-new", "literal-face"], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const book = createMockWorkbook();
    const stats = await writeComparisonSheet(table, {
      excel: book.excel,
      maxPayloadBytes: 1_000_000,
      maxRequestBytes: 300_000,
    });
    expect(stats.syncs).toBeGreaterThan(2);
    expect(book.log.largestBatch).toBeLessThanOrEqual(1_000_000 + 2_000);
    expect(book.cells.get("Forecast")!.get("E10006")!.formula).toMatch(/^=TCLOUD\.OCR_COST\(B10006,/);
  });

  it("hostile strings are written as text, never formulas", async () => {
    const table: ComparisonTable = {
      kind: "catalog",
      sheetName: "Prices",
      title: HOSTILE_NAMES[0],
      headerBlock: [[HOSTILE_NAMES[0]], ["from", "@SUM(A1)"]],
      columns: ["name", "=1+1", "price"],
      rows: [
        ...HOSTILE_NAMES.map((n) => [n, n, 1] as (string | number)[]),
        ["0012", "2024-01-01", "TRUE"],
        ["'quoted", "50%", "1,000"],
      ],
      totals: ["=SUM(C1:C9)", null, 8],
      numberFormats: [null, null, "¥#,##0.00##"],
    };
    const book = createMockWorkbook();
    await writeComparisonSheet(table, { excel: book.excel });
    const sheet = book.cells.get("Prices")!;
    const formulas = [...sheet.values()].filter((c) => c.formula !== null);
    expect(formulas).toEqual([]);
    expect(sheet.get("A1")!.value).toBe(HOSTILE_NAMES[0]);
    expect(sheet.get("B2")!.value).toBe("@SUM(A1)");
    expect(sheet.get("B4")!.value).toBe("=1+1");
    HOSTILE_NAMES.forEach((n, i) => expect(sheet.get(`A${5 + i}`)!.value).toBe(n));
    expect(sheet.get("A11")!.value).toBe("0012");
    expect(sheet.get("B11")!.value).toBe("2024-01-01");
    expect(sheet.get("C11")!.value).toBe("TRUE");
    expect(sheet.get("A12")!.value).toBe("'quoted");
    expect(sheet.get("C12")!.value).toBe("1,000");
    expect(sheet.get("A13")!.value).toBe("=SUM(C1:C9)");
    expect(sheet.get("C13")!.value).toBe(8);
  });

  it("static forecast: #N/A is an error value, not text; numbers stay numbers", async () => {
    const table = forecast(
      registry,
      [
        { api: "身份证识别", volume: 2_000_000 },
        { api: "身份证识别", volume: 9000 },
      ],
      ["literal-test"],
      { liveFormulas: false, generatedAt: GENERATED_AT },
    );
    const book = createMockWorkbook();
    await writeComparisonSheet(table, { excel: book.excel });
    const sheet = book.cells.get("Forecast")!;
    // An error value (typed unprefixed, Excel keeps the error), so SUM and ISNA see it.
    expect(sheet.get("E7")).toMatchObject({ value: "#N/A", formula: "(error literal)" });
    expect(sheet.get("E8")).toMatchObject({ value: 1200, formula: null });
  });

  it("failures are reported with what failed, not swallowed", async () => {
    const table = forecast(registry, forecastLines(5), ["literal-test"], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const book = createMockWorkbook();
    book.failNextSync(Object.assign(new Error("The workbook is read-only."), { code: "AccessDenied" }));
    await expect(writeComparisonSheet(table, { excel: book.excel })).rejects.toThrow(
      /Writing the sheet "Forecast" failed: AccessDenied: The workbook is read-only/,
    );
    // A batch the mock rejects as too large (the budget set above Excel's limit) fails loudly too.
    const big = forecast(registry, forecastLines(30_000), ["literal-test", "literal-new", "literal-face"], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    await expect(
      writeComparisonSheet(big, {
        excel: createMockWorkbook().excel,
        maxPayloadBytes: 50_000_000,
        maxRequestBytes: 50_000_000,
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    const badFormulas = table.formulas!.map((row, i) => (i === 2 ? row.map((f, c) => (c === 4 ? "SUM(A1)" : f)) : row));
    await expect(writeComparisonSheet({ ...table, formulas: badFormulas }, { excel: book.excel })).rejects.toThrow(
      /must begin with "="/,
    );
  });

  it("unique sheet names: legal, at most 31 characters, case-insensitive", () => {
    expect(uniqueSheetName("Forecast", ["forecast", "Forecast (2)"])).toBe("Forecast (3)");
    expect(uniqueSheetName("a/b:c*d?[e]\\f", [])).toBe("a-b-c-d--e--f");
    const long = "x".repeat(40);
    const first = uniqueSheetName(long, []);
    expect(first).toBe("x".repeat(15) + "…" + "x".repeat(15));
    expect(uniqueSheetName(long, [first])).toBe("x".repeat(13) + "…" + "x".repeat(13) + " (2)");
    expect([...uniqueSheetName(long, [first])].length).toBe(31);
    expect(uniqueSheetName("'History'", [])).toBe("Sheet");
  });

  it("the sheet looks like the downloaded .xlsx: same number formats, frozen rows, widths and name", async () => {
    const tables = [
      priceChanges(registry, "literal-test", "literal-new", "ocr", { generatedAt: GENERATED_AT }),
      planSheet(registry, "身份证识别", [25000, 25000, 25000], "literal-test", undefined, {
        generatedAt: GENERATED_AT,
      }),
    ];
    for (const table of tables) {
      const book = createMockWorkbook(["Sheet1"]);
      const { sheetName } = await writeComparisonSheet(table, { excel: book.excel });
      const [read] = readXlsx(buildXlsx([tableToXlsxSheet(table)])).sheets;
      expect(sheetName).toBe(read.name);
      expect(book.log.frozenRows.get(sheetName)).toBe(read.frozenRows);
      expect(read.frozenRows).toBe(tableLayout(table).columnsRow);
      for (const [c, width] of read.columnWidths)
        expect(book.log.columnWidths.get(`${sheetName}!${columnLetter(c)}`)).toBe(widthInPoints(width));
      const cells = book.cells.get(sheetName)!;
      let numbers = 0;
      for (const [ref, cell] of read.cells) {
        if (cell.type !== "n") continue;
        numbers++;
        expect([ref, cells.get(ref)?.numberFormat ?? "General"]).toEqual([ref, cell.format]);
      }
      expect(numbers).toBeGreaterThan(5);
    }
  });

  it("price-change prices carry ¥ with the same decimals as everywhere; quotas are counts", () => {
    const table = priceChanges(registry, "literal-test", "literal-new", "ocr", { generatedAt: GENERATED_AT });
    const formatsOf = (what: RegExp): (string | null)[] =>
      table.rows.flatMap((row, r) => (what.test(String(row[3])) ? [cellFormat(table, "row", r, 4)] : []));
    expect(new Set(formatsOf(/^postpaid/))).toEqual(new Set([FORMAT_UNIT_PRICE]));
    expect(new Set(formatsOf(/^monthly free quota/))).toEqual(new Set([FORMAT_COUNT]));
  });
});
