import { productOf } from "./adapters";
import { cheapestVolumeFrom } from "../core/cheapestVolume";
import { PricingError } from "../core/errors";
import { freezeSchedule } from "../core/freeze";
import { cellNumber } from "../core/cellNumber";
import { Money } from "../core/money";
import { cheapestPlan, MAX_PLAN_MONTHS } from "../core/plan";
import { resolveItem } from "../core/resolve";
import type { MessageLang } from "../core/messages";
import { PACK_TABLE_WORDS, type PackTableWords } from "../compare/packTableWords";
import { asRange, countCell, countParam, isBlankCell, moneyCell, nameParam, type Cell } from "./excelArgs";
import { officeLanguage } from "./excelErrors";

/** Excel adapters of the planning functions (OCR_PLAN, FACE_FREEZE_SCHEDULE, OCR_NEXT_TIER). */

const MAX_BILL_MONTHS = 1200;

/**
 * The words of the OCR_PLAN and FACE_FREEZE_SCHEDULE tables, in Office's display language; the
 * pack table's are the Plan sheet's (PACK_TABLE_WORDS), so the function and the sheet agree.
 */
interface PlanningWords extends PackTableWords {
  readonly noListPrice: string;
  readonly freezeHeader: readonly string[];
  readonly peak: (month: number) => string;
}

export const PLANNING_WORDS: Readonly<Record<MessageLang, PlanningWords>> = {
  en: {
    ...PACK_TABLE_WORDS.en,
    noListPrice: "联系商务 (no list price)",
    freezeHeader: ["month", "bill charged", "frozen after settlement", "released", "cash to hold"],
    peak: (month) => `peak (month ${month})`,
  },
  zh: {
    ...PACK_TABLE_WORDS.zh,
    noListPrice: "联系商务（无刊例价）",
    freezeHeader: ["月份", "当月扣费", "结算后冻结", "解冻", "需备资金"],
    peak: (month) => `峰值（第 ${month} 月）`,
  },
};

export const prefixOfRange = (range: Cell[][]): Cell[] => {
  const cells = range.flat();
  let end = cells.length;
  // Room to grow: trailing blank cells (0 on desktop, null on the web) are not months.
  while (end > 0 && isBlankCell(cells[end - 1])) end--;
  return cells.slice(0, end);
};

/**
 * Pack prices actually paid: a two-column range of (pack size, price). Blank rows are skipped;
 * desktop Excel passes them as [0, 0]. A price of 0 reads as blank, since desktop passes a blank
 * price cell as 0: a pack with no price is an error, never a free pack.
 */
function packPriceOverrides(range: Cell[][] | Cell): Map<number, Money> {
  const overrides = new Map<number, Money>();
  if (isBlankCell(range as Cell)) return overrides;
  const rows = asRange(range, "pack_prices");
  rows.forEach((row, i) => {
    if (row.every(isBlankCell)) return;
    if (row.length !== 2) throw new PricingError({ kind: "pack-prices-columns", columns: row.length });
    const size = countCell(row[0], { key: "pack-size-row", row: i + 1 });
    if (overrides.has(size)) throw new PricingError({ kind: "pack-prices-duplicate", size });
    if (isBlankCell(row[1])) throw new PricingError({ kind: "pack-prices-no-price", row: i + 1 });
    overrides.set(size, moneyCell(row[1], { key: "pack-price-row", row: i + 1 }));
  });
  return overrides;
}

export function planTable(
  api: string | null | undefined,
  monthlyCalls: Cell[][] | Cell,
  packPrices: Cell[][] | Cell,
  catalog: Cell,
): (string | number)[][] {
  const product = productOf("ocr", catalog);
  const item = resolveItem(product, nameParam(api));
  const months = prefixOfRange(asRange(monthlyCalls, "monthly_calls"));
  if (months.length === 0) throw new PricingError({ kind: "forecast-empty", max: MAX_PLAN_MONTHS });
  const volumes = months.map((cell, i) => countCell(cell, { key: "month-volume", month: i + 1 }));
  if (volumes.length > MAX_PLAN_MONTHS)
    throw new PricingError({ kind: "forecast-too-long", months: volumes.length, max: MAX_PLAN_MONTHS });
  const plan = cheapestPlan(product, item, volumes, packPriceOverrides(packPrices));
  const w = PLANNING_WORDS[officeLanguage()];
  return [
    [...w.packHeader],
    ...plan.packs.map((p) => [w.pack, p.size, p.count, cellNumber(p.cost)]),
    [w.postpaid, "", "", cellNumber(plan.postpaid)],
    [w.planTotal, "", "", cellNumber(plan.total)],
    [w.allPostpaid, "", "", plan.allPostpaid === null ? w.noListPrice : cellNumber(plan.allPostpaid)],
    [w.saving, "", "", plan.allPostpaid === null ? "" : cellNumber(plan.allPostpaid.minus(plan.total))],
  ];
}

export function freezeScheduleTable(monthlyBills: Cell[][] | Cell, catalog: Cell): (string | number)[][] {
  const product = productOf("face", catalog);
  const cells = prefixOfRange(asRange(monthlyBills, "monthly_bills"));
  if (cells.length === 0) throw new PricingError({ kind: "bills-empty", max: MAX_BILL_MONTHS });
  if (cells.length > MAX_BILL_MONTHS)
    throw new PricingError({ kind: "too-many-bills", months: cells.length, max: MAX_BILL_MONTHS });
  const bills = cells.map((cell, i) => moneyCell(cell, { key: "month-bill", month: i + 1 }));
  const schedule = freezeSchedule(product, bills);
  const w = PLANNING_WORDS[officeLanguage()];
  return [
    [...w.freezeHeader],
    ...schedule.months.map((m, i) => [
      i + 1,
      cellNumber(m.bill),
      cellNumber(m.frozen),
      cellNumber(m.released),
      cellNumber(m.cashNeeded),
    ]),
    [w.peak(schedule.peakMonth), "", "", "", cellNumber(schedule.peak)],
  ];
}

export function nextTierRow(
  api: string | null | undefined,
  monthlyCalls: number | null | undefined,
  catalog: Cell,
): number[][] {
  const product = productOf("ocr", catalog);
  const item = resolveItem(product, nameParam(api));
  const best = cheapestVolumeFrom(product, item, countParam(monthlyCalls, { key: "monthly-volume", unit: "call" }));
  return [[best.volume, cellNumber(best.cost)]];
}
