import type { CompiledProduct, CompiledQpsClass, NameMatch } from "../catalog/compile";
import { assertCount } from "./count";
import { naError, numError, valueError } from "./errors";
import { Money, ZERO } from "./money";
import { matchName } from "./resolve";
import { describeRange, tierIndex } from "./tiers";

export type QpsPeriodUnit = "day" | "month";

export interface QpsCost {
  readonly amount: Money;
  readonly qpsClass: CompiledQpsClass;
  readonly tier: number;
  readonly pricePerQps: Money | null;
}

/** The QPS classes a typed name can buy in; a billing item stands for all its interfaces. */
function classIdsOf(match: NameMatch): (string | undefined)[] {
  const itemClass = match.item.source.qpsClass;
  if (match.iface) return [match.iface.qpsClass ?? itemClass];
  return match.item.interfaces.map((iface) => iface.qpsClass ?? itemClass);
}

export function resolveQpsClass(product: CompiledProduct, name: string): CompiledQpsClass {
  const ids = new Set(matchName(product, name).flatMap(classIdsOf));
  const withQps = () =>
    product.items
      .flatMap((item) =>
        item.interfaces.filter((i) => (i.qpsClass ?? item.source.qpsClass) !== undefined).map((i) => i.name),
      )
      .filter((n, i, all) => all.indexOf(n) === i);
  if (ids.has(undefined) || ids.size === 0) {
    const listed = withQps();
    throw naError(
      `"${name}" has no QPS add-on pack price in catalog ${product.catalogId}.` +
        (listed.length > 0
          ? ` Interfaces with QPS packs: ${listed.slice(0, 12).join(", ")}${listed.length > 12 ? ", …" : ""}.`
          : ""),
    );
  }
  if (ids.size > 1) {
    throw valueError(
      `"${name}" covers interfaces in different QPS classes (${[...ids].join(", ")}). Type the interface name instead.`,
    );
  }
  const id = [...ids][0] as string;
  return product.qpsClasses.get(id) as CompiledQpsClass;
}

/**
 * Cost of buying `qps` extra QPS for `periods` days or months: the quantity's tier prices the
 * whole quantity (cost = QPS × price × periods). Above the class cap is an error, not a price.
 */
export function qpsCost(
  product: CompiledProduct,
  name: string,
  qps: number,
  periods: number,
  unit: QpsPeriodUnit,
): QpsCost {
  const qpsClass = resolveQpsClass(product, name);
  assertCount(qps, "The QPS to buy");
  assertCount(periods, `The number of ${unit}s`);
  if (qps > qpsClass.cap) {
    throw numError(
      `${qps} QPS is above the cap of ${qpsClass.cap} QPS that one account can hold for one interface on any day (class ${qpsClass.id}); overlapping purchases count together. Contact Tencent Cloud for more.`,
    );
  }
  const tier = tierIndex(qpsClass.tiers, qpsClass.inclusive, qps);
  const range = qpsClass.tiers[tier];
  const pricePerQps = unit === "day" ? range.perDay : range.perMonth;
  if (qps === 0 || periods === 0) return { amount: ZERO, qpsClass, tier, pricePerQps };
  if (pricePerQps === null) {
    throw naError(
      `QPS class ${qpsClass.id} has no per-${unit} price for ${describeRange(range, qpsClass.inclusive)} QPS in catalog ${product.catalogId}.`,
    );
  }
  return { amount: pricePerQps.times(qps).times(periods), qpsClass, tier, pricePerQps };
}
