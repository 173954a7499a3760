import { sharedRegistry } from "../catalog/embedded";
import { usageBill } from "../core/bill";
import { monthlyChargeNumber, unitPriceAt } from "../core/charges/monthly";
import { failureOf, PricingError } from "../core/errors";
import type { ArgLabel } from "../core/failure";
import { freezeAmount } from "../core/freeze";
import { PRODUCT_KINDS, type ProductKind, type ProductModel } from "../core/model";
import { cellNumber } from "../core/money";
import { packPrice } from "../core/packPrice";
import { qpsCost } from "../core/qps";
import { resolveItem } from "../core/resolve";
import { priceRows } from "./priceRows";
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

const productOf = (kind: ProductKind, catalog: Cell): ProductModel =>
  sharedRegistry().product(kind, catalogArg(catalog));

/** Argument labels for error messages, built once: this is the hot path of a recalculating sheet. */
const COUNT_LABELS: Readonly<Record<ProductKind, { volume: ArgLabel; prepaid: ArgLabel }>> = {
  ocr: { volume: { key: "monthly-volume", unit: "call" }, prepaid: { key: "prepaid", unit: "call" } },
  face: { volume: { key: "monthly-volume", unit: "image" }, prepaid: { key: "prepaid", unit: "image" } },
};
const PACK_SIZE: ArgLabel = { key: "pack-size" };
const QPS: ArgLabel = { key: "qps" };

export function monthlyCostCell(kind: ProductKind, api: Cell, volume: Cell, prepaid: Cell, catalog: Cell): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameArg(api));
  const labels = COUNT_LABELS[kind];
  return monthlyChargeNumber(product, item, countArg(volume, labels.volume), countArg(prepaid, labels.prepaid));
}

export function unitPriceCell(kind: ProductKind, api: Cell, volume: Cell, catalog: Cell): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameArg(api));
  return cellNumber(unitPriceAt(product, item, countArg(volume, COUNT_LABELS[kind].volume)));
}

export function packPriceCell(kind: ProductKind, api: Cell, size: Cell, catalog: Cell): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameArg(api));
  return cellNumber(packPrice(product, item, requiredCountArg(size, PACK_SIZE)));
}

export function billCell(
  kind: ProductKind,
  apis: Cell[][],
  calls: Cell[][],
  catalog: Cell,
  prepaid: Cell[][] | Cell,
): number {
  const product = productOf(kind, catalog);
  const what = BILL_NAME[kind];
  const pairs = pairedRanges(apis, calls, what);
  const prepaidCells = isBlank(prepaid as Cell) ? null : pairedRanges(apis, prepaid as Cell[][], what);
  const usage = pairs
    .map((pair, i) => ({ ...pair, prepaid: prepaidCells ? prepaidCells[i].value : null }))
    .filter(({ name, value, prepaid }) => !(isBlank(name) && isBlankOrZero(value) && isBlankOrZero(prepaid)))
    .map(({ name, value, prepaid, row }) => {
      if (isBlank(name)) throw new PricingError({ kind: "volume-without-name", cell: row });
      return {
        name: nameArg(name, { key: "names-cell", cell: row }),
        calls: countArg(value, { key: "volume-cell", cell: row }),
        prepaid: countArg(prepaid, { key: "prepaid-cell", cell: row }),
      };
    });
  return cellNumber(usageBill(product, usage).total);
}

const BILL_NAME: Readonly<Record<ProductKind, string>> = { ocr: "OCR_BILL", face: "FACE_BILL" };
const isBlankOrZero = (value: Cell): boolean => isBlank(value) || value === 0;

/** Names not known to OCR may be Face Recognition names (the 2020 face page sells QPS too). */
function withProductOf<T>(catalog: Cell, price: (product: ProductModel) => T): T {
  const registry = sharedRegistry();
  const ref = catalogArg(catalog);
  const isUnknownName = (error: unknown): boolean => failureOf(error)?.kind === "unknown-name";
  let missingProduct: unknown;
  let unknownName: unknown;
  let priced = 0;
  for (const kind of PRODUCT_KINDS) {
    let product: ProductModel;
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
  const quantity = requiredCountArg(qps, QPS);
  const periodUnit = periodUnitArg(unit);
  const count = countArg(periods, { key: "periods", period: periodUnit });
  return withProductOf(catalog, (product) => cellNumber(qpsCost(product, name, quantity, count, periodUnit).amount));
}

export function freezeCell(bill: Cell, catalog: Cell): number {
  return cellNumber(freezeAmount(productOf("face", catalog), moneyArg(bill, { key: "monthly-bill" })));
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
