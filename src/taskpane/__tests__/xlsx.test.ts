import { readXlsx } from "../../../test/browser/xlsxReader";
import type { ComparisonTable } from "../../compare/types";
import { tableToXlsxSheet } from "../tableSheet";
import { columnLetter, displayCell, sheetLook, uniqueSheetName } from "../../compare/layout";
import { buildXlsx, crc32, xmlText, zipStored } from "../xlsx";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("zip container", () => {
  test("CRC-32 of known strings", () => {
    expect(crc32(bytes(""))).toBe(0);
    expect(crc32(bytes("123456789"))).toBe(0xcbf43926);
    expect(crc32(bytes("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });

  test("stored entries read back byte for byte (names in UTF-8)", () => {
    const { files } = { files: new Map<string, Uint8Array>() };
    const zip = zipStored([
      { name: "a.txt", data: bytes("hello") },
      { name: "目录/价格.xml", data: bytes("<x>价</x>") },
    ]);
    files.set("zip", zip);
    // readXlsx needs workbook parts; check the container with the reader's unzip directly.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { unzip } = require("../../../test/browser/xlsxReader") as typeof import("../../../test/browser/xlsxReader");
    const out = unzip(zip);
    expect(out.get("a.txt")?.toString("utf8")).toBe("hello");
    expect(out.get("目录/价格.xml")?.toString("utf8")).toBe("<x>价</x>");
  });
});

describe("SpreadsheetML", () => {
  test("column names", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  test("XML text escapes markup and drops characters XML cannot carry", () => {
    expect(xmlText(`<img src=x onerror="alert(1)">&`)).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;");
    expect(xmlText("a\u0000b\u0007c\uFFFEd\uD800e")).toBe("abcde");
    expect(xmlText("😀 身份证")).toBe("😀 身份证");
  });

  test("sheet names are legal, unique and cut the way the Office.js writer cuts them", () => {
    const long = "Changes tencent-2021-ocr vs tencent-current";
    const file = buildXlsx(
      ["Price changes: A/B [x]", "price changes- a-b -x-", "", long, long].map((name) => ({ name, rows: [["x"]] })),
    );
    const names = readXlsx(file).sheets.map((s) => s.name);
    expect(names).toEqual([
      "Price changes- A-B -x-",
      "price changes- a-b -x- (2)",
      "Sheet",
      uniqueSheetName(long, []),
      uniqueSheetName(long, [uniqueSheetName(long, [])]),
    ]);
    expect(names[3]).toBe("Changes tencent…tencent-current");
    expect(names.every((n) => [...n].length <= 31)).toBe(true);
  });

  test("numbers are numbers, text is inline text (never a formula), booleans are booleans", () => {
    const file = buildXlsx([
      {
        name: "S",
        rows: [
          ['=HYPERLINK("http://evil","x")', "@SUM(A1:A2)", "+1", "-2", "<img src=x onerror=alert(1)>"],
          [1349.85, 0.1, 0, -5, 1e21],
          [true, null, "", undefined, "身份证识别"],
        ],
      },
    ]);
    const [sheet] = readXlsx(file).sheets;
    expect(sheet.xml).not.toContain("<f>");
    expect(sheet.cells.get("A1")).toMatchObject({
      type: "inlineStr",
      value: '=HYPERLINK("http://evil","x")',
      formula: null,
    });
    expect(sheet.cells.get("B1")).toMatchObject({ type: "inlineStr", value: "@SUM(A1:A2)" });
    expect(sheet.cells.get("C1")).toMatchObject({ type: "inlineStr", value: "+1" });
    expect(sheet.cells.get("E1")).toMatchObject({ type: "inlineStr", value: "<img src=x onerror=alert(1)>" });
    expect(sheet.cells.get("A2")).toMatchObject({ type: "n", value: 1349.85 });
    expect(sheet.cells.get("B2")).toMatchObject({ type: "n", value: 0.1 });
    expect(sheet.cells.get("E2")).toMatchObject({ type: "n", value: 1e21 });
    expect(sheet.cells.get("A3")).toMatchObject({ type: "b", value: true });
    expect(sheet.cells.has("B3")).toBe(false);
    expect(sheet.cells.get("E3")).toMatchObject({ value: "身份证识别" });
  });

  test('error cells are Excel errors (t="e"), text that reads #N/A stays text', () => {
    const file = buildXlsx([{ name: "S", rows: [[{ error: "#N/A" }, { error: "#VALUE!" }, "#N/A"]] }]);
    const [sheet] = readXlsx(file).sheets;
    expect(sheet.cells.get("A1")).toMatchObject({ type: "e", value: "#N/A" });
    expect(sheet.cells.get("B1")).toMatchObject({ type: "e", value: "#VALUE!" });
    expect(sheet.cells.get("C1")).toMatchObject({ type: "inlineStr", value: "#N/A" });
  });

  test("several sheets, all parts present, number formats and bold rows styled", () => {
    const file = buildXlsx([
      { name: "One", rows: [["h"], [1.5]], boldRows: [0], cellFormats: [[], ["¥#,##0.00##"]], frozenRows: 1 },
      { name: "One", rows: [["x"]] },
    ]);
    const { sheets, files } = readXlsx(file);
    expect(sheets.map((s) => s.name)).toEqual(["One", "One (2)"]);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
      ]),
    );
    const styles = files.get("xl/styles.xml")!.toString("utf8");
    expect(styles).toContain('formatCode="¥#,##0.00##"');
    expect(sheets[0].cells.get("A1")!.style).toBe(1);
    expect(sheets[0].cells.get("A2")!.style).toBe(2);
    expect(sheets[0].cells.get("A2")!.format).toBe("¥#,##0.00##");
    expect(sheets[0].frozenRows).toBe(1);
    expect(sheets[1].frozenRows).toBe(0);
  });

  test("an empty workbook is refused", () => {
    expect(() => buildXlsx([])).toThrow(/at least one sheet/);
  });
});

describe("a comparison table as a sheet", () => {
  const table: ComparisonTable = {
    kind: "price-changes",
    sheetName: "Price changes",
    title: "Price changes",
    headerBlock: [["Price changes"], ["A", "v1"]],
    columns: ["item", "old", "new"],
    rows: [
      ["身份证识别", 0.15, 0.1],
      ["=HYPERLINK(1)", null, 0.2],
    ],
    numberFormats: [null, "¥#,##0.00##", "¥#,##0.00##"],
    totals: ["total", 0.15, 0.3],
    notes: ["#N/A: no list price"],
  };

  test("follows the documented layout: header block, blank row, columns, rows, totals, notes", () => {
    const [sheet] = readXlsx(buildXlsx([tableToXlsxSheet(table)])).sheets;
    const v = (ref: string) => sheet.cells.get(ref)?.value;
    expect(v("A1")).toBe("Price changes");
    expect(v("B2")).toBe("v1");
    expect(sheet.cells.has("A3")).toBe(false);
    expect([v("A4"), v("B4"), v("C4")]).toEqual(["item", "old", "new"]);
    expect([v("A5"), v("B5"), v("C5")]).toEqual(["身份证识别", 0.15, 0.1]);
    expect(sheet.cells.get("A6")).toMatchObject({ type: "inlineStr", value: "=HYPERLINK(1)", formula: null });
    expect([v("A7"), v("C7")]).toEqual(["total", 0.3]);
    expect(v("A9")).toBe("#N/A: no list price");
    expect(sheet.cells.get("B5")!.format).toBe("¥#,##0.00##");
    expect(sheet.cells.get("A5")!.format).toBe("General");
  });

  test("frozen rows, widths and formats are the shared layout's (what the Office.js writer sets)", () => {
    const [sheet] = readXlsx(buildXlsx([tableToXlsxSheet(table)])).sheets;
    const look = sheetLook(table);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.frozenRows).toBe(look.frozenRows);
    expect([...sheet.columnWidths.values()]).toEqual(look.columnWidths);
    // Every number reads as the page shows it: ¥0.10, never 0.1 here and ¥0.1 there.
    expect(displayCell(sheet.cells.get("C5")!.value as number, sheet.cells.get("C5")!.format)).toBe("¥0.10");
    expect(sheet.cells.get("C7")!.format).toBe("¥#,##0.00##");
  });
});
