import { validateCatalog } from "../../catalog/validate";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { basedOnOf, catalogToTable, tableToCatalog } from "../catalogTable";
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

  it("in Chinese: headers, labels, row kinds, notes and sheet name; it reads back in either language", () => {
    const table = catalogToTable(literalCatalog, { generatedAt: GENERATED_AT, lang: "zh" });
    expect(table.sheetName).toBe(`价格目录 ${literalCatalog.id}`);
    expect(table.columns[0]).toBe("产品");
    expect(table.headerBlock.map((r) => r[0])).toContain("基于");
    expect(new Set(table.rows.map((r) => r[3]))).toEqual(new Set(["计费项", "免费额度", "阶梯", "资源包"]));
    expect(table.notes!.join("")).toMatch(/联系商务/);
    expect([table.title, ...table.columns, ...table.notes!].join(" ")).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
    const grid = sheetGrid(table);
    setCell(grid, "B2", "my-copy");
    expect(basedOnOf(grid)).toBe(literalCatalog.id);
    for (const lang of ["zh", "en"] as const) {
      const result = tableToCatalog(grid, literalCatalog, { sheetName: "价格", lang });
      expect(result.problems).toEqual([]);
      expect(result.ok && result.catalog).toEqual({ ...literalCatalog, id: "my-copy" });
    }
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

  it("a typed price is read exactly by the one number reader, or refused: never a different number", () => {
    const table = catalogToTable(literalCatalog, { generatedAt: GENERATED_AT });
    const layout = tableLayout(table);
    const row =
      layout.firstDataRow -
      1 +
      table.rows.findIndex((r) => r[1] === "ocr.id-card" && r[3] === "tier" && r[4] === 10000);
    const priced = (typed: CellValue) => {
      const grid = sheetGrid(table);
      grid[row][6] = typed;
      setCell(grid, "B2", "typed");
      const result = tableToCatalog(grid, literalCatalog);
      return result.ok
        ? result.catalog.products.ocr!.billingItems[0].postpaid.tiers[1].unitPrice
        : result.problems.map((p) => p.code);
    };
    expect(priced("¥0.0833")).toBe("0.0833");
    expect(priced("０．０８３３")).toBe("0.0833");
    expect(priced("1,200.5")).toBe("1200.5");
    expect(priced("9,99")).toEqual(["grid-not-number"]);
    expect(priced("-0.1")).toEqual(["grid-not-number"]);
    expect(priced("0.08 元")).toEqual(["grid-not-number"]);
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
      {
        cell: `'My Prices'!F${rowOf("ocr.id-card", "tier", 0)}`,
        code: "grid-not-number",
        message: 'to "ten" is not a number',
      },
      {
        cell: `'My Prices'!G${rowOf("ocr.id-card", "tier", 10000)}`,
        code: "grid-not-number",
        message: `unit price "abc" is not a number`,
      },
      {
        cell: `'My Prices'!E${rowOf("ocr.verify", "free quota")}`,
        code: "grid-not-count",
        message: "free quota -5 is not a whole, non-negative number",
      },
    ]);
    // The same problems for a Chinese reader: same cells and codes, the values quoted as typed.
    const zh = tableToCatalog(grid, literalCatalog, { sheetName: "My Prices", lang: "zh" });
    expect(zh.problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      [`'My Prices'!F${rowOf("ocr.id-card", "tier", 0)}`, "grid-not-number", "截止 “ten” 不是数字"],
      [`'My Prices'!G${rowOf("ocr.id-card", "tier", 10000)}`, "grid-not-number", "单价 “abc” 不是数字"],
      [`'My Prices'!E${rowOf("ocr.verify", "free quota")}`, "grid-not-count", "免费额度 -5 不是非负整数"],
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
      problems: [{ cell: "S!A1", code: "grid-no-header", message: expect.stringMatching(/no table header/) }],
    });
    expect(tableToCatalog([["hello"]], undefined, { sheetName: "S", lang: "zh" }).problems[0].message).toBe(
      "找不到表头：价目表需要以下列：产品、计费项 ID、计费项、行类型、起始 / 规格、截止、价格（元）、边界、接口 / 备注（请先导出一个版本）",
    );
  });
});
