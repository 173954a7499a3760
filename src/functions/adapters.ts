import type { CompiledProduct } from "../catalog/compile";
import { sharedRegistry } from "../catalog/embedded";
import { PRODUCT_KINDS, type ProductKind } from "../catalog/types";
import { usageBill } from "../core/bill";
import { PricingError, valueError } from "../core/errors";
import { freezeAmount } from "../core/freeze";
import { monthlyCostNumber } from "../core/monthlyCost";
import { packPrice } from "../core/packPrice";
import { priceRows } from "./priceRows";
import { qpsCost } from "../core/qps";
import { resolveItem } from "../core/resolve";
import { unitPriceAt } from "../core/unitPrice";
import {
  catalogArg,
  countArg,
  isBlank,
  moneyArg,
  nameArg,
  pairedRanges,
  periodUnitArg,
  requiredCountArg,
  type Cell,
} from "./excelArgs";

/**
 * Excel arguments → core → Excel result. Each function here is what one custom function
 * computes; functions.ts only adds the JSDoc Excel reads and the error mapping.
 */

const productOf = (kind: ProductKind, catalog: Cell): CompiledProduct =>
  sharedRegistry().product(kind, catalogArg(catalog));

/** Argument labels for error messages, built once: this is the hot path of a recalculating sheet. */
const COUNT_LABELS: Readonly<Record<ProductKind, { volume: string; prepaid: string }>> = {
  ocr: { volume: "The monthly calls", prepaid: "The prepaid calls" },
  face: { volume: "The monthly images", prepaid: "The prepaid images" },
};

export function monthlyCostCell(kind: ProductKind, api: Cell, volume: Cell, prepaid: Cell, catalog: Cell): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameArg(api));
  const labels = COUNT_LABELS[kind];
  return monthlyCostNumber(product, item, countArg(volume, labels.volume), countArg(prepaid, labels.prepaid));
}

export function unitPriceCell(kind: ProductKind, api: Cell, volume: Cell, catalog: Cell): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameArg(api));
  return unitPriceAt(product, item, countArg(volume, COUNT_LABELS[kind].volume)).toNumber();
}

export function packPriceCell(kind: ProductKind, api: Cell, size: Cell, catalog: Cell): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameArg(api));
  return packPrice(product, item, requiredCountArg(size, "The pack size")).toNumber();
}

export function billCell(apis: Cell[][], calls: Cell[][], catalog: Cell): number {
  const product = productOf("ocr", catalog);
  const usage = pairedRanges(apis, calls, "OCR_BILL")
    .filter(({ name, value }) => !(isBlank(name) && (isBlank(value) || value === 0)))
    .map(({ name, value, row }) => {
      if (isBlank(name)) throw valueError(`Cell ${row} of the usage table has a volume but no interface name.`);
      return { name: nameArg(name, `Cell ${row} of the names`), calls: countArg(value, `The volume in cell ${row}`) };
    });
  return usageBill(product, usage).total.toNumber();
}

/** Names not known to OCR may be Face Recognition names (the 2020 face page sells QPS too). */
function withProductOf<T>(catalog: Cell, price: (product: CompiledProduct) => T): T {
  const registry = sharedRegistry();
  const ref = catalogArg(catalog);
  const isUnknownName = (error: unknown): boolean =>
    error instanceof PricingError && /is not a .* interface/.test(error.message);
  let missingProduct: unknown;
  let unknownName: unknown;
  let priced = 0;
  for (const kind of PRODUCT_KINDS) {
    let product: CompiledProduct;
    try {
      product = registry.product(kind, ref);
    } catch (error) {
      missingProduct ??= error;
      continue;
    }
    priced += 1;
    try {
      return price(product);
    } catch (error) {
      if (!isUnknownName(error)) throw error;
      unknownName ??= error;
    }
  }
  throw priced === 0 ? missingProduct : unknownName;
}

export function qpsCostCell(api: Cell, qps: Cell, periods: Cell, unit: Cell, catalog: Cell): number {
  const name = nameArg(api);
  const quantity = requiredCountArg(qps, "The QPS to buy");
  const periodUnit = periodUnitArg(unit);
  const count = countArg(periods, `The number of ${periodUnit}s`);
  return withProductOf(catalog, (product) => qpsCost(product, name, quantity, count, periodUnit).amount.toNumber());
}

export function freezeCell(bill: Cell, catalog: Cell): number {
  return freezeAmount(productOf("face", catalog), moneyArg(bill, "The monthly bill")).toNumber();
}

export function catalogsTable(): (string | number)[][] {
  const header = ["id", "title", "OCR effective", "Face effective", "source", "default"];
  const registry = sharedRegistry();
  const dateText = (id: string, kind: ProductKind): string => {
    const product = registry.catalog(id)?.products[kind];
    if (!product) return "";
    return product.dateIsClue ? `${product.effectiveDate} (approx.)` : product.effectiveDate;
  };
  return [
    header,
    ...registry
      .list()
      .map((s) => [
        s.id,
        s.title,
        dateText(s.id, "ocr"),
        dateText(s.id, "face"),
        s.source,
        s.isDefault ? "default" : s.embedded ? "built-in" : "loaded",
      ]),
  ];
}

export function pricesTable(api: Cell, catalog: Cell): (string | number)[][] {
  const name = nameArg(api);
  return withProductOf(catalog, (product) => priceRows(product, resolveItem(product, name)));
}
