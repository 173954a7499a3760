import type { CatalogRegistry } from "../catalog/registry";
import { monthlyCharge } from "../core/charges/monthly";
import { cheapestVolumeFrom } from "../core/cheapestVolume";
import { failureOf, PricingError } from "../core/errors";
import { fmtCount } from "../core/messages";
import type { ProductKind, ProductModel } from "../core/model";
import type { Money } from "../core/money";
import { tierEdgeMonths } from "../core/tiers";
import { ladderWords } from "./ladderWords";
import { cellNumber, errorText, itemOrError, NoteCollector, nowIso, productFor, productOrError } from "./shared";
import {
  FORMAT_CNY,
  FORMAT_COUNT,
  FORMAT_UNIT_PRICE,
  type CellValue,
  type ComparisonTable,
  type LadderOptions,
} from "./types";

/**
 * Volume ladder: for each interface, the month's postpaid cost and the unit price of the tier
 * reached at each volume (ascending), per version. 阶梯到达 makes more volume cheaper at a tier
 * edge; the "more volume cheaper" column says so: "cliff: cheaper than 9,999" where this volume
 * costs less than the previous one, and "N calls cost X" where a larger volume costs less.
 */
export function volumeLadder(
  registry: CatalogRegistry,
  apis: readonly string[],
  volumes: readonly number[],
  versions: readonly string[],
  opts: LadderOptions = {},
): ComparisonTable {
  if (versions.length === 0) throw new PricingError({ kind: "no-versions" });
  if (apis.length === 0) throw new PricingError({ kind: "missing-argument", label: { key: "name" } });
  // No volumes given: both sides of every tier edge of the item in each version.
  const ladderFor = (api: string, kind: ProductKind): number[] => {
    if (volumes.length > 0) return [...new Set(volumes)].sort((x, y) => x - y);
    const edges = versions.flatMap((version) => {
      const item = itemOrError(productOf(kind, version), api);
      return item instanceof PricingError ? [] : tierEdgeMonths(item.postpaid, item.monthlyFreeQuota);
    });
    return [...new Set(edges)].sort((x, y) => x - y);
  };
  const productOf = (kind: ProductKind, version: string): ProductModel | PricingError => {
    const key = `${kind}|${version}`;
    if (!products.has(key)) products.set(key, productOrError(registry, kind, version));
    return products.get(key)!;
  };
  const w = ladderWords(opts.lang);
  const columns = [
    w.columns.api,
    w.columns.volume,
    ...versions.flatMap((v) => [w.cost(v), w.unitPrice(v), w.cheaper(v)]),
  ];
  const rows: CellValue[][] = [];
  const notes = new NoteCollector(opts.lang);
  const kinds = new Map<string, ProductKind>();
  const products = new Map<string, ProductModel | PricingError>();
  let cliffs = 0;
  const headerRows = 4;
  const firstRow = headerRows + 3;

  let pointCount = 0;
  for (const api of apis) {
    const kind = productFor(registry, api, versions, opts.product, kinds);
    const ladder = ladderFor(api, kind);
    pointCount = Math.max(pointCount, ladder.length);
    const previous: (Money | null)[] = versions.map(() => null);
    const previousVolume: (number | null)[] = versions.map(() => null);
    for (const volume of ladder) {
      const sheetRow = firstRow + rows.length;
      const row: CellValue[] = [api, volume];
      versions.forEach((version, v) => {
        const product = productOf(kind, version);
        const item = itemOrError(product, api);
        if (item instanceof PricingError) {
          notes.addError(item, sheetRow);
          row.push(errorText(item), errorText(item), null);
          return;
        }
        const compiled = product as ProductModel;
        try {
          const cost = monthlyCharge(compiled, item, volume, 0);
          const marks: string[] = [];
          const before = previous[v];
          if (before !== null && cost.amount.lt(before)) marks.push(w.cliff(fmtCount(previousVolume[v]!)));
          try {
            const best = cheapestVolumeFrom(compiled, item, volume);
            if (best.volume > volume)
              marks.push(w.cheaperAt(fmtCount(best.volume), compiled.unit, best.cost.toFixed()));
          } catch (error) {
            // No priced volume at or above this one: nothing cheaper to point at.
            if (failureOf(error)?.kind !== "no-list-price-from") throw error;
          }
          if (marks.length > 0) cliffs++;
          previous[v] = cost.amount;
          previousVolume[v] = volume;
          row.push(
            cellNumber(cost.amount),
            cost.unitPrice === null ? "联系商务" : cellNumber(cost.unitPrice),
            marks.length > 0 ? marks.join("; ") : null,
          );
        } catch (error) {
          if (!(error instanceof PricingError)) throw error;
          notes.addError(error, sheetRow);
          row.push(errorText(error), errorText(error), null);
        }
      });
      rows.push(row);
    }
  }
  const allNotes = notes.notes();
  if (cliffs > 0) allNotes.unshift(w.cliffNote(cliffs));
  return {
    kind: "ladder",
    sheetName: w.sheetName,
    title: w.title,
    headerBlock: [
      [w.heading],
      [w.versionsCompared, versions.join(w.vs)],
      [w.generatedAt, nowIso(opts.generatedAt)],
      [w.from, w.source(apis.length, volumes.length > 0 ? new Set(volumes).size : null, pointCount)],
    ],
    columns,
    rows,
    numberFormats: [null, FORMAT_COUNT, ...versions.flatMap(() => [FORMAT_CNY, FORMAT_UNIT_PRICE, null])],
    notes: allNotes,
  };
}
