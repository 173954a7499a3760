import { sharedRegistry } from "../catalog/embedded";
import { cheapestVolumeFrom } from "../core/cheapestVolume";
import { numError, valueError } from "../core/errors";
import { freezeSchedule } from "../core/freeze";
import { Money } from "../core/money";
import { cheapestPlan, MAX_PLAN_MONTHS } from "../core/plan";
import { resolveItem } from "../core/resolve";
import { catalogArg, countArg, isBlank, moneyArg, nameArg, type Cell } from "./excelArgs";

/** Excel adapters of the planning functions (OCR_PLAN, FACE_FREEZE_SCHEDULE, OCR_NEXT_TIER). */

const asRange = (value: Cell[][] | Cell, what: string): Cell[][] => {
  if (!Array.isArray(value)) return [[value]];
  if (!value.every(Array.isArray)) throw valueError(`${what} must be a range of cells.`);
  return value;
};

/** A range of monthly figures, first month first, row by row; blank cells after the last figure are ignored. */
function monthlyCells(range: Cell[][], what: string): Cell[] {
  const cells = range.flat();
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  if (end === 0)
    throw valueError(`${what} is empty: select 1 to ${MAX_PLAN_MONTHS} monthly figures, first month first.`);
  return cells.slice(0, end);
}

/** Pack prices actually paid: a two-column range of (pack size, price); blank rows ignored. */
function packPriceOverrides(range: Cell[][] | Cell): Map<number, Money> {
  const overrides = new Map<number, Money>();
  if (isBlank(range as Cell)) return overrides;
  const rows = asRange(range as Cell[][], "pack_prices");
  rows.forEach((row, i) => {
    if (row.every(isBlank)) return;
    if (row.length !== 2)
      throw valueError(`pack_prices must have two columns (pack size, price paid); it has ${row.length}.`);
    const size = countArg(row[0], `The pack size on row ${i + 1} of pack_prices`);
    if (overrides.has(size)) throw valueError(`pack_prices lists the ${size}-call pack twice.`);
    if (isBlank(row[1])) throw valueError(`pack_prices row ${i + 1} has no price.`);
    overrides.set(size, moneyArg(row[1], `The price on row ${i + 1} of pack_prices`));
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
  const volumes = monthlyCells(asRange(monthlyCalls, "monthly_calls"), "monthly_calls").map((cell, i) =>
    countArg(cell, `The calls of month ${i + 1}`),
  );
  if (volumes.length > MAX_PLAN_MONTHS)
    throw valueError(`monthly_calls has ${volumes.length} months; packs are valid 12 months, so select at most 12.`);
  const plan = cheapestPlan(product, item, volumes, packPriceOverrides(packPrices));
  return [
    ["what", "pack size", "count", "cost (CNY)"],
    ...plan.packs.map((p) => ["pack", p.size, p.count, p.cost.toNumber()]),
    ["postpaid", "", "", plan.postpaid.toNumber()],
    ["plan total", "", "", plan.total.toNumber()],
    ["all postpaid", "", "", plan.allPostpaid === null ? "联系商务 (no list price)" : plan.allPostpaid.toNumber()],
    ["saving", "", "", plan.allPostpaid === null ? "" : plan.allPostpaid.minus(plan.total).toNumber()],
  ];
}

export function freezeScheduleTable(monthlyBills: Cell[][] | Cell, catalog: Cell): (string | number)[][] {
  const product = sharedRegistry().product("face", catalogArg(catalog));
  const cells = monthlyCells(asRange(monthlyBills, "monthly_bills"), "monthly_bills");
  if (cells.length > 1200) throw numError("monthly_bills has more than 1,200 months.");
  const bills = cells.map((cell, i) => moneyArg(cell, `The bill of month ${i + 1}`));
  const schedule = freezeSchedule(product, bills);
  return [
    ["month", "bill charged", "frozen after settlement", "released", "cash to hold"],
    ...schedule.months.map((m, i) => [
      i + 1,
      m.bill.toNumber(),
      m.frozen.toNumber(),
      m.released.toNumber(),
      m.cashNeeded.toNumber(),
    ]),
    [`peak (month ${schedule.peakMonth})`, "", "", "", schedule.peak.toNumber()],
  ];
}

export function nextTierRow(api: Cell, monthlyCalls: Cell, catalog: Cell): number[][] {
  const product = sharedRegistry().product("ocr", catalogArg(catalog));
  const item = resolveItem(product, nameArg(api));
  const best = cheapestVolumeFrom(product, item, countArg(monthlyCalls, "The monthly calls"));
  return [[best.volume, best.cost.toNumber()]];
}
