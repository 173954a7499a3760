import type { MessageLang } from "../core/messages";

/** Every word of the "Scenario" sheet, in English and Chinese. */
export interface ScenarioWords {
  readonly sheetName: string;
  readonly title: string;
  readonly versionsCompared: string;
  readonly vs: string;
  readonly generatedAt: string;
  readonly from: string;
  /** "2 items × 12 months, growing 8% a month". */
  readonly source: (items: number, months: number, growth: string) => string;
  readonly columns: { readonly api: string; readonly month: string; readonly calls: string };
  readonly postpaidOnly: (version: string) => string;
  readonly packsBought: (version: string) => string;
  readonly packCost: (version: string) => string;
  readonly packCalls: (version: string) => string;
  readonly withPlan: (version: string) => string;
  readonly saving: (version: string) => string;
  readonly total: string;
  readonly growthNote: string;
  readonly planNote: (blockMonths: number) => string;
  readonly liveNote: string;
  readonly noPackNote: (version: string) => string;
}

const count = (n: number): string => n.toLocaleString("en-US");
const plural = (n: number, one: string, many: string): string => `${count(n)} ${n === 1 ? one : many}`;

const EN: ScenarioWords = {
  sheetName: "Scenario",
  title: "Scenario: growing volume, postpaid only vs the cheapest pack plan",
  versionsCompared: "versions compared",
  vs: " vs ",
  generatedAt: "generated at",
  from: "from",
  source: (items, months, growth) =>
    `${plural(items, "item", "items")} × ${plural(months, "month", "months")}, volume growing ${growth} a month`,
  columns: { api: "interface", month: "month", calls: "calls" },
  postpaidOnly: (v) => `${v} postpaid only (CNY)`,
  packsBought: (v) => `${v} packs bought`,
  packCost: (v) => `${v} packs (CNY)`,
  packCalls: (v) => `${v} pack calls used`,
  withPlan: (v) => `${v} with plan (CNY)`,
  saving: (v) => `${v} saving (CNY)`,
  total: "total",
  growthNote:
    "Volumes: month m has start × (1 + growth)^(m − 1) calls, computed exactly and rounded to the nearest whole call, halves up (Excel's ROUND(x, 0)).",
  planNote: (block) =>
    `Plan: the packs of each ${block}-month block (months 1–${block}, ${block + 1}–${2 * block}, …) are bought at the start of its first month, valid ${block} months, used after each month's free quota; the cheapest such packs at list prices (刊例价), the exact optimum per block. "with plan" is the packs bought that month plus the postpaid cost after them; "saving" is postpaid only minus with plan.`,
  liveNote:
    "Cost cells are live TCLOUD.OCR_COST / FACE_COST formulas over the calls and pack calls cells; the packs bought and pack calls are values from the plan.",
  noPackNote: (v) =>
    `${v}: no pack is bought in this scenario (the items have none, or none is worth buying), so with plan is postpaid only.`,
};

const ZH: ScenarioWords = {
  sheetName: "用量情景",
  title: "用量情景：用量增长时，纯后付费与最省资源包方案对比",
  versionsCompared: "对比的版本",
  vs: " 对比 ",
  generatedAt: "生成时间",
  from: "来源",
  source: (items, months, growth) => `${count(items)} 个计费项 × ${count(months)} 个月，用量每月增长 ${growth}`,
  columns: { api: "接口", month: "月份", calls: "调用量" },
  postpaidOnly: (v) => `${v} 纯后付费（元）`,
  packsBought: (v) => `${v} 购买资源包`,
  packCost: (v) => `${v} 资源包（元）`,
  packCalls: (v) => `${v} 资源包抵扣量`,
  withPlan: (v) => `${v} 按方案（元）`,
  saving: (v) => `${v} 节省（元）`,
  total: "合计",
  growthNote:
    "用量：第 m 个月的调用量 = 起始用量 × (1 + 增长率)^(m − 1)，精确计算后四舍五入到整次（即 Excel 的 ROUND(x, 0)）。",
  planNote: (block) =>
    `方案：每 ${block} 个月为一段（第 1–${block} 个月、第 ${block + 1}–${2 * block} 个月……），该段的资源包在段首月初购买，有效期 ${block} 个月，每月先用免费额度再用资源包；按刊例价取最省的资源包组合（每段精确最优）。“按方案”为当月购买资源包的费用加扣除资源包后的后付费；“节省”为纯后付费减按方案。`,
  liveNote:
    "费用单元格是引用调用量和资源包抵扣量单元格的 TCLOUD.OCR_COST / FACE_COST 实时公式；购买的资源包和资源包抵扣量是方案给出的数值。",
  noPackNote: (v) => `${v}：此情景下不购买资源包（这些计费项没有资源包，或买了也不省），因此按方案即纯后付费。`,
};

export const scenarioWords = (lang: MessageLang = "en"): ScenarioWords => (lang === "zh" ? ZH : EN);
export const SCENARIO_WORDS: Readonly<Record<MessageLang, ScenarioWords>> = { en: EN, zh: ZH };
