import { volumeLadder } from "../ladder";
import { GENERATED_AT, testRegistry } from "./fixtures";

describe("volumeLadder", () => {
  const registry = testRegistry();
  const table = volumeLadder(
    registry,
    ["身份证识别"],
    [10000, 9999, 2_000_000, 0, 9999],
    ["literal-test", "literal-new"],
    { generatedAt: GENERATED_AT },
  );

  it("cost and tier unit price at each volume (ascending, once each), per version", () => {
    expect(table.rows.map((r) => r[1])).toEqual([0, 9999, 10000, 2_000_000]);
    expect(table.rows[0].slice(2, 5)).toEqual([0, 0.15, null]);
    // (9999 − 1000) × 0.15 = 1349.85; under the later version × 0.12 = 1079.88
    expect(table.rows[1].slice(2, 5)).toEqual([1349.85, 0.15, "10,000 calls cost 900"]);
    expect(table.rows[1].slice(5, 8)).toEqual([1079.88, 0.12, "10,000 calls cost 900"]);
    // (10000 − 1000) × 0.10 = 900: the cliff
    expect(table.rows[2].slice(2, 5)).toEqual([900, 0.1, "cliff: cheaper than 9,999"]);
  });

  it("no volumes given: both sides of every tier edge, from the tier module (2020 face: after the free quota)", () => {
    const ocr = volumeLadder(registry, ["身份证识别"], [], ["literal-test"], { generatedAt: GENERATED_AT });
    expect(ocr.rows.map((r) => r[1])).toEqual([9999, 10000, 99999, 100000, 999999, 1000000]);
    expect(ocr.headerBlock[3][1]).toMatch(/tier edges \(6 volumes\)/);
    // The face fixture picks the tier by the postpaid remainder, with 10,000 free calls; (from, to] bounds.
    const face = volumeLadder(registry, ["人员搜索"], [], ["literal-test"], { generatedAt: GENERATED_AT });
    expect(face.rows.map((r) => r[1])).toEqual([3_010_000, 3_010_001, 15_010_000, 15_010_001]);
  });

  it("contact-sales volume is #N/A with the reason, never 0", () => {
    expect(table.rows[3].slice(2, 5)).toEqual([{ error: "#N/A" }, { error: "#N/A" }, null]);
    expect(table.rows[3].slice(5, 7)).toEqual([1_999_000 * 0.04, 0.04]);
    expect(table.notes!.join("\n")).toMatch(
      /#N\/A \(row 10\): 身份证识别 has no list price for 1,000,000 and above calls a month in catalog literal-test/,
    );
    expect(table.notes![0]).toMatch(/阶梯到达/);
  });

  it("face names are found in Face Recognition; unknown names are #VALUE!", () => {
    const face = volumeLadder(registry, ["人员搜索", "no such thing"], [3_010_000, 3_010_001], ["literal-test"], {
      generatedAt: GENERATED_AT,
    });
    // postpaid basis, (0, 3,000,000] upper-inclusive: 3,000,000 postpaid → 0.0032; 3,000,001 → 0.003
    expect(face.rows[0].slice(2, 4)).toEqual([9600, 0.0032]);
    expect(face.rows[1].slice(2, 5)).toEqual([9000.003, 0.003, "cliff: cheaper than 3,010,000"]);
    expect(face.rows[2][2]).toEqual({ error: "#VALUE!" });
  });
});

describe("volumeLadder in Chinese", () => {
  const registry = testRegistry();
  const zh = volumeLadder(registry, ["身份证识别"], [9999, 10000], ["literal-test"], {
    generatedAt: GENERATED_AT,
    lang: "zh",
  });

  it("has Chinese headers, sheet name, marks and notes, with the same numbers as in English", () => {
    expect(zh.sheetName).toBe("用量阶梯");
    expect(zh.columns).toEqual([
      "接口",
      "月用量",
      "literal-test 费用（元）",
      "literal-test 单价（元）",
      "literal-test 用量更多反而更省",
    ]);
    expect(zh.rows[0].slice(2, 5)).toEqual([1349.85, 0.15, "10,000 次只需 900 元"]);
    expect(zh.rows[1].slice(2, 5)).toEqual([900, 0.1, "阶梯落差：比 9,999 更便宜"]);
    expect(zh.notes?.[0]).toMatch(/^阶梯到达：.*2 处/);
    // Nothing English but ids, names and numbers.
    const words = [
      zh.sheetName,
      zh.title,
      ...zh.headerBlock.flat(),
      ...zh.columns,
      ...zh.rows.flat(),
      ...(zh.notes ?? []),
    ]
      .filter((v): v is string => typeof v === "string")
      .map((v) => v.replace(/literal-test|\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, ""));
    for (const text of words) expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('English counts agree in number (no "point(s)")', () => {
    const en = volumeLadder(registry, ["身份证识别"], [9999, 10000], ["literal-test"], { generatedAt: GENERATED_AT });
    expect(en.notes?.[0]).toMatch(/at 2 points more volume/);
    expect(en.headerBlock[3][1]).toBe("1 interface × 2 volumes; no prepaid packs");
  });
});
