import type { CatalogRegistry } from "../../catalog/registry";
import { PricingError } from "../../core/errors";
import type { MessageLang } from "../../core/messages";
import type { ItemModel, ProductKind, ProductModel } from "../../core/model";
import type { XlsxCell } from "../../taskpane/xlsx";
import { uniqueSheetName } from "../layout";
import { itemOrError, productFor, productOrError } from "../shared";
import type { CellValue, ProductChoice } from "../types";
import { priceSheet, type PriceSheet } from "./priceSheet";

/**
 * What every portable workbook resolves first, the way its comparison builder does: each
 * interface's product and billing item under each version (or the core's failure), and the
 * price-table sheet of every product version used, which its formulas read.
 */
export interface PricedItems {
  readonly kinds: readonly ProductKind[];
  /** [interface][version]: the billing item, or why the core has none. */
  readonly items: readonly (readonly (ItemModel | PricingError)[])[];
  readonly productOf: (kind: ProductKind, version: string) => ProductModel | PricingError;
  readonly prices: PriceSheet;
}

export function pricedItems(
  registry: CatalogRegistry,
  apis: readonly string[],
  versions: readonly string[],
  product: ProductChoice | undefined,
  priceSheetName: string,
  lang?: MessageLang,
): PricedItems {
  const kindCache = new Map<string, ProductKind>();
  const kinds = apis.map((api) => productFor(registry, api, versions, product, kindCache));
  const models = new Map<string, ProductModel | PricingError>();
  const productOf = (kind: ProductKind, version: string): ProductModel | PricingError => {
    const key = `${kind}|${version}`;
    if (!models.has(key)) models.set(key, productOrError(registry, kind, version));
    return models.get(key)!;
  };
  const items = apis.map((api, i) => versions.map((v) => itemOrError(productOf(kinds[i], v), api)));
  const priced = [...new Set(versions.flatMap((v) => [...new Set(kinds)].map((k) => productOf(k, v))))].filter(
    (p): p is ProductModel => !(p instanceof PricingError),
  );
  const catalogs = new Map(priced.map((p) => [p.catalogId, registry.catalog(p.catalogId)]));
  return { kinds, items, productOf, prices: priceSheet(priceSheetName, priced, catalogs, lang) };
}

/** The price table of one product version (a ledger's or a plan's workbook). */
export const productPriceSheet = (
  registry: CatalogRegistry,
  product: ProductModel,
  name: string,
  lang?: MessageLang,
): PriceSheet => priceSheet(name, [product], new Map([[product.catalogId, registry.catalog(product.catalogId)]]), lang);

/** Names a workbook's sheets in order, each unique among those taken before (the workbook's own too). */
export function sheetNamer(taken: readonly string[] = []): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted) => {
    const name = uniqueSheetName(wanted, used);
    used.add(name);
    return name;
  };
}

/** A formula cell (text with or without its "="), with the value it has now when `cached`. */
export const formulaCell = (text: string, value: CellValue | undefined, cached: boolean): XlsxCell => ({
  formula: text.replace(/^=/, ""),
  ...(cached && value !== undefined ? { cached: value } : {}),
});
