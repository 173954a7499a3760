import type { ProductModel } from "../core/model";
import type { CatalogRegistry } from "../catalog/registry";
import { assertCount } from "../core/count";
import { PricingError } from "../core/errors";
import { fmtCount, PRODUCT_LABEL, unitWord } from "../core/messages";
import { Money, ZERO } from "../core/money";
import { cheapestPlan } from "../core/plan";
import { resolveItem } from "../core/resolve";
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
  const unit = unitWord(product.unit);
  const bought = plan.packs.reduce((n, p) => n + p.size * p.count, 0);

  const columns = [
    "month",
    unit,
    "free quota",
    "from packs",
    "pack calls left",
    `postpaid ${unit}`,
    "postpaid (CNY)",
    `all postpaid: postpaid ${unit}`,
    "all postpaid (CNY)",
  ];
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
  const sum = (f: (m: (typeof plan.months)[number]) => number): number => plan.months.reduce((n, m) => n + f(m), 0);
  const allPostpaidCalls = plan.allPostpaidMonths
    ? plan.allPostpaidMonths.reduce((n, m) => n + m.postpaidCalls, 0)
    : null;
  const totals: CellValue[] = [
    "total",
    sum((m) => m.calls),
    sum((m) => m.freeCalls),
    sum((m) => m.packCalls),
    left,
    sum((m) => m.postpaidCalls),
    cellNumber(plan.postpaid),
    allPostpaidCalls ?? NA_CELL,
    plan.allPostpaid === null ? NA_CELL : cellNumber(plan.allPostpaid),
  ];

  const offered =
    overrides.size > 0
      ? `; pack prices paid: ${[...overrides].map(([s, p]) => `${fmtCount(s)} at ${p.toFixed()}`).join(", ")}`
      : "; list prices (刊例价)";
  const headerBlock: CellValue[][] = [
    [`Plan: ${api} (${item.name}) under ${product.catalogId}`],
    ["versions compared", `${product.catalogId} (${PRODUCT_LABEL[kind]}): the cheapest pack plan vs all postpaid`],
    ["generated at", nowIso(opts.generatedAt)],
    [
      "from",
      `${fmtCount(monthlyVolumes.length)} ${monthlyVolumes.length === 1 ? "month" : "months"} of forecast ${unit}; packs bought at the start of month 1, valid ${product.packValidityMonths ?? 12} months, used after each month's free quota${offered}`,
    ],
    ["what", "pack size", "count", "cost (CNY)"],
    ...plan.packs.map((p) => ["pack", p.size, p.count, cellNumber(p.cost)]),
    ["packs", "", "", cellNumber(plan.packCost)],
    ["postpaid", "", "", cellNumber(plan.postpaid)],
    ["plan total", "", "", cellNumber(plan.total)],
    ["all postpaid", "", "", plan.allPostpaid === null ? NA_CELL : cellNumber(plan.allPostpaid)],
    ["saving", "", "", plan.allPostpaid === null ? NA_CELL : cellNumber(plan.allPostpaid.minus(plan.total))],
  ];
  // The plan's own small table in the header block: sizes and counts as counts, costs in ¥.
  const whatRow = headerBlock.findIndex((row) => row[0] === "what");
  const headerFormats = headerBlock.map((_, r) => (r > whatRow ? [null, FORMAT_COUNT, FORMAT_COUNT, FORMAT_CNY] : []));
  const notes: string[] = [];
  if (plan.packs.length === 0) notes.push("No pack is worth buying for this forecast: all postpaid is cheapest.");
  if (plan.allPostpaid === null)
    notes.push(
      `#N/A: without packs some month reaches a tier of ${item.name} with no list price (联系商务) in ${product.catalogId}.`,
    );
  if (left > 0)
    notes.push(
      `${fmtCount(left)} pack ${unit} are left unused at the end of the forecast (they expire ${product.packValidityMonths ?? 12} months after purchase).`,
    );
  if (plan.packCost.gt(ZERO) && plan.allPostpaid !== null && plan.allPostpaid.lt(plan.total))
    notes.push("Unexpected: the plan costs more than all postpaid.");
  return {
    kind: "plan",
    sheetName: `Plan ${item.name}`,
    title: `Plan: ${api} under ${product.catalogId}`,
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
