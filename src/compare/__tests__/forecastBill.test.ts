import fc from "fast-check";
import { sharedRegistry } from "../../catalog/embedded";
import { usageBill } from "../../core/bill";
import { PricingError } from "../../core/errors";
import { cellNumber } from "../../core/cellNumber";
import { forecast } from "../forecast";
import { excelErrorOf } from "../../functions/excelErrors";

/** A forecast total is a bill: per version, it equals OCR_BILL of the same lines. */
describe("forecast totals equal the bill of the same lines", () => {
  const registry = sharedRegistry();
  const versions = ["tencent-current", "tencent-2021-ocr", "tencent-2019-ocr"];
  const names = [
    "身份证识别",
    "IDCardOCR",
    "驾驶证识别",
    "行驶证识别",
    "DriverLicenseOCR",
    "银行卡识别",
    "通用印刷体识别",
  ];

  test("the issue's example: 驾驶证 6000 + 行驶证 5000 + IDCardOCR 1500 total 1,075, not 1,425", () => {
    const lines = [
      { api: "驾驶证识别", volume: 6000 },
      { api: "行驶证识别", volume: 5000 },
      { api: "IDCardOCR", volume: 1500 },
    ];
    const table = forecast(registry, lines, ["tencent-current"], { liveFormulas: false });
    expect(table.totals![4]).toBe(1075);
    expect(table.rows.slice(0, 3).map((r) => r[4])).toEqual([750, 600, 75]);
    expect(table.rows[3][4]).toBe(-350);
  });

  test("property: every version's total is usageBill's total (or the same error)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            api: fc.constantFrom(...names),
            volume: fc.integer({ min: 0, max: 400_000 }),
            prepaid: fc.integer({ min: 0, max: 20_000 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (lines) => {
          const table = forecast(registry, lines, versions, { liveFormulas: false, product: "ocr" });
          versions.forEach((version, v) => {
            let expected: number | { error: string };
            try {
              const product = registry.product("ocr", version);
              const bill = usageBill(
                product,
                lines.map((l) => ({ name: l.api, calls: l.volume, prepaid: l.prepaid })),
              );
              expected = cellNumber(bill.total);
            } catch (error) {
              if (!(error instanceof PricingError)) throw error;
              expected = { error: excelErrorOf(error.failure) };
            }
            expect([version, table.totals![4 + v]]).toEqual([version, expected]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
