import { describeRange, fmtCount, unitWord, unitWordOne, type MessageLang } from "../core/messages";
import type { CountedUnit, TierBasis, TierBoundInclusive } from "../core/model";
import type { TierRef } from "../core/failure";
import type { PriceAdjustment } from "../catalog/types";
import { adjustmentText, bookSourceText } from "../catalog/adjustmentWords";

/** What a prepaid pack's price is: a price book's, or the catalog's promotional or list price. */
export type PackPriceKind = "contract" | "promotional" | "list";

/** Every word of the CATALOGS and PRICES tables, in English and Chinese (Office's display language). */
export interface ReferenceWords {
  readonly catalogsHeader: readonly string[];
  readonly approx: (date: string) => string;
  readonly catalogState: { readonly default: string; readonly builtIn: string; readonly loaded: string };
  readonly pricesHeader: readonly string[];
  readonly row: {
    readonly notBilled: string;
    readonly billingItem: string;
    readonly freeBeta: string;
    readonly postpaidTier: string;
    readonly freeQuota: string;
    readonly oneTimePack: string;
    readonly prepaidPack: string;
    readonly priceBook: string;
  };
  readonly contactSales: string;
  readonly notBilledNote: (item: string, catalogId: string, group: string) => string;
  readonly billingItemNote: (
    item: string,
    catalogId: string,
    interfaces: readonly string[],
    notBilled: readonly string[],
  ) => string;
  readonly freeBetaNote: (until: string | null) => string;
  readonly tierNote: (unit: CountedUnit, tier: TierRef, inclusive: TierBoundInclusive, basis: TierBasis) => string;
  readonly freeQuotaNote: (unit: CountedUnit, quota: number) => string;
  readonly oneTimePackNote: (validityMonths: number) => string;
  readonly packNote: (unit: CountedUnit, size: number, kind: PackPriceKind, validityMonths: number | null) => string;
  /** A price book's adjustment, its row's note ("on <base>: <terms>"), a price's list price in the base. */
  readonly adjustment: (adjustment: PriceAdjustment) => string;
  readonly bookNote: (basedOn: string, terms: string) => string;
  readonly inBase: (basedOn: string, price: string | null) => string;
  /** CATALOGS' source of a price book. */
  readonly bookSource: (basedOn: string, adjustments: readonly PriceAdjustment[]) => string;
}

const UNIT_ZH: Readonly<Record<CountedUnit, string>> = { call: "次", image: "张" };

const PACK_PRICE_EN: Readonly<Record<PackPriceKind, string>> = {
  contract: "contract price",
  promotional: "promotional price (活动折扣价格)",
  list: "list price (刊例价)",
};
const PACK_PRICE_ZH: Readonly<Record<PackPriceKind, string>> = {
  contract: "合同价",
  promotional: "活动折扣价格",
  list: "刊例价",
};

