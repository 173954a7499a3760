import { EMBEDDED_CATALOGS } from "../../catalog/embedded";
import { CatalogRegistry } from "../../catalog/registry";
import { cellAddress, tableLayout } from "../../compare/layout";
import { priceHistorySheet } from "../../compare/priceHistory";
import { FORMAT_COUNT, FORMAT_UNIT_PRICE, type CellValue, type ComparisonTable } from "../../compare/types";
import type { HistoryWhat } from "../../core/priceHistory";
import { writeComparisonSheet } from "../writeComparisonSheet";
import { createMockWorkbook } from "./excelMock";

/**
 * The Price history sheet as the pane writes it into Excel (office-addin-mock): every cell of
 * the table where the layout puts it, prices as numbers under the unit-price format and free
 * quotas as counts, in at most two syncs, named in the sheet's language.
 */
const registry = new CatalogRegistry(EMBEDDED_CATALOGS, "tencent-current");
const ITEMS = ["身份证识别", "人脸比对", "二维码和条形码识别"];
const GENERATED_AT = "2026-01-01T00:00:00.000Z";

const history = (what: HistoryWhat, lang: "en" | "zh"): ComparisonTable =>
  priceHistorySheet(registry, ITEMS, what, { lang, generatedAt: GENERATED_AT });

/** What Excel shows in a cell the writer filled from this table value. */
const shown = (value: CellValue): string | number | boolean =>
  value === null ? "" : typeof value === "object" ? value.error : value;

describe("the Price history sheet in Excel", () => {
  test.each([
    ["postpaid", "en", "Price history (2)"],
    ["packs", "zh", "价格历史"],
  ] as const)("%s, %s: every cell where the layout puts it, prices ¥, at most 2 syncs", async (what, lang, name) => {
    const table = history(what, lang);
    const book = createMockWorkbook(["Sheet1", "Price history"]);
    const stats = await writeComparisonSheet(table, { excel: book.excel });
    expect(stats.sheetName).toBe(name);
    expect(stats.syncs).toBe(book.log.syncs);
    expect(stats.syncs).toBeLessThanOrEqual(2);
    const sheet = book.cells.get(name)!;
    const layout = tableLayout(table);
    const at = (c: number, row: number) => sheet.get(cellAddress(c, row));
    table.headerBlock.forEach((line, r) =>
      line.forEach((v, c) => expect([r, c, at(c, r + 1)?.value]).toEqual([r, c, shown(v)])),
    );
    table.columns.forEach((head, c) => expect(at(c, layout.columnsRow)?.value).toBe(head));
    let prices = 0;
    table.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = at(c, layout.firstDataRow + r);
        const where = `${cellAddress(c, layout.firstDataRow + r)}`;
        expect([where, cell?.value, cell?.formula]).toEqual([where, shown(v), null]);
        if (c === 3 && what === "postpaid") expect([where, cell?.numberFormat]).toEqual([where, FORMAT_COUNT]);
        if (typeof v === "number" && table.numberFormats?.[c] === FORMAT_UNIT_PRICE) {
          expect([where, cell?.numberFormat]).toEqual([where, FORMAT_UNIT_PRICE]);
          prices++;
        }
      }),
    );
    expect(prices).toBeGreaterThan(10);
    expect(new Set(table.rows.map((r) => r[0]))).toEqual(new Set(ITEMS));
    expect(book.log.tables).toEqual([
      expect.objectContaining({ sheet: name, address: stats.tableAddress, hasHeaders: true }),
    ]);
    expect(book.log.frozenRows.get(name)).toBe(layout.columnsRow);
  });

  test("Chinese sheet: Chinese headers and changes joined with ；", async () => {
    const table = history("postpaid", "zh");
    const book = createMockWorkbook();
    const { sheetName } = await writeComparisonSheet(table, { excel: book.excel });
    const sheet = book.cells.get(sheetName)!;
    const layout = tableLayout(table);
    const change = table.columns.length - 1;
    expect(sheet.get(cellAddress(change, layout.columnsRow))?.value).toBe("相对上一版本的变化");
    const changes = table.rows.map((_, r) => String(sheet.get(cellAddress(change, layout.firstDataRow + r))?.value));
    expect(changes.some((text) => text.includes("；"))).toBe(true);
    expect(changes.filter((text) => text.includes(";"))).toEqual([]);
  });
});
