import { recalculateTcloudFormulas } from "../recalculate";
import { createMockWorkbook } from "./excelMock";

describe("recalculateTcloudFormulas", () => {
  it("re-enters only TCLOUD formulas, in three syncs whatever their number, and nothing in an empty workbook", async () => {
    const empty = createMockWorkbook(["Sheet1"]);
    expect(await recalculateTcloudFormulas({ excel: empty.excel })).toEqual({ syncs: 2, cells: 0 });

    const book = createMockWorkbook(["Sheet1"]);
    const store = book.cells.get("Sheet1")!;
    for (let r = 1; r <= 2000; r++) store.set(`B${r}`, { value: 0, formula: `=TCLOUD.OCR_COST("身份证识别",A${r})` });
    store.set("C1", { value: "x", formula: '="TCLOUD.OCR_COST"' }); // text that mentions us: still a formula of ours by name
    store.set("D1", { value: 1, formula: "=A1" });
    const stats = await recalculateTcloudFormulas({ excel: book.excel });
    expect(stats.syncs).toBe(3);
    expect(stats.cells).toBe(2001);
    expect(book.log.formulaWrites).not.toContain("Sheet1!D1");
    expect(book.log.calculations).toEqual([]);
  });

  it("reports what failed", async () => {
    const book = createMockWorkbook(["Sheet1"]);
    book.failNextSync(new Error("GeneralException"));
    await expect(recalculateTcloudFormulas({ excel: book.excel })).rejects.toThrow(
      /Recalculating the TCLOUD formulas failed: GeneralException/,
    );
  });
});
