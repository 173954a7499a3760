import { assertCount } from "./count";
import { PricingError } from "./errors";
import type { NameMatch, ProductModel, QpsClassModel } from "./model";
import { Money, ZERO } from "./money";
import { matchName } from "./resolve";
import { tierIndex, tierRef } from "./tiers";

export type QpsPeriodUnit = "day" | "month";

export interface QpsCost {
  readonly amount: Money;
  readonly qpsClass: QpsClassModel;
  readonly tier: number;
  readonly pricePerQps: Money | null;
}

const QPS = { key: "qps" } as const;
const PERIODS = { day: { key: "periods", period: "day" }, month: { key: "periods", period: "month" } } as const;

/** The QPS classes a typed name can buy in; a billing item stands for all its interfaces. */
function classIdsOf(match: NameMatch): (string | null)[] {
  const itemClass = match.item.qpsClass;
  if (match.iface) return [match.iface.qpsClass ?? itemClass];
  return match.item.interfaces.map((iface) => iface.qpsClass ?? itemClass);
}

function interfacesWithQps(product: ProductModel): string[] {
  const names = product.items.flatMap((item) =>
    item.interfaces.filter((i) => (i.qpsClass ?? item.qpsClass) !== null).map((i) => i.name),
  );
  return [...new Set(names)];
}

export function resolveQpsClass(product: ProductModel, name: string): QpsClassModel {
  const ids = new Set(matchName(product, name).flatMap(classIdsOf));
  if (ids.has(null) || ids.size === 0)
    throw new PricingError({
      kind: "no-qps-price",
      catalogId: product.catalogId,
      name,
      withQps: interfacesWithQps(product),
    });
  if (ids.size > 1) throw new PricingError({ kind: "qps-mixed-classes", name, classes: [...ids] as string[] });
  return product.qpsClasses.get([...ids][0] as string) as QpsClassModel;
}

/**
 * Cost of buying `qps` extra QPS for `periods` days or months: the quantity's tier prices the
 * whole quantity (cost = QPS × price × periods). Above the class cap is an error, not a price.
 */
export function qpsCost(
  product: ProductModel,
  name: string,
  qps: number,
  periods: number,
  unit: QpsPeriodUnit,
): QpsCost {
  const qpsClass = resolveQpsClass(product, name);
  qps = assertCount(qps, QPS);
  periods = assertCount(periods, PERIODS[unit]);
  if (qps > qpsClass.cap)
    throw new PricingError({ kind: "qps-over-cap", qps, cap: qpsClass.cap, classId: qpsClass.id });
  const tier = tierIndex(qpsClass, qps);
  const range = qpsClass.tiers[tier];
  const pricePerQps = unit === "day" ? range.perDay : range.perMonth;
  if (qps === 0 || periods === 0) return { amount: ZERO, qpsClass, tier, pricePerQps };
  if (pricePerQps === null)
    throw new PricingError({
      kind: "qps-tier-no-price",
      catalogId: product.catalogId,
      classId: qpsClass.id,
      period: unit,
      tier: tierRef(qpsClass, tier),
    });
  return { amount: pricePerQps.times(qps).times(periods), qpsClass, tier, pricePerQps };
}
