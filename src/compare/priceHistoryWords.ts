import type { MessageLang } from "../core/messages";
import type { ItemModel } from "../core/model";

/** Every word of PRICE_HISTORY and the "Price history" sheet, in English and Chinese. */
export interface PriceHistoryWords {
  readonly title: string;
  readonly sheetName: string;
  readonly generatedAt: string;
  readonly items: string;
  readonly item: string;
  readonly version: string;
  readonly effectiveDate: string;
  readonly approx: string;
  readonly freeQuota: string;
  readonly packPriceKind: string;
  readonly promotional: string;
  readonly listPrice: string;
  /** Column head of a postpaid tier: the price of a month just above `from` units. */
  readonly above: (from: string) => string;
  /** Column head of a pack size. */
  readonly pack: (size: string) => string;
  readonly change: string;
  readonly first: string;
  readonly unchanged: string;
  readonly contactSales: string;
  readonly none: string;
  readonly status: Readonly<Record<ItemModel["status"]["kind"], string>>;
  readonly freeQuotaChange: string;
  /** "what: before → after", with the language's colon. */
  readonly labelled: (label: string, text: string) => string;
  /** Between the changes of one version ("; " in English, "；" in Chinese). */
  readonly changeSeparator: string;
  /** Between the item names of the sheet's header ("身份证识别, 人脸比对" / "身份证识别、人脸比对"). */
  readonly listSeparator: string;
  readonly source: (what: "postpaid" | "packs") => string;
}

const EN: PriceHistoryWords = {
  title: "Price history",
  sheetName: "Price history",
  generatedAt: "generated at",
  items: "items",
  item: "item",
  version: "version",
  effectiveDate: "effective date",
  approx: "(approx.)",
  freeQuota: "free a month",
  packPriceKind: "pack prices",
  promotional: "promotional (活动折扣价格)",
  listPrice: "list (刊例价)",
  above: (from) => `> ${from} a month`,
  pack: (size) => `pack of ${size}`,
  change: "change from the previous version",
  first: "first version",
  unchanged: "no change",
  contactSales: "联系商务 (contact sales)",
  none: "none",
  status: { priced: "priced", "free-beta": "free beta, no price published", "not-billed": "not billed" },
  freeQuotaChange: "free a month",
  labelled: (label, text) => `${label}: ${text}`,
  changeSeparator: "; ",
  listSeparator: ", ",
  source: (what) =>
    `every mainland catalog version that knows the item, oldest first (TCLOUD.PRICE_HISTORY, ${what === "packs" ? "pack prices" : "unit price of each tier as printed"})`,
};

const ZH: PriceHistoryWords = {
  title: "价格历史",
  sheetName: "价格历史",
  generatedAt: "生成时间",
  items: "计费项",
  item: "计费项",
  version: "版本",
  effectiveDate: "生效日期",
  approx: "（约）",
  freeQuota: "每月免费额度",
  packPriceKind: "资源包价格",
  promotional: "活动折扣价格",
  listPrice: "刊例价",
  above: (from) => `每月 > ${from}`,
  pack: (size) => `${size} 资源包`,
  change: "相对上一版本的变化",
  first: "第一个版本",
  unchanged: "无变化",
  contactSales: "联系商务",
  none: "无",
  status: { priced: "计费", "free-beta": "免费公测，未公布价格", "not-billed": "不计费" },
  freeQuotaChange: "每月免费额度",
  labelled: (label, text) => `${label}：${text}`,
  changeSeparator: "；",
  listSeparator: "、",
  source: (what) =>
    `知道该计费项的所有中国大陆价格目录版本，按时间先后（TCLOUD.PRICE_HISTORY，${what === "packs" ? "资源包价格" : "各阶梯单价，按价格表"}）`,
};

export const priceHistoryWords = (lang: MessageLang = "en"): PriceHistoryWords => (lang === "zh" ? ZH : EN);
