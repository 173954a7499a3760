import { sharedRegistry } from "../catalog/embedded";
import { usageBill, type UsageLine } from "../core/bill";
import { monthlyChargeNumber, unitPriceAt } from "../core/charges/monthly";
import { failureOf, PricingError } from "../core/errors";
import type { ArgLabel, RangeArgument } from "../core/failure";
import { freezeAmount } from "../core/freeze";
import { PRODUCT_KINDS, type ProductKind, type ProductModel } from "../core/model";
import { cellNumber } from "../core/cellNumber";
import { maxVolumeForBudget } from "../core/maxVolume";
import { packPrice } from "../core/packPrice";
import { qpsCost } from "../core/qps";
import { resolveItem } from "../core/resolve";
import { priceRows, type BookTerms } from "./priceRows";
import { REFERENCE_WORDS, type ReferenceWords } from "./referenceWords";
import { historyGrid, historyOf } from "../compare/priceHistory";
import { priceHistoryWords } from "../compare/priceHistoryWords";
import { officeLanguage } from "./excelErrors";
import {
  catalogArg,
  countCell,
  countParam,
  isBlankCell,
  moneyParam,
  nameCell,
  nameParam,
  asRange,
  sameShape,
  periodUnitArg,
  historyWhatArg,
  requiredCountParam,
  requiredMoneyParam,
  type Cell,
} from "./excelArgs";

/** What Excel passes to a declared `number` parameter (null when omitted). */
type NumberParam = number | null | undefined;
/** What Excel passes to a declared `string` parameter (null when omitted). */
type TextParam = string | null | undefined;

/**
 * Excel arguments → core → Excel result. Each function here is what one custom function
 * computes; functions.ts only adds the JSDoc Excel reads and the error mapping.
 */

/** The product a formula's catalog argument names, Excel dates counted in the workbook's date system. */
export const productOf = (kind: ProductKind, catalog: Cell): ProductModel => {
  const registry = sharedRegistry();
  return registry.product(kind, catalogArg(catalog, registry.dateSystem));
};

/** Argument labels for error messages, built once: this is the hot path of a recalculating sheet. */
const COUNT_LABELS: Readonly<Record<ProductKind, { volume: ArgLabel; prepaid: ArgLabel }>> = {
  ocr: { volume: { key: "monthly-volume", unit: "call" }, prepaid: { key: "prepaid", unit: "call" } },
  face: { volume: { key: "monthly-volume", unit: "image" }, prepaid: { key: "prepaid", unit: "image" } },
};
const PACK_SIZE: ArgLabel = { key: "pack-size" };
const QPS: ArgLabel = { key: "qps" };
const BUDGET: ArgLabel = { key: "budget" };

export function monthlyCostCell(
  kind: ProductKind,
  api: TextParam,
  volume: NumberParam,
  prepaid: NumberParam,
  catalog: Cell,
): number {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameParam(api));
  const labels = COUNT_LABELS[kind];
  return monthlyChargeNumber(product, item, countParam(volume, labels.volume), countParam(prepaid, labels.prepaid));
}

export function maxVolumeCell(
  kind: ProductKind,
  api: TextParam,
  budget: NumberParam,
  prepaid: NumberParam,
  catalog: Cell,
): number {
  const { product, item } = itemOf(kind, api, catalog);
  const amount = requiredMoneyParam(budget, BUDGET);
  return maxVolumeForBudget(product, item, amount, countParam(prepaid, COUNT_LABELS[kind].prepaid)).volume;
}

/** The product and billing item a formula's name and catalog arguments name. */
const itemOf = (kind: ProductKind, api: TextParam, catalog: Cell) => {
  const product = productOf(kind, catalog);
  return { product, item: resolveItem(product, nameParam(api)) };
};

export function unitPriceCell(kind: ProductKind, api: TextParam, volume: NumberParam, catalog: Cell): number {
  const { product, item } = itemOf(kind, api, catalog);
  return cellNumber(unitPriceAt(product, item, countParam(volume, COUNT_LABELS[kind].volume)));
}

export function packPriceCell(kind: ProductKind, api: TextParam, size: NumberParam, catalog: Cell): number {
  const { product, item } = itemOf(kind, api, catalog);
  return cellNumber(packPrice(product, item, requiredCountParam(size, PACK_SIZE)));
}

