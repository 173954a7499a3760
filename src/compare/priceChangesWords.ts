import type { MessageLang } from "../core/messages";
import type { CountedUnit, ProductKind, TierBasis } from "../core/model";
import { countIn, wordsOf, type Bilingual } from "./wordKit";

export type ChangeStatus = "unchanged" | "changed" | "added" | "removed";

/** Every word of the "Price changes" sheet, in English and Chinese. */
export interface PriceChangesWords {
  readonly sheetName: (a: string, b: string) => string;
  readonly title: (a: string, b: string) => string;
  readonly versionsCompared: string;
  readonly compared: (a: string, aTitle: string, b: string, bTitle: string) => string;
  readonly generatedAt: string;
  readonly from: string;
  readonly source: (a: string, b: string, products: readonly ProductKind[]) => string;
  readonly columns: (a: string, b: string) => readonly string[];
  /** The product column's value: the product's code in English (ocr, face), its name in Chinese. */
  readonly productCell: Readonly<Record<ProductKind, string>>;
  readonly status: Readonly<Record<ChangeStatus, string>>;
  /** "postpaid [1,000, 10,000) calls/month (per call)": `range` is already worded. */
  readonly tierLine: (range: string, unit: CountedUnit) => string;
  readonly packLine: (size: number, unit: CountedUnit) => string;
  readonly quotaLine: (unit: CountedUnit) => string;
  readonly boundsNote: (before: string, after: string) => string;
  readonly renamedNote: (name: string) => string;
  readonly noteSeparator: string;
  readonly noPricesNote: (id: string, product: ProductKind, status: "added" | "removed") => string;
  readonly basisNote: (product: ProductKind, before: TierBasis, after: TierBasis) => string;
  readonly countsNote: (counts: Readonly<Record<ChangeStatus, number>>) => string;
}

const PRODUCT_EN: Readonly<Record<ProductKind, string>> = { ocr: "OCR", face: "Face Recognition" };
const PRODUCT_ZH: Readonly<Record<ProductKind, string>> = { ocr: "文字识别", face: "人脸识别" };
const UNIT_EN: Readonly<Record<CountedUnit, { readonly one: string; readonly many: string }>> = {
  call: { one: "call", many: "calls" },
  image: { one: "image", many: "images" },
};
const UNIT_ZH: Readonly<Record<CountedUnit, string>> = { call: "次", image: "张" };

const BASIS_ZH: Readonly<Record<TierBasis, string>> = { total: "全部调用量", postpaid: "后付费用量" };

const EN: PriceChangesWords = {
  sheetName: (a, b) => `Changes ${a} vs ${b}`,
  title: (a, b) => `Price changes: ${a} → ${b}`,
  versionsCompared: "versions compared",
  compared: (a, aTitle, b, bTitle) => `${a} (${aTitle}) → ${b} (${bTitle})`,
  generatedAt: "generated at",
  from: "from",
  source: (a, b, products) => `catalog versions ${a}, ${b}; ${products.map((k) => PRODUCT_EN[k]).join(", ")}`,
  columns: (a, b) => ["product", "item id", "billing item", "what", a, b, "change", "change %", "status", "note"],
  productCell: { ocr: "ocr", face: "face" },
  status: { unchanged: "unchanged", changed: "changed", added: "added", removed: "removed" },
  tierLine: (range, unit) => `postpaid ${range} ${UNIT_EN[unit].many}/month (per ${UNIT_EN[unit].one})`,
  packLine: (size, unit) => `pack of ${countIn("en", size)} ${UNIT_EN[unit][size === 1 ? "one" : "many"]} (list price)`,
  quotaLine: (unit) => `monthly free quota (${UNIT_EN[unit].many})`,
  boundsNote: (before, after) => `bounds ${before} → ${after}`,
  renamedNote: (name) => `renamed from ${name}`,
  noteSeparator: "; ",
  noPricesNote: (id, product, status) =>
    `${id} has no ${PRODUCT_EN[product]} prices: every ${PRODUCT_EN[product]} line is "${status}".`,
  basisNote: (product, before, after) =>
    `${PRODUCT_EN[product]}: the volume that picks the tier changed from "${before}" to "${after}".`,
  countsNote: (c) =>
    `${countIn("en", c.changed)} changed, ${countIn("en", c.added)} added, ${countIn("en", c.removed)} removed, ${countIn("en", c.unchanged)} unchanged.`,
};

const ZH: PriceChangesWords = {
  sheetName: (a, b) => `价格变化 ${a} 对比 ${b}`,
  title: (a, b) => `价格变化：${a} → ${b}`,
  versionsCompared: "对比的版本",
  compared: (a, aTitle, b, bTitle) => `${a}（${aTitle}）→ ${b}（${bTitle}）`,
  generatedAt: "生成时间",
  from: "来源",
  source: (a, b, products) => `价格目录版本 ${a}、${b}；${products.map((k) => PRODUCT_ZH[k]).join("、")}`,
  columns: (a, b) => ["产品", "计费项 ID", "计费项", "项目", a, b, "变化", "变化率", "状态", "备注"],
  productCell: PRODUCT_ZH,
  status: { unchanged: "未变", changed: "变化", added: "新增", removed: "删除" },
  tierLine: (range, unit) => `后付费 每月 ${range} ${UNIT_ZH[unit]}（单价，元/${UNIT_ZH[unit]}）`,
  packLine: (size, unit) => `${countIn("zh", size)} ${UNIT_ZH[unit]}资源包（刊例价）`,
  quotaLine: (unit) => `每月免费额度（${UNIT_ZH[unit]}）`,
  boundsNote: (before, after) => `阶梯边界 ${before} → ${after}`,
  renamedNote: (name) => `原名 ${name}`,
  noteSeparator: "；",
  noPricesNote: (id, product, status) =>
    `${id} 没有${PRODUCT_ZH[product]}价格：所有${PRODUCT_ZH[product]}行均为“${ZH.status[status]}”。`,
  basisNote: (product, before, after) =>
    `${PRODUCT_ZH[product]}：决定阶梯的用量从“${BASIS_ZH[before]}”变为“${BASIS_ZH[after]}”。`,
  countsNote: (c) =>
    `变化 ${countIn("zh", c.changed)}，新增 ${countIn("zh", c.added)}，删除 ${countIn("zh", c.removed)}，未变 ${countIn("zh", c.unchanged)}。`,
};

export const PRICE_CHANGES_WORDS: Bilingual<PriceChangesWords> = { en: EN, zh: ZH };
export const priceChangesWords: (lang?: MessageLang) => PriceChangesWords = wordsOf(PRICE_CHANGES_WORDS);
