import { cheapestPlan } from "../../core/plan";
import { failureKind as kindOf, literalOcr } from "../../core/__tests__/fixtures";
import { resolveItem } from "../../core/resolve";
import { tableLayout } from "../layout";
import { scenario } from "../scenario";
import { SCENARIO_WORDS } from "../scenarioWords";
import { isErrorCell } from "../types";
import { GENERATED_AT, testRegistry } from "./fixtures";

describe("scenario", () => {
  const registry = testRegistry();
  const table = scenario(
    registry,
    [
      { api: "身份证识别", start: 25000 },
      { api: "人员搜索", start: 3_000_000 },
    ],
    ["literal-test", "literal-new"],
    { growth: "0.08", months: 3, liveFormulas: true, generatedAt: GENERATED_AT },
  );
  // Columns: interface | month | calls | per version: postpaid only, packs bought, packs, pack calls, with plan, saving.
  const version = (row: readonly unknown[], v: number) => row.slice(3 + 6 * v, 9 + 6 * v);

  test("one row per item and month; volumes by the growth rule; each version's six figures", () => {
    expect(table.rows.map((r) => r.slice(0, 3))).toEqual([
      ["身份证识别", 1, 25000],
      ["身份证识别", 2, 27000],
      ["身份证识别", 3, 29160],
      ["人员搜索", 1, 3_000_000],
      ["人员搜索", 2, 3_240_000],
      ["人员搜索", 3, 3_499_200],
    ]);
    // (25000 − 1000) × 0.10 = 2400 postpaid only; the plan buys one 10万 pack (5,000) for the
    // 78,160 calls the three months need after the free quota, cheaper than 7,816 postpaid.
    expect(version(table.rows[0], 0)).toEqual([2400, "1 × 100,000", 5000, 24000, 5000, -2600]);
    expect(version(table.rows[1], 0)).toEqual([2600, null, null, 26000, 0, 2600]);
    expect(version(table.rows[2], 0)).toEqual([2816, null, null, 28160, 0, 2816]);
    // The later version's 1万 pack at 800 … its packs: eight 1万 packs beat one 10万 pack there.
    expect(version(table.rows[0], 1)[1]).toBe("8 × 10,000");
    // Face (no packs in this catalog): (3,240,000 − 10,000) × 0.003 = 9,690, the same with the plan.
    expect(version(table.rows[4], 0)).toEqual([9690, null, null, 0, 9690, 0]);
  });

  test("the totals add the months, and the plan's months equal cheapestPlan over the block", () => {
    const plan = cheapestPlan(literalOcr, resolveItem(literalOcr, "身份证识别"), [25000, 27000, 29160]);
    expect(plan.total.toFixed()).toBe("5000");
    expect(table.totals!.slice(0, 3)).toEqual(["total", null, 9_820_360]);
    // 2400 + 2600 + 2816 + 9568 + 9690 + 10467.6 = 37541.6; with plan 5000 + 9568 + 9690 + 10467.6
    expect(version(table.totals!, 0)).toEqual([37541.6, null, 5000, 78160, 34725.6, 2816]);
    for (const v of [0, 1])
      for (const k of [0, 2, 3, 4, 5]) {
        const sum = table.rows.reduce((s, r) => s + ((version(r, v)[k] as number | null) ?? 0), 0);
        expect(version(table.totals!, v)[k]).toBeCloseTo(sum, 9);
      }
  });

  test("live formulas: costs over the calls and pack calls cells, totals as SUM", () => {
    const layout = tableLayout(table);
    const r = layout.firstDataRow;
    expect(table.formulas![0].slice(3, 9)).toEqual([
      `=TCLOUD.OCR_COST(A${r},C${r},0,"literal-test")`,
      null,
      null,
      null,
      `=F${r}+TCLOUD.OCR_COST(A${r},C${r},G${r},"literal-test")`,
      `=D${r}-H${r}`,
    ]);
    expect(table.formulas![3][3]).toBe(`=TCLOUD.FACE_COST(A${r + 3},C${r + 3},0,"literal-test")`);
    expect(table.totalsFormulas![3]).toBe(`=SUM(D${r}:D${layout.lastDataRow})`);
    expect(table.totalsFormulas![4]).toBeNull();
    const values = scenario(registry, [{ api: "身份证识别", start: 1 }], ["literal-test"], {
      growth: 0,
      months: 1,
      liveFormulas: false,
    });
    expect(values.formulas).toBeUndefined();
  });

  test("a name one version lacks is an error in that version's cells with a note; a contact-sales month too", () => {
    const t = scenario(registry, [{ api: "增值税发票核验", start: 2_000_000 }], ["literal-test", "literal-new"], {
      growth: "0",
      months: 2,
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const newer = version(t.rows[0], 1);
    expect(newer.filter((c) => isErrorCell(c)).length).toBe(5);
    expect(t.formulas![0].slice(9, 15)).toEqual([null, null, null, null, null, null]);
    expect(t.notes!.join("\n")).toMatch(/#VALUE! \(row 7\): "增值税发票核验" is not an OCR interface/);
    expect(isErrorCell(version(t.totals!, 1)[0])).toBe(true);
  });

  test("two names of one billing item, bad growth, months and versions are failures saying what to type", () => {
    const lines = [
      { api: "人脸搜索", start: 1 },
      { api: "人员搜索", start: 2 },
    ];
    const run =
      (over: object, l = lines, versions = ["literal-test"]) =>
      () =>
        scenario(registry, l, versions, { growth: "0.08", months: 12, liveFormulas: false, ...over });
    expect(kindOf(run({}))).toBe("scenario-shared-item");
    expect(kindOf(run({ growth: "-2" }, [lines[0]]))).toBe("bad-growth");
    expect(kindOf(run({ growth: "8%" }, [lines[0]]))).toBe("bad-growth"); // the readers turn 8% into 0.08
    expect(kindOf(run({ growth: Number.NaN }, [lines[0]]))).toBe("bad-growth");
    expect(kindOf(run({ months: 37 }, [lines[0]]))).toBe("scenario-months");
    expect(kindOf(run({}, [lines[0]], []))).toBe("no-versions");
    expect(kindOf(run({}, [lines[0]], ["literal-test", "literal-test"]))).toBe("version-twice");
    expect(kindOf(run({}, []))).toBe("missing-argument");
  });

  test("Chinese words from the word table, both languages with the same keys", () => {
    const zh = scenario(registry, [{ api: "身份证识别", start: 25000 }], ["literal-test"], {
      growth: "0.08",
      months: 1,
      liveFormulas: false,
      lang: "zh",
    });
    expect(zh.sheetName).toBe("用量情景");
    expect(zh.columns.slice(0, 4)).toEqual(["接口", "月份", "调用量", "literal-test 纯后付费（元）"]);
    expect(zh.headerBlock[3][1]).toBe("1 个计费项 × 1 个月，用量每月增长 8%");
    expect(Object.keys(SCENARIO_WORDS.zh).sort()).toEqual(Object.keys(SCENARIO_WORDS.en).sort());
  });

  test("every word is non-empty in both languages; the Chinese ones hold no English word but function names", () => {
    const texts = (lang: "en" | "zh"): string[] =>
      Object.values(SCENARIO_WORDS[lang]).flatMap((word: unknown) =>
        typeof word === "function"
          ? [(word as (...a: unknown[]) => string)(12, 3, "8%")]
          : typeof word === "object"
            ? Object.values(word as Record<string, string>)
            : [word as string],
      );
    for (const text of [...texts("en"), ...texts("zh")]) expect(text.trim()).not.toBe("");
    for (const text of texts("zh"))
      expect(text.replace(/TCLOUD\.|(OCR|FACE)_COST|ROUND|Excel/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });
});