export function billCell(
  kind: ProductKind,
  apis: Cell[][] | Cell,
  calls: Cell[][] | Cell,
  catalog: Cell,
  prepaid: Cell[][] | Cell,
): number {
  const product = productOf(kind, catalog);
  const what = BILL_NAME[kind];
  const names = asRange(apis, what);
  const volumes = asRange(calls, what);
  sameShape(names, volumes, what);
  // An omitted prepaid range is null; a single blank cell given for it is 0 on desktop.
  const prepaidCells = isBlankCell(prepaid as Cell) ? null : asRange(prepaid, what);
  if (prepaidCells) sameShape(names, prepaidCells, what);
  const usage: UsageLine[] = [];
  // One pass, no per-row objects but the usage lines: OCR_BILL may cover 100,000 rows.
  for (let r = 0; r < names.length; r++) {
    const row = names[r];
    for (let c = 0; c < row.length; c++) {
      const name = row[c];
      const value = volumes[r][c];
      const pre = prepaidCells ? prepaidCells[r][c] : null;
      // A usage table with room to grow: blank rows (0 on desktop, null on the web) are skipped.
      const cell = r * row.length + c + 1;
      if (isBlankCell(name)) {
        if (isBlankCell(value) && isBlankCell(pre)) continue;
        throw new PricingError({ kind: "volume-without-name", cell });
      }
      usage.push({
        name: typeof name === "string" && name.charCodeAt(0) > 32 ? name : nameCell(name, { key: "names-cell", cell }),
        calls:
          typeof value === "number" && value >= 0 && value % 1 === 0
            ? value
            : countCell(value, { key: "volume-cell", cell }),
        prepaid: pre === null || pre === 0 ? 0 : countCell(pre, { key: "prepaid-cell", cell }),
      });
    }
  }
  return cellNumber(usageBill(product, usage).total);
}

const BILL_NAME: Readonly<Record<ProductKind, RangeArgument>> = { ocr: "OCR_BILL", face: "FACE_BILL" };

/** Names not known to OCR may be Face Recognition names (the 2020 face page sells QPS too). */
function withProductOf<T>(catalog: Cell, price: (product: ProductModel) => T): T {
  const registry = sharedRegistry();
  const ref = catalogArg(catalog, registry.dateSystem);
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

export function qpsCostCell(
  api: TextParam,
  qps: NumberParam,
  periods: NumberParam,
  unit: TextParam,
  catalog: Cell,
): number {
  const name = nameParam(api);
  const quantity = requiredCountParam(qps, QPS);
  const periodUnit = periodUnitArg(unit);
  const count = countParam(periods, { key: "periods", period: periodUnit });
  return withProductOf(catalog, (product) => cellNumber(qpsCost(product, name, quantity, count, periodUnit).amount));
}

export function freezeCell(bill: NumberParam, catalog: Cell): number {
  return cellNumber(freezeAmount(productOf("face", catalog), moneyParam(bill, { key: "monthly-bill" })));
}

export function catalogsTable(): (string | number)[][] {
  const w = REFERENCE_WORDS[officeLanguage()];
  const registry = sharedRegistry();
  const dateText = (id: string, kind: ProductKind): string => {
    const product = registry.catalog(id)?.products[kind];
    if (!product) return "";
    return product.dateIsClue ? w.approx(product.effectiveDate) : product.effectiveDate;
  };
  return [
    [...w.catalogsHeader],
    ...registry.list().map((s) => [
      s.id,
      s.title,
      dateText(s.id, "ocr"),
      dateText(s.id, "face"),
      s.basedOn === null
        ? s.source
        : w.bookSource(
            s.basedOn,
            registry.bookTerms(s.id).map((t) => t.adjustment),
          ),
      s.isDefault ? w.catalogState.default : s.embedded ? w.catalogState.builtIn : w.catalogState.loaded,
    ]),
  ];
}

/** PRICE_HISTORY: every version that prices the item, oldest first, in Office's display language. */
export function priceHistoryCells(api: TextParam, what: TextParam): (string | number)[][] {
  const history = historyOf(sharedRegistry(), nameParam(api), historyWhatArg(what));
  return historyGrid(history, priceHistoryWords(officeLanguage())) as (string | number)[][];
}

export function pricesTable(api: TextParam, catalog: Cell): (string | number)[][] {
  const name = nameParam(api);
  const words = REFERENCE_WORDS[officeLanguage()];
  return withProductOf(catalog, (product) => {
    const item = resolveItem(product, name);
    return priceRows(product, item, words, bookTermsOf(product, item.id, words));
  });
}

/** PRICES of a price book show its base and the terms that changed the item. */
function bookTermsOf(product: ProductModel, itemId: string, w: ReferenceWords): BookTerms | undefined {
  const registry = sharedRegistry();
  const id = product.catalogId;
  const basedOn = registry.book(id)?.basedOn;
  if (!basedOn) return undefined;
  const adjustments = registry
    .bookTerms(id)
    .filter((t) => t.product === product.kind && (t.itemId === null || t.itemId === itemId))
    .map((t) => w.adjustment(t.adjustment));
  return { basedOn, adjustments, baseItem: registry.product(product.kind, basedOn).items.find((i) => i.id === itemId) };
}
