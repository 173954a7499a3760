import type { MessageLang } from "../core/messages";
import type { CountedUnit, ProductKind } from "../core/model";
import { PACK_TABLE_WORDS, type PackTableWords } from "./packTableWords";
import { countIn, plural, wordsOf, type Bilingual } from "./wordKit";

/** Every word of the Plan sheet (and the pack table OCR_PLAN spills), in English and Chinese. */
export interface PlanWords extends PackTableWords {
  readonly sheetName: (item: string) => string;
  readonly title: (api: string, catalogId: string) => string;
  readonly heading: (api: string, item: string, catalogId: string) => string;
  readonly versionsCompared: string;
  readonly compared: (catalogId: string, product: ProductKind) => string;
  readonly generatedAt: string;
  readonly from: string;
  readonly source: (months: number, unit: CountedUnit, validity: number, paid: string | null) => string;
  /** "100,000 at 3500": one pack price the user gave, as typed. */
  readonly paidPrice: (size: number, price: string) => string;
  readonly listSeparator: string;
  readonly columns: (unit: CountedUnit) => readonly string[];
  readonly total: string;
  /** The pack table's sum of the packs bought (its other words: PackTableWords). */
  readonly packs: string;
  readonly noPackNote: string;
  readonly allPostpaidNaNote: (item: string, catalogId: string) => string;
  readonly leftNote: (left: number, unit: CountedUnit, validity: number) => string;
  readonly unexpectedNote: string;
}

const PRODUCT_EN: Readonly<Record<ProductKind, string>> = { ocr: "OCR", face: "Face Recognition" };
const PRODUCT_ZH: Readonly<Record<ProductKind, string>> = { ocr: "文字识别", face: "人脸识别" };
const UNIT_EN: Readonly<Record<CountedUnit, string>> = { call: "calls", image: "images" };
const UNIT_ZH: Readonly<Record<CountedUnit, { readonly counted: string; readonly one: string }>> = {
  call: { counted: "调用量", one: "次" },
  image: { counted: "图片量", one: "张" },
};

const EN: PlanWords = {
  sheetName: (item) => `Plan ${item}`,
  title: (api, id) => `Plan: ${api} under ${id}`,
  heading: (api, item, id) => `Plan: ${api} (${item}) under ${id}`,
  versionsCompared: "versions compared",
  compared: (id, product) => `${id} (${PRODUCT_EN[product]}): the cheapest pack plan vs all postpaid`,
  generatedAt: "generated at",
  from: "from",
  source: (months, unit, validity, paid) =>
    `${plural(months, "month", "months")} of forecast ${UNIT_EN[unit]}; packs bought at the start of month 1, valid ${plural(validity, "month", "months")}, used after each month's free quota; ${paid === null ? "list prices (刊例价)" : `pack prices paid: ${paid}`}`,
  paidPrice: (size, price) => `${countIn("en", size)} at ${price}`,
  listSeparator: ", ",
  columns: (unit) => [
    "month",
    UNIT_EN[unit],
    "free quota",
    "from packs",
    `pack ${UNIT_EN[unit]} left`,
    `postpaid ${UNIT_EN[unit]}`,
    "postpaid (CNY)",
    `all postpaid: postpaid ${UNIT_EN[unit]}`,
    "all postpaid (CNY)",
  ],
  total: "total",
  ...PACK_TABLE_WORDS.en,
  packs: "packs",
  noPackNote: "No pack is worth buying for this forecast: all postpaid is cheapest.",
  allPostpaidNaNote: (item, id) =>
    `#N/A: without packs some month reaches a tier of ${item} with no list price (联系商务) in ${id}.`,
  leftNote: (left, unit, validity) =>
    `${countIn("en", left)} pack ${left === 1 ? unit : UNIT_EN[unit]} ${left === 1 ? "is" : "are"} left unused at the end of the forecast (packs expire ${plural(validity, "month", "months")} after purchase).`,
  unexpectedNote: "Unexpected: the plan costs more than all postpaid.",
};

const ZH: PlanWords = {
  sheetName: (item) => `资源包方案 ${item}`,
  title: (api, id) => `资源包方案：${api}（${id}）`,
  heading: (api, item, id) => `资源包方案：${api}（${item}），价格目录 ${id}`,
  versionsCompared: "对比的版本",
  compared: (id, product) => `${id}（${PRODUCT_ZH[product]}）：最省的资源包方案对比全部后付费`,
  generatedAt: "生成时间",
  from: "来源",
  source: (months, unit, validity, paid) =>
    `${countIn("zh", months)} 个月的预测${UNIT_ZH[unit].counted}；资源包在第 1 个月初购买，有效期 ${countIn("zh", validity)} 个月，每月先用免费额度再用资源包；${paid === null ? "按刊例价" : `资源包实付价格：${paid}`}`,
  paidPrice: (size, price) => `${countIn("zh", size)} 的资源包 ${price} 元`,
  listSeparator: "、",
  columns: (unit) => [
    "月份",
    UNIT_ZH[unit].counted,
    "免费额度",
    "资源包抵扣",
    "资源包剩余",
    `后付费${UNIT_ZH[unit].counted}`,
    "后付费（元）",
    `全部后付费：后付费${UNIT_ZH[unit].counted}`,
    "全部后付费（元）",
  ],
  total: "合计",
  ...PACK_TABLE_WORDS.zh,
  packs: "资源包合计",
  noPackNote: "按此预测不值得购买资源包：全部后付费最省。",
  allPostpaidNaNote: (item, id) =>
    `#N/A：不买资源包时，有月份的用量达到 ${item} 在 ${id} 中没有刊例价的阶梯（联系商务）。`,
  leftNote: (left, unit, validity) =>
    `预测结束时资源包还剩 ${countIn("zh", left)} ${UNIT_ZH[unit].one}未用（资源包自购买起 ${countIn("zh", validity)} 个月后过期）。`,
  unexpectedNote: "异常：方案的费用高于全部后付费。",
};

export const PLAN_WORDS: Bilingual<PlanWords> = { en: EN, zh: ZH };
export const planWords: (lang?: MessageLang) => PlanWords = wordsOf(PLAN_WORDS);
