import type { MessageLang } from "../core/messages";
import type { ProductKind, TierBoundInclusive } from "../catalog/types";
import { wordsOf, type Bilingual } from "./wordKit";

export type CatalogColumn = "product" | "id" | "name" | "row" | "from" | "to" | "price" | "bounds" | "detail";
export type CatalogRowKind = "item" | "free-quota" | "tier" | "pack";
export type CatalogLabel = "id" | "title" | "generatedAt" | "from" | "basedOn" | "ocrDate" | "faceDate";

/**
 * Every word of the editable price table (a catalog exported as a sheet), in English and
 * Chinese. Reading a table back accepts either language's words, so a sheet exported in one
 * language loads in a pane that speaks the other.
 */
export interface CatalogTableWords {
  readonly sheetName: (id: string) => string;
  readonly title: (id: string) => string;
  readonly heading: (id: string) => string;
  readonly columns: Readonly<Record<CatalogColumn, string>>;
  readonly labels: Readonly<Record<CatalogLabel, string>>;
  readonly rowKinds: Readonly<Record<CatalogRowKind, string>>;
  readonly products: Readonly<Record<ProductKind, string>>;
  readonly bounds: Readonly<Record<TierBoundInclusive, string>>;
  readonly tierNote: string;
  readonly priceNote: (contactSales: string, separator: string) => string;
}

const EN: CatalogTableWords = {
  sheetName: (id) => `Catalog ${id}`,
  title: (id) => `Catalog ${id}`,
  heading: (id) =>
    `Catalog ${id} as an editable price table: change prices, give the version a new id, then load it from this sheet`,
  columns: {
    product: "product",
    id: "item id",
    name: "billing item",
    row: "row",
    from: "from / size",
    to: "to",
    price: "price (CNY)",
    bounds: "bounds",
    detail: "interfaces / note",
  },
  labels: {
    id: "catalog id",
    title: "title",
    generatedAt: "generated at",
    from: "from",
    basedOn: "based on",
    ocrDate: "ocr effective date",
    faceDate: "face effective date",
  },
  rowKinds: { item: "item", "free-quota": "free quota", tier: "tier", pack: "pack" },
  products: { ocr: "ocr", face: "face" },
  bounds: { lower: "lower", upper: "upper" },
  tierNote: `row "tier": from / to are calls (images) a month, to blank = no upper bound; bounds on the "item" row: lower = [from, to), upper = (from, to].`,
  priceNote: (contactSales, separator) =>
    `price ${contactSales} = no list price (contact sales). Interfaces are separated by "${separator}".`,
};

const ZH: CatalogTableWords = {
  sheetName: (id) => `价格目录 ${id}`,
  title: (id) => `价格目录 ${id}`,
  heading: (id) => `价格目录 ${id} 的可编辑价目表：修改价格，给版本一个新 ID，再从此工作表载入`,
  columns: {
    product: "产品",
    id: "计费项 ID",
    name: "计费项",
    row: "行类型",
    from: "起始 / 规格",
    to: "截止",
    price: "价格（元）",
    bounds: "边界",
    detail: "接口 / 备注",
  },
  labels: {
    id: "价格目录 ID",
    title: "标题",
    generatedAt: "生成时间",
    from: "来源",
    basedOn: "基于",
    ocrDate: "文字识别生效日期",
    faceDate: "人脸识别生效日期",
  },
  rowKinds: { item: "计费项", "free-quota": "免费额度", tier: "阶梯", pack: "资源包" },
  products: { ocr: "文字识别", face: "人脸识别" },
  bounds: { lower: "含下限", upper: "含上限" },
  tierNote: `行类型“阶梯”：起始 / 截止为每月调用次数（张数），截止为空表示没有上限；“计费项”行的边界：含下限 = [起始, 截止)，含上限 = (起始, 截止]。`,
  priceNote: (contactSales, separator) =>
    `价格为“${contactSales}”表示没有刊例价（请联系商务）。接口之间用“${separator}”分隔。`,
};

export const CATALOG_TABLE_WORDS: Bilingual<CatalogTableWords> = { en: EN, zh: ZH };
export const catalogTableWords: (lang?: MessageLang) => CatalogTableWords = wordsOf(CATALOG_TABLE_WORDS);

const fold = (text: string): string => text.trim().toLowerCase();

/** The key whose word (in either language) a cell holds, or undefined. */
export function keyOfWord<K extends string>(
  pick: (w: CatalogTableWords) => Readonly<Record<K, string>>,
  text: string,
): K | undefined {
  const wanted = fold(text);
  for (const w of [EN, ZH]) {
    const table = pick(w);
    for (const key of Object.keys(table) as K[]) if (fold(table[key]) === wanted) return key;
  }
  return undefined;
}