const EN: ReferenceWords = {
  catalogsHeader: ["id", "title", "OCR effective", "Face effective", "source", "default"],
  approx: (date) => `${date} (approx.)`,
  catalogState: { default: "default", builtIn: "built-in", loaded: "loaded" },
  pricesHeader: ["what", "from / size", "to", "price (CNY)", "note"],
  row: {
    notBilled: "not billed",
    billingItem: "billing item",
    freeBeta: "free beta",
    postpaidTier: "postpaid tier",
    freeQuota: "free quota",
    oneTimePack: "one-time free pack",
    prepaidPack: "prepaid pack",
    priceBook: "price book",
  },
  contactSales: "联系商务 (contact sales: no list price)",
  notBilledNote: (item, catalogId, group) =>
    `${item} is not billed (catalog ${catalogId}): only the billed interfaces of ${group} are charged`,
  billingItemNote: (item, catalogId, interfaces, notBilled) =>
    `${item} (catalog ${catalogId}; interfaces: ${interfaces.join(", ")}` +
    (notBilled.length > 0 ? `; not billed: ${notBilled.join(", ")}` : "") +
    ")",
  freeBetaNote: (until) =>
    `free public beta (免费公测)${until ? ` until ${until}` : ""}; no price published for after it`,
  tierNote: (unit, tier, inclusive, basis) =>
    `per ${unitWordOne(unit)}, ${describeRange(tier)} ${unitWord(unit)}/month (${inclusive === "lower" ? "lower bound included" : "upper bound included"}); the month's ${basis === "total" ? "total volume" : "postpaid remainder"} prices every postpaid ${unitWordOne(unit)} (阶梯到达)`,
  freeQuotaNote: (unit, quota) =>
    quota > 0 ? `${unitWord(unit)} free each calendar month; unused ones lapse` : "no monthly free quota",
  oneTimePackNote: (months) => `once per account, valid ${months} months`,
  packNote: (unit, size, kind, validity) =>
    `${PACK_PRICE_EN[kind]} of ${fmtCount(size)} ${unitWord(unit)}${validity ? `, valid ${validity} months` : ""}`,
  adjustment: (a) => adjustmentText(a, "en"),
  bookNote: (basedOn, terms) => `on ${basedOn}: ${terms}`,
  inBase: (basedOn, price) => `; in ${basedOn}: ${price ?? "联系商务"}`,
  bookSource: (basedOn, adjustments) => bookSourceText(basedOn, adjustments, "en"),
};

const ZH: ReferenceWords = {
  catalogsHeader: ["ID", "标题", "文字识别生效日期", "人脸识别生效日期", "来源", "状态"],
  approx: (date) => `${date}（约）`,
  catalogState: { default: "默认", builtIn: "内置", loaded: "已载入" },
  pricesHeader: ["项目", "起始量 / 规格", "截止量", "价格（元）", "备注"],
  row: {
    notBilled: "不计费",
    billingItem: "计费项",
    freeBeta: "免费公测",
    postpaidTier: "后付费阶梯",
    freeQuota: "免费额度",
    oneTimePack: "一次性免费资源包",
    prepaidPack: "预付费资源包",
    priceBook: "价格册",
  },
  contactSales: "联系商务（无刊例价）",
  notBilledNote: (item, catalogId, group) => `${item} 不计费（价格目录 ${catalogId}）：${group}只对其收费接口计费`,
  billingItemNote: (item, catalogId, interfaces, notBilled) =>
    `${item}（价格目录 ${catalogId}；接口：${interfaces.join("、")}` +
    (notBilled.length > 0 ? `；不计费：${notBilled.join("、")}` : "") +
    "）",
  freeBetaNote: (until) => `免费公测${until ? `（至 ${until}）` : ""}；公测结束后的价格未公布`,
  tierNote: (unit, tier, inclusive, basis) =>
    `每${UNIT_ZH[unit]}单价，每月 ${describeRange(tier, "zh")} ${UNIT_ZH[unit]}（${inclusive === "lower" ? "含下限" : "含上限"}）；按当月${basis === "total" ? "总用量" : "扣除资源包后的后付费用量"}所在阶梯为每一${UNIT_ZH[unit]}后付费用量计价（阶梯到达）`,
  freeQuotaNote: (unit, quota) => (quota > 0 ? `每个自然月免费的${UNIT_ZH[unit]}数；未用完的作废` : "没有每月免费额度"),
  oneTimePackNote: (months) => `每个账号一次，有效期 ${months} 个月`,
  packNote: (unit, size, kind, validity) =>
    `${fmtCount(size)} ${UNIT_ZH[unit]}资源包的${PACK_PRICE_ZH[kind]}${validity ? `，有效期 ${validity} 个月` : ""}`,
  adjustment: (a) => adjustmentText(a, "zh"),
  bookNote: (basedOn, terms) => `基于 ${basedOn}：${terms}`,
  inBase: (basedOn, price) => `；${basedOn} 中为 ${price ?? "联系商务"}`,
  bookSource: (basedOn, adjustments) => bookSourceText(basedOn, adjustments, "zh"),
};

export const REFERENCE_WORDS: Readonly<Record<MessageLang, ReferenceWords>> = { en: EN, zh: ZH };
