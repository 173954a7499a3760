import { sharedRegistry } from "../catalog/embedded";
import { cheapestVolumeFrom } from "../core/cheapestVolume";
import { PricingError } from "../core/errors";
import { freezeSchedule } from "../core/freeze";
import { cellNumber, Money } from "../core/money";
import { cheapestPlan, MAX_PLAN_MONTHS } from "../core/plan";
import { resolveItem } from "../core/resolve";
import { catalogArg, countArg, isBlank, moneyArg, nameArg, type Cell } from "./excelArgs";

/** Excel adapters of the planning functions (OCR_PLAN, FACE_FREEZE_SCHEDULE, OCR_NEXT_TIER). */

const MAX_BILL_MONTHS = 1200;

const asRange = (value: Cell[][] | Cell, what: string): Cell[][] => {
  if (!Array.isArray(value)) return [[value]];
  if (!value.every(Array.isArray)) throw new PricingError({ kind: "not-ranges", what });
  return value;
};

/** A range of monthly figures, first month first, row by row; blank cells after the last figure are ignored. */
function monthlyCells(range: Cell[][]): Cell[] {
  const cells = range.flat();
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  if (end === 0) throw new PricingError({ kind: "forecast-empty", max: MAX_PLAN_MONTHS });
  return cells.slice(0, end);
}

/** Pack prices actually paid: a two-column range of (pack size, price); blank rows ignored. */
function packPriceOverrides(range: Cell[][] | Cell): Map<number, Money> {
  const overrides = new Map<number, Money>();
  if (isBlank(range as Cell)) return overrides;
  const rows = asRange(range as Cell[][], "pack_prices");
  rows.forEach((row, i) => {
    if (row.every(isBlank)) return;
    if (row.length !== 2) throw new PricingError({ kind: "pack-prices-columns", columns: row.length });
    const size = countArg(row[0], { key: "pack-size-row", row: i + 1 });
    if (overrides.has(size)) throw new PricingError({ kind: "pack-prices-duplicate", size });
    if (isBlank(row[1])) throw new PricingError({ kind: "pack-prices-no-price", row: i + 1 });
    overrides.set(size, moneyArg(row[1], { key: "pack-price-row", row: i + 1 }));
  });
  return overrides;
}

export function planTable(
  api: Cell,
  monthlyCalls: Cell[][] | Cell,
  packPrices: Cell[][] | Cell,
  catalog: Cell,
): (string | number)[][] {
  const product = sharedRegistry().product("ocr", catalogArg(catalog));
  const item = resolveItem(product, nameArg(api));
  const volumes = monthlyCells(asRange(monthlyCalls, "monthly_calls")).map((cell, i) =>
    countArg(cell, { key: "month-volume", month: i + 1 }),
  );
  if (volumes.length > MAX_PLAN_MONTHS)
    throw new PricingError({ kind: "forecast-too-long", months: volumes.length, max: MAX_PLAN_MONTHS });
  const plan = cheapestPlan(product, item, volumes, packPriceOverrides(packPrices));
  return [
    ["what", "pack size", "count", "cost (CNY)"],
    ...plan.packs.map((p) => ["pack", p.size, p.count, cellNumber(p.cost)]),
    ["postpaid", "", "", cellNumber(plan.postpaid)],
    ["plan total", "", "", cellNumber(plan.total)],
    ["all postpaid", "", "", plan.allPostpaid === null ? "联系商务 (no list price)" : cellNumber(plan.allPostpaid)],
    ["saving", "", "", plan.allPostpaid === null ? "" : cellNumber(plan.allPostpaid.minus(plan.total))],
  ];
}

export function freezeScheduleTable(monthlyBills: Cell[][] | Cell, catalog: Cell): (string | number)[][] {
  const product = sharedRegistry().product("face", catalogArg(catalog));
  const cells = monthlyCells(asRange(monthlyBills, "monthly_bills"));
  if (cells.length > MAX_BILL_MONTHS)
    throw new PricingError({ kind: "too-many-bills", months: cells.length, max: MAX_BILL_MONTHS });
  const bills = cells.map((cell, i) => moneyArg(cell, { key: "month-bill", month: i + 1 }));
  const schedule = freezeSchedule(product, bills);
  return [
    ["month", "bill charged", "frozen after settlement", "released", "cash to hold"],
    ...schedule.months.map((m, i) => [
      i + 1,
      cellNumber(m.bill),
      cellNumber(m.frozen),
      cellNumber(m.released),
      cellNumber(m.cashNeeded),
    ]),
    [`peak (month ${schedule.peakMonth})`, "", "", "", cellNumber(schedule.peak)],
  ];
}

export function nextTierRow(api: Cell, monthlyCalls: Cell, catalog: Cell): number[][] {
  const product = sharedRegistry().product("ocr", catalogArg(catalog));
  const item = resolveItem(product, nameArg(api));
  const best = cheapestVolumeFrom(product, item, countArg(monthlyCalls, { key: "monthly-volume", unit: "call" }));
  return [[best.volume, cellNumber(best.cost)]];
}
