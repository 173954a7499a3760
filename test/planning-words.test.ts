import { loadFunctions } from "../src/cli/loadFunctions";
import { PLANNING_WORDS } from "../src/functions/planning";
import { DIST } from "./distFunctions";

type Table = (string | number)[][];

describe("OCR_PLAN and FACE_FREEZE_SCHEDULE speak Office's display language", () => {
  const zh = loadFunctions(DIST, { displayLanguage: "zh-CN" }).registered;
  const en = loadFunctions(DIST).registered;
  const months = [[25000], [25000], [25000]];

  test("zh-CN Excel: Chinese words, the same numbers as in English", () => {
    const zhPlan = zh.get("OCR_PLAN")!("身份证识别", months, null, null) as Table;
    const enPlan = en.get("OCR_PLAN")!("身份证识别", months, null, null) as Table;
    expect(zhPlan[0]).toEqual(["项目", "资源包规格", "数量", "费用（元）"]);
    expect(enPlan[0]).toEqual(["what", "pack size", "count", "cost (CNY)"]);
    expect(zhPlan.slice(1).map((r) => r.slice(1))).toEqual(enPlan.slice(1).map((r) => r.slice(1)));
    expect(zhPlan.at(-2)![0]).toBe("全部后付费");

    const zhFreeze = zh.get("FACE_FREEZE_SCHEDULE")!([[1000], [3000], [500]], null) as Table;
    expect(zhFreeze[0]).toEqual(["月份", "当月扣费", "结算后冻结", "解冻", "需备资金"]);
    expect(zhFreeze.at(-1)).toEqual(["峰值（第 2 月）", "", "", "", 6600]);
  });

  test("every word exists, non-empty, in both languages; the Chinese ones hold no English word", () => {
    const { en: english, zh: chinese } = PLANNING_WORDS;
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    const texts = (w: typeof english) =>
      Object.values(w).flatMap((v) => (typeof v === "function" ? [v(3)] : Array.isArray(v) ? v : [v])) as string[];
    for (const text of [...texts(english), ...texts(chinese)]) expect(text.trim()).not.toBe("");
    expect(english.packHeader.length).toBe(chinese.packHeader.length);
    expect(english.freezeHeader.length).toBe(chinese.freezeHeader.length);
    for (const text of texts(chinese)) expect(text).not.toMatch(/[A-Za-z]{2,}/);
  });
});
