import { Money } from "../core/money";
import type { MessageLang } from "../core/messages";
import type { PriceAdjustment, ProductKind } from "./types";

/** The words one language describes an adjustment with. */
interface Words {
  readonly product: Readonly<Record<ProductKind, string>>;
  readonly allItems: string;
  readonly tier: (from: number, unitPrice: string) => string;
  readonly pack: (size: number, price: string) => string;
  readonly quota: (calls: number) => string;
  readonly colon: string;
  readonly comma: string;
  readonly bookOn: (basedOn: string) => string;
  readonly semicolon: string;
}

const WORDS: Readonly<Record<MessageLang, Words>> = {
  en: {
    product: { ocr: "ocr", face: "face" },
    allItems: "all items",
    tier: (from, price) => `tier from ${from} at ${price}`,
    pack: (size, price) => `pack ${size} at ${price}`,
    quota: (calls) => `free quota ${calls}`,
    colon: ": ",
    comma: ", ",
    bookOn: (basedOn) => `price book on ${basedOn}`,
    semicolon: "; ",
  },
  zh: {
    product: { ocr: "文字识别", face: "人脸识别" },
    allItems: "全部计费项",
    tier: (from, price) => `自 ${from} 起的阶梯单价 ${price}`,
    pack: (size, price) => `${size} 资源包 ${price}`,
    quota: (calls) => `免费额度 ${calls}`,
    colon: "：",
    comma: "、",
    bookOn: (basedOn) => `价格册，基于 ${basedOn}`,
    semicolon: "；",
  },
};

/**
 * A price book's adjustment in words ("ocr 身份证识别: ×0.8"), in English or Chinese: the
 * registry's term texts use English, PRICES and CATALOGS the language of Office.
 */
export function adjustmentText(a: PriceAdjustment, lang: MessageLang): string {
  const w = WORDS[lang];
  const terms: string[] = [];
  if (a.priceFactor !== undefined) terms.push(`×${new Money(a.priceFactor).toFixed()}`);
  for (const t of a.tierPrices ?? []) terms.push(w.tier(t.from, t.unitPrice));
  for (const p of a.packPrices ?? []) terms.push(w.pack(p.size, p.price));
  if (a.monthlyFreeQuota !== undefined) terms.push(w.quota(a.monthlyFreeQuota));
  return `${w.product[a.product]} ${a.billingItem ?? w.allItems}${w.colon}${terms.join(w.comma)}`;
}

/** A price book as CATALOGS and the pane list its source: its base and every adjustment. */
export function bookSourceText(basedOn: string, adjustments: readonly PriceAdjustment[], lang: MessageLang): string {
  const w = WORDS[lang];
  return `${w.bookOn(basedOn)}${w.colon}${adjustments.map((a) => adjustmentText(a, lang)).join(w.semicolon)}`;
}
