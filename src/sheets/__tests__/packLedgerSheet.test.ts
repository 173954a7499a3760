import { GENERATED_AT, testRegistry } from "../../compare/__tests__/fixtures";
import { tableLayout } from "../../compare/layout";
import { packLedgerSheet } from "../../compare/packLedgerSheet";
import { writeComparisonSheet } from "../writeComparisonSheet";
import { createMockWorkbook } from "./excelMock";

describe("the Pack ledger written to a sheet (Office.js mock)", () => {
  test("36 months of live ledger cells in two syncs; calls and purchases stay values; money in ¥", async () => {
    const months = Array.from({ length: 36 }, (_, i) => 20000 + i * 1000);
    const purchases = [
      { month: 1, size: 100000, price: "3500" },
      { month: 13, size: 100000, price: "3500" },
    ];
    const table = packLedgerSheet(testRegistry(), "IDCardOCR", months, purchases, "literal-test", {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const book = createMockWorkbook(["Sheet1"]);
    const stats = await writeComparisonSheet(table, { excel: book.excel });
    expect(stats.syncs).toBe(2);
    const sheet = book.cells.get(stats.sheetName)!;
    const { firstDataRow, lastDataRow, totalsRow } = tableLayout(table);
    const ledger = `TCLOUD.OCR_PACK_LEDGER($B$2,$B$${firstDataRow}:$B$${lastDataRow},$B$7:$D$8,"literal-test")`;
    expect(sheet.get("B2")).toMatchObject({ value: "IDCardOCR", formula: null });
    expect(sheet.get("D8")).toMatchObject({ value: 3500, formula: null, numberFormat: "¥#,##0.00##" });
    expect(sheet.get(`B${firstDataRow}`)).toMatchObject({ value: 20000, formula: null });
    expect(sheet.get(`C${firstDataRow}`)!.formula).toBe(`=INDEX(${ledger},2,3)`);
    expect(sheet.get(`H${lastDataRow}`)!.formula).toBe(`=INDEX(${ledger},37,8)`);
    expect(sheet.get(`G${totalsRow}`)!.formula).toBe(`=INDEX(${ledger},38,7)`);
    expect(sheet.get(`G${firstDataRow}`)!.numberFormat).toBe("¥#,##0.00##");
    expect(sheet.get(`I${firstDataRow}`)!.numberFormat).toBe("#,##0");
    // Paid and the balance's value follow edits of the purchases and the calls.
    expect(sheet.get("D9")).toMatchObject({ formula: "=SUM($D$7:$D$8)", numberFormat: "¥#,##0.00##" });
    expect(sheet.get("D10")!.formula).toBe(`=D9-G${totalsRow}-H${totalsRow}`);
    expect(book.log.tables[0].address).toBe(`A${firstDataRow - 1}:I${lastDataRow}`);
  });
});
