import type { ProductModel } from "../core/model";
import type { CatalogRegistry } from "../catalog/registry";
import { assertCount } from "../core/count";
import { PricingError } from "../core/errors";
import { Money, ZERO } from "../core/money";
import { cheapestPlan, type MonthPlan, type PackPlan } from "../core/plan";
import { resolveItem } from "../core/resolve";
import { planWords } from "./planWords";
import { cellNumber, detectProduct, NA_CELL, nowIso } from "./shared";
import {
  FORMAT_CNY,
  FORMAT_COUNT,
  type CellValue,
  type ComparisonTable,
  type PackPriceInput,
  type PlanOptions,
} from "./types";

const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

function packOverrides(prices: readonly PackPriceInput[] | undefined): Map<number, Money> {
  const out = new Map<number, Money>();
  for (const [i, p] of (prices ?? []).entries()) {
    const text = typeof p.price === "number" ? String(p.price) : p.price;
    assertCount(p.size, { key: "pack-size-row", row: i + 1 });
    if (!DECIMAL.test(text))
      throw new PricingError({
        kind: "not-a-number",
        label: { key: "pack-price-row", row: i + 1 },
        found: JSON.stringify(text),
      });
    if (out.has(p.size)) throw new PricingError({ kind: "pack-prices-duplicate", size: p.size });
    out.set(p.size, new Money(text.trim()));
  }
  return out;
}

/**
 * The Plan's month rows and totals: calls, free quota, pack calls used and left of the `bought`
 * pack calls, postpaid calls and charge, with the all-postpaid ones (#N/A throughout where a
 * month without packs has no list price).
 */
export function planGrid(
  plan: Pick<PackPlan, "months" | "allPostpaidMonths" | "postpaid" | "allPostpaid">,
  bought: number,
  totalWord: string,
): { rows: CellValue[][]; totals: CellValue[]; left: number } {
  let left = bought;
  const rows: CellValue[][] = plan.months.map((m, i) => {
    left -= m.packCalls;
    const all = plan.allPostpaidMonths?.[i];
    return [
      i + 1,
      m.calls,
      m.freeCalls,
      m.packCalls,
      left,
      m.postpaidCalls,
      cellNumber(m.postpaid),
      all ? all.postpaidCalls : NA_CELL,
      all ? cellNumber(all.postpaid) : NA_CELL,
    ];
  });
  const sum = (f: (m: MonthPlan) => number): number => plan.months.reduce((n, m) => n + f(m), 0);
  const allPostpaidCalls = plan.allPostpaidMonths
    ? plan.allPostpaidMonths.reduce((n, m) => n + m.postpaidCalls, 0)
    : null;
  const totals: CellValue[] = [
    totalWord,
    sum((m) => m.calls),
    sum((m) => m.freeCalls),
    sum((m) => m.packCalls),
    left,
    sum((m) => m.postpaidCalls),
    cellNumber(plan.postpaid),
    allPostpaidCalls ?? NA_CELL,
    plan.allPostpaid === null ? NA_CELL : cellNumber(plan.allPostpaid),
  ];
  return { rows, totals, left };
}

/**
 * The Plan sheet (issue 4): the cheapest prepaid-pack plan for 1–12 months of one billing item
 * (core cheapestPlan: exact optimum), month by month: calls, free quota, pack calls used and
 * left, postpaid calls and charge, with the all-postpaid charge alongside. The packs bought and
 * the plan's totals are in the header block. Pricing failures (unknown name, no pack plan that
 * avoids a 联系商务 tier) throw the core's PricingError: there is no sheet to write then.
 */
export function planSheet(
  registry: CatalogRegistry,
  api: string,
  monthlyVolumes: readonly number[],
  version: string,
  packPrices?: readonly PackPriceInput[],
  opts: PlanOptions = {},
): ComparisonTable {
  const kind = opts.product ?? detectProduct(registry, api, [version]);
  const product: ProductModel = registry.product(kind, version);
  const item = resolveItem(product, api);
  const overrides = packOverrides(packPrices);
  const plan = cheapestPlan(product, item, monthlyVolumes, overrides);
  const w = planWords(opts.lang);
  const unit = product.unit;
  const validity = product.packValidityMonths ?? 12;
  const bought = plan.packs.reduce((n, p) => n + p.size * p.count, 0);

  const columns = [...w.columns(unit)];
  const { rows, totals, left } = planGrid(plan, bought, w.total);

  // The prices the user gave are quoted as typed ("3500.50" stays 3500.50).
  const paid =
    overrides.size > 0
      ? (packPrices ?? []).map((p) => w.paidPrice(p.size, String(p.price).trim())).join(w.listSeparator)
      : null;
  const packTable: CellValue[][] = [
    [...w.packHeader],
    ...plan.packs.map((p) => [w.pack, p.size, p.count, cellNumber(p.cost)]),
    [w.packs, "", "", cellNumber(plan.packCost)],
    [w.postpaid, "", "", cellNumber(plan.postpaid)],
    [w.planTotal, "", "", cellNumber(plan.total)],
    [w.allPostpaid, "", "", plan.allPostpaid === null ? NA_CELL : cellNumber(plan.allPostpaid)],
    [w.saving, "", "", plan.allPostpaid === null ? NA_CELL : cellNumber(plan.allPostpaid.minus(plan.total))],
  ];
  const headerBlock: CellValue[][] = [
    [w.heading(api, item.name, product.catalogId)],
    [w.versionsCompared, w.compared(product.catalogId, kind)],
    [w.generatedAt, nowIso(opts.generatedAt)],
    [w.from, w.source(monthlyVolumes.length, unit, validity, paid)],
    ...packTable,
  ];
  // The plan's own small table in the header block: sizes and counts as counts, costs in ¥.
  const whatRow = headerBlock.length - packTable.length;
  const headerFormats = headerBlock.map((_, r) => (r > whatRow ? [null, FORMAT_COUNT, FORMAT_COUNT, FORMAT_CNY] : []));
  const notes: string[] = [];
  if (plan.packs.length === 0) notes.push(w.noPackNote);
  if (plan.allPostpaid === null) notes.push(w.allPostpaidNaNote(item.name, product.catalogId));
  if (left > 0) notes.push(w.leftNote(left, unit, validity));
  if (plan.packCost.gt(ZERO) && plan.allPostpaid !== null && plan.allPostpaid.lt(plan.total))
    notes.push(w.unexpectedNote);
  return {
    kind: "plan",
    sheetName: w.sheetName(item.name),
    title: w.title(api, product.catalogId),
    headerBlock,
    headerFormats,
    columns,
    rows,
    numberFormats: [
      null,
      FORMAT_COUNT,
      FORMAT_COUNT,
      FORMAT_COUNT,
      FORMAT_COUNT,
      FORMAT_COUNT,
      FORMAT_CNY,
      FORMAT_COUNT,
      FORMAT_CNY,
    ],
    totals,
    notes,
  };
}
