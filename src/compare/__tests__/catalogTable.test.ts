import { validateCatalog } from "../../catalog/validate";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { catalogToTable, tableToCatalog } from "../catalogTable";
import { tableLayout } from "../layout";
import type { CellValue, ComparisonTable } from "../types";
import { GENERATED_AT, HOSTILE_NAMES, newerCatalog } from "./fixtures";

/** The sheet as Range.values would read it back: blank cells are "". */
function sheetGrid(table: ComparisonTable): CellValue[][] {
  const layout = tableLayout(table);
  const pad = (r: CellValue[]) =>
    Array.from({ length: layout.width }, (_, c) => (r[c] === null || r[c] === undefined ? "" : r[c]));
  return [...table.headerBlock.map(pad), pad([]), pad(table.columns), ...table.rows.map(pad)];
}

const setCell = (grid: CellValue[][], address: string, value: CellValue): void => {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  grid[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
};

describe("catalogToTable / tableToCatalog", () => {
  it("round trip: the same catalog under a new id", () => {
    const grid = sheetGrid(catalogToTable(literalCatalog, { generatedAt: GENERATED_AT }));
    setCell(grid, "B2", "my-copy");
    const result = tableToCatalog(grid, literalCatalog, { sheetName: "Prices" });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.catalog).toEqual({ ...literalCatalog, id: "my-copy" });
  });

  it("an edited price becomes the new catalog's price, exactly", () => {
    const table = catalogToTable(literalCatalog, { generatedAt: GENERATED_AT });
    const grid = sheetGrid(table);
    const layout = tableLayout(table);
    const row = table.rows.findIndex((r) => r[1] === "ocr.id-card" && r[3] === "tier" && r[4] === 10000);
    grid[layout.firstDataRow - 1 + row][6] = 0.0833;
    setCell(grid, "B2", "negotiated");
    const result = tableToCatalog(grid, literalCatalog);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.catalog.products.ocr!.billingItems[0].postpaid.tiers[1]).toEqual({
        from: 10000,
        to: 100000,
        unitPrice: "0.0833",
      });
  });

  it("problems carry cell addresses", () => {
    const table = catalogToTable(literalCatalog, { generatedAt: GENERATED_AT });
    const grid = sheetGrid(table);
    const layout = tableLayout(table);
    const rowOf = (id: string, what: string, from?: number) =>
      layout.firstDataRow +
      table.rows.findIndex((r) => r[1] === id && r[3] === what && (from === undefined || r[4] === from));
    grid[rowOf("ocr.id-card", "tier", 10000) - 1][6] = "abc";
    grid[rowOf("ocr.id-card", "tier", 0) - 1][5] = "ten";
    grid[rowOf("ocr.verify", "free quota") - 1][4] = -5;
    const result = tableToCatalog(grid, literalCatalog, { sheetName: "My Prices" });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { cell: `'My Prices'!F${rowOf("ocr.id-card", "tier", 0)}`, message: 'to "ten" is not a number' },
      { cell: `'My Prices'!G${rowOf("ocr.id-card", "tier", 10000)}`, message: `unit price "abc" is not a number` },
      {
        cell: `'My Prices'!E${rowOf("ocr.verify", "free quota")}`,
        message: "free quota -5 is not a whole, non-negative number",
      },
    ]);
  });

  it("validation problems (a gap between tiers) point at the row", () => {
    const table = catalogToTable(literalCatalog, { generatedAt: GENERATED_AT });
    const grid = sheetGrid(table);
    const layout = tableLayout(table);
    const r =
      layout.firstDataRow +
      table.rows.findIndex((row) => row[1] === "ocr.id-card" && row[3] === "tier" && row[4] === 10000);
    grid[r - 1][4] = 20000;
    setCell(grid, "B2", "gap");
    const result = tableToCatalog(grid, literalCatalog, { sheetName: "Prices" });
    expect(result.ok).toBe(false);
    expect(result.problems[0].cell).toBe(`Prices!E${r}`);
    expect(result.problems[0].message).toMatch(/must equal the previous tier's "to"/);
  });

  it("hostile names survive as data; without a base the grid alone makes a valid catalog", () => {
    const table = catalogToTable(newerCatalog, { generatedAt: GENERATED_AT });
    expect(table.rows.some((r) => r[2] === HOSTILE_NAMES[0])).toBe(true);
    const grid = sheetGrid(table);
    setCell(grid, "B2", "from-grid");
    const result = tableToCatalog(grid);
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(validateCatalog(result.catalog).ok).toBe(true);
    const hostile = result.catalog.products.ocr!.billingItems.find((b) => b.id === "ocr.hostile")!;
    expect(hostile.interfaces.map((i) => i.name)).toEqual([HOSTILE_NAMES[0], "@SUM(A1)", "<img onerror=alert(1)>"]);
    expect(result.catalog.products.ocr!.billingItems[0].packs).toContainEqual({ size: 100000, listPrice: null });
  });

  it("a grid without the table header says so", () => {
    expect(tableToCatalog([["hello"]], undefined, { sheetName: "S" })).toEqual({
      ok: false,
      problems: [{ cell: "S!A1", message: expect.stringMatching(/no table header/) }],
    });
  });
});
