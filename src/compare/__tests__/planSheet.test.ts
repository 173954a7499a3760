import { planSheet } from "../planSheet";
import { tableLayout } from "../layout";
import { GENERATED_AT, testRegistry } from "./fixtures";

describe("planSheet", () => {
  const registry = testRegistry();

  it("README example: 12 × 25,000 calls, 10万 packs at 3,500 → three packs, 10,500 vs 28,800", () => {
    const table = planSheet(
      registry,
      "身份证识别",
      Array(12).fill(25000),
      "literal-test",
      [{ size: 100000, price: "3500" }],
      { generatedAt: GENERATED_AT },
    );
    const block = table.headerBlock;
    expect(block).toContainEqual(["pack", 100000, 3, 10500]);
    expect(block).toContainEqual(["plan total", "", "", 10500]);
    expect(block).toContainEqual(["all postpaid", "", "", 28800]);
    expect(block).toContainEqual(["saving", "", "", 18300]);
    // month 1: 1,000 free, 24,000 from packs, 276,000 left, nothing postpaid; all postpaid: 24,000 × 0.10
    expect(table.rows[0]).toEqual([1, 25000, 1000, 24000, 276000, 0, 0, 24000, 2400]);
    expect(table.rows[11]).toEqual([12, 25000, 1000, 24000, 12000, 0, 0, 24000, 2400]);
    expect(table.totals).toEqual(["total", 300000, 12000, 288000, 12000, 0, 0, 288000, 28800]);
    expect(table.notes!.join("\n")).toMatch(/12,000 pack calls are left unused/);
    const layout = tableLayout(table);
    expect(layout.columnsRow).toBe(block.length + 2);
  });

  it("list prices when none are given; all-postpaid #N/A where a month is contact sales", () => {
    // 1,200,000 calls in one month: 联系商务 without packs; packs (10万 at 5,000 list) make it priced.
    const table = planSheet(registry, "IDCardOCR", [1_200_000], "literal-test", undefined, {
      generatedAt: GENERATED_AT,
    });
    expect(table.headerBlock).toContainEqual(["all postpaid", "", "", { error: "#N/A" }]);
    expect(table.rows[0][7]).toEqual({ error: "#N/A" });
    expect(table.rows[0][8]).toEqual({ error: "#N/A" });
    expect(table.notes!.join("\n")).toMatch(/#N\/A: without packs/);
  });

  it("rejects bad pack prices and unknown names", () => {
    expect(() => planSheet(registry, "身份证识别", [1000], "literal-test", [{ size: 100000, price: "abc" }])).toThrow(
      /price on row 1 of pack_prices must be a number/,
    );
    expect(() => planSheet(registry, "身份证识别", [1000], "literal-test", [{ size: 5000, price: 1 }])).toThrow(
      /no 5,000-call pack/,
    );
    expect(() => planSheet(registry, "nothing", [1000], "literal-test")).toThrow(/is not an OCR interface/);
  });
});

describe("planSheet in Chinese", () => {
  const registry = testRegistry();
  const args = [
    registry,
    "身份证识别",
    Array(12).fill(25000),
    "literal-test",
    [{ size: 100000, price: "3500.50" }],
  ] as const;
  const en = planSheet(...args, { generatedAt: GENERATED_AT });
  const zh = planSheet(...args, { generatedAt: GENERATED_AT, lang: "zh" });

  it("the same plan, every header, label and note in Chinese; the price paid quoted as typed", () => {
    expect(zh.rows).toEqual(en.rows);
    expect(zh.totals!.slice(1)).toEqual(en.totals!.slice(1));
    expect(zh.totals![0]).toBe("合计");
    expect(zh.sheetName).toBe("资源包方案 身份证识别");
    expect(zh.columns[0]).toBe("月份");
    expect(zh.headerBlock).toContainEqual(["方案合计", "", "", 10501.5]);
    expect(String(zh.headerBlock[3][1])).toContain("100,000 的资源包 3500.50 元");
    expect(String(en.headerBlock[3][1])).toContain("pack prices paid: 100,000 at 3500.50");
    expect(zh.notes!.join("\n")).toMatch(/预测结束时资源包还剩 12,000 次未用/);
    const words = [
      zh.title,
      ...zh.headerBlock.flatMap((r) => r.filter((c) => typeof c === "string")),
      ...zh.columns,
      ...zh.notes!,
    ];
    for (const text of words.map(String))
      expect([text, /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/.test(text)]).toEqual([text, false]);
  });
});
