/* eslint-disable @typescript-eslint/no-explicit-any -- Excel's "any" parameter type is part of the metadata. */
/*
 * The TCLOUD custom functions. Each is a thin adapter over the pricing core (see adapters.ts);
 * custom-functions-metadata-plugin generates functions.json from these JSDoc blocks and
 * registers each function with CustomFunctions.associate at build time.
 *
 * Volumes are billable calls (or images): successful calls plus the failed calls Tencent bills
 * (计费错误码); the 2017 multi-image interfaces count successful images only.
 */
import {
  billCell,
  catalogsTable,
  freezeCell,
  maxVolumeCell,
  monthlyCostCell,
  packPriceCell,
  pricesTable,
  priceHistoryCells,
  qpsCostCell,
  unitPriceCell,
} from "./adapters";
import { toExcelError } from "./excelErrors";
import { freezeScheduleTable, nextTierRow, planTable } from "./planning";
import { packLedgerTable } from "./ledger";

/**
 * The month's postpaid OCR charge (CNY) for one interface or billing item: monthly free quota first, then your prepaid pack calls, then every remaining call at the one tier the month's volume reaches (阶梯到达).
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_COST.html
 * @param {string} api Interface or billing item name as printed in the price table (e.g. "身份证识别"), or a Tencent Cloud API action (e.g. "IDCardOCR").
 * @param {number} monthly_calls Billable calls in the month (including billable failed calls).
 * @param {number} [prepaid_calls] Calls your prepaid packs still cover this month (blank = 0).
 * @param {any} [catalog] Catalog version id, or a date for the version in force that day (blank = the default version).
 * @returns {number} Postpaid charge in CNY, exact (not rounded).
 */
export function OCR_COST(api: string, monthly_calls: number, prepaid_calls?: number, catalog?: any): number {
  try {
    return monthlyCostCell("ocr", api, monthly_calls, prepaid_calls, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The month's postpaid Face Recognition charge (CNY) for one billing interface, at the one tier the month's volume reaches (阶梯到达).
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_COST.html
 * @param {string} api Billing interface as printed in the price table (e.g. "人脸比对"), or an API action (e.g. "CompareFace").
 * @param {number} monthly_images Billable images (calls) in the month.
 * @param {number} [prepaid_images] Images your prepaid packs still cover this month (blank = 0).
 * @param {any} [catalog] Catalog version id, or a date for the version in force that day (blank = the default version).
 * @returns {number} Postpaid charge in CNY, exact (not rounded).
 */
export function FACE_COST(api: string, monthly_images: number, prepaid_images?: number, catalog?: any): number {
  try {
    return monthlyCostCell("face", api, monthly_images, prepaid_images, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The most OCR calls a month can have for a budget: the largest volume whose OCR_COST is at most the budget (1,349 buys 14,490 身份证识别 calls, not 9,993: 阶梯到达). Volumes in a tier with no list price (联系商务) never count.
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_MAX_CALLS.html
 * @param {string} api Interface or billing item name, or an API action.
 * @param {number} budget The month's postpaid budget in CNY.
 * @param {number} [prepaid_calls] Calls your prepaid packs still cover this month (blank = 0).
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} Calls in the month.
 */
export function OCR_MAX_CALLS(api: string, budget: number, prepaid_calls?: number, catalog?: any): number {
  try {
    return maxVolumeCell("ocr", api, budget, prepaid_calls, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The most Face Recognition images a month can have for a budget: the largest volume whose FACE_COST is at most the budget. Volumes in a tier with no list price (联系商务) never count.
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_MAX_IMAGES.html
 * @param {string} api Billing interface name, or an API action.
 * @param {number} budget The month's postpaid budget in CNY.
 * @param {number} [prepaid_images] Images your prepaid packs still cover this month (blank = 0).
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} Images in the month.
 */
export function FACE_MAX_IMAGES(api: string, budget: number, prepaid_images?: number, catalog?: any): number {
  try {
    return maxVolumeCell("face", api, budget, prepaid_images, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The OCR unit price (CNY per call) of the tier a monthly volume reaches.
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_UNIT_PRICE.html
 * @param {string} api Interface or billing item name, or an API action.
 * @param {number} monthly_calls Calls in the month.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} Unit price in CNY.
 */
export function OCR_UNIT_PRICE(api: string, monthly_calls: number, catalog?: any): number {
  try {
    return unitPriceCell("ocr", api, monthly_calls, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The Face Recognition unit price (CNY per image) of the tier a monthly volume reaches.
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_UNIT_PRICE.html
 * @param {string} api Billing interface name, or an API action.
 * @param {number} monthly_images Images in the month.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} Unit price in CNY.
 */
export function FACE_UNIT_PRICE(api: string, monthly_images: number, catalog?: any): number {
  try {
    return unitPriceCell("face", api, monthly_images, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * List price (刊例价, CNY) of an OCR prepaid pack; packs are valid 12 months and used after the monthly free quota.
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_PACK_PRICE.html
 * @param {string} api Interface or billing item name, or an API action.
 * @param {number} pack_size Calls in the pack: 1000, 10000, 100000, 1000000 or 10000000.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} List price in CNY.
 */
export function OCR_PACK_PRICE(api: string, pack_size: number, catalog?: any): number {
  try {
    return packPriceCell("ocr", api, pack_size, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * List price (CNY) of a Face Recognition prepaid pack, in catalog versions that sell packs (the default, from the face seed, sells none: #N/A).
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_PACK_PRICE.html
 * @param {string} api Billing interface name, or an API action.
 * @param {number} pack_size Images (calls) in the pack, e.g. 100000.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} List price in CNY.
 */
export function FACE_PACK_PRICE(api: string, pack_size: number, catalog?: any): number {
  try {
    return packPriceCell("face", api, pack_size, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Total postpaid OCR charge (CNY) of a month's usage table; interfaces of one billing item share its free quota, its prepaid calls and its tier.
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_BILL.html
 * @param {any[][]} apis Range of interface or billing item names (blank rows ignored).
 * @param {any[][]} calls Range of the same shape with each row's monthly calls.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @param {any[][]} [prepaid_calls] Optional range of the same shape: prepaid pack calls still available, summed per billing item.
 * @returns {number} Total postpaid charge in CNY.
 */
export function OCR_BILL(apis: any[][], calls: any[][], catalog?: any, prepaid_calls?: any[][]): number {
  try {
    return billCell("ocr", apis, calls, catalog, prepaid_calls ?? null);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Total postpaid Face Recognition charge (CNY) of a month's usage table; interfaces of one billing item share its free quota, its prepaid images and its tier.
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_BILL.html
 * @param {any[][]} apis Range of billing interface names (blank rows ignored).
 * @param {any[][]} images Range of the same shape with each row's monthly images.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @param {any[][]} [prepaid_images] Optional range of the same shape: prepaid pack images still available, summed per billing item.
 * @returns {number} Total postpaid charge in CNY.
 */
export function FACE_BILL(apis: any[][], images: any[][], catalog?: any, prepaid_images?: any[][]): number {
  try {
    return billCell("face", apis, images, catalog, prepaid_images ?? null);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Cost (CNY) of buying extra QPS for an interface: QPS × the quantity tier's price × periods. Overlapping purchases count together against the class cap.
 * @customfunction
 * @helpurl https://localhost:3000/help/QPS_COST.html
 * @param {string} api Interface name (e.g. "身份证识别") or API action.
 * @param {number} qps Extra QPS to buy (e.g. 80 to raise 20 to 100).
 * @param {number} periods Number of days (or months).
 * @param {string} [unit] "day" (default) or "month".
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} Cost in CNY.
 */
export function QPS_COST(api: string, qps: number, periods: number, unit?: string, catalog?: any): number {
  try {
    return qpsCostCell(api, qps, periods, unit, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Amount (CNY) frozen for the next month after a Face Recognition month settles (计费冻结: 120% of the bill).
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_FREEZE.html
 * @param {number} monthly_bill The settled month's bill in CNY.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {number} Frozen amount in CNY.
 */
export function FACE_FREEZE(monthly_bill: number, catalog?: any): number {
  try {
    return freezeCell(monthly_bill, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The price-catalog versions available: id, title, effective dates, source document and which is the default.
 * @customfunction
 * @helpurl https://localhost:3000/help/CATALOGS.html
 * @returns {any[][]} A table that spills: one row per version under a header row.
 */
export function CATALOGS(): any[][] {
  try {
    return catalogsTable();
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A billing item's prices in every catalog version, oldest first: version, effective date, each tier's unit price (or pack prices) and what changed from the version before.
 * @customfunction
 * @helpurl https://localhost:3000/help/PRICE_HISTORY.html
 * @param {string} api Interface or billing item name, or an API action (OCR or Face Recognition).
 * @param {string} [what] "postpaid" (each tier's unit price, the default) or "packs" (pack prices).
 * @returns {any[][]} A table that spills: one row per version under a header row.
 */
export function PRICE_HISTORY(api: string, what?: string): any[][] {
  try {
    return priceHistoryCells(api, what);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A billing item's prices as a table: interfaces, postpaid tiers and unit prices, free quota and pack list prices.
 * @customfunction
 * @helpurl https://localhost:3000/help/PRICES.html
 * @param {string} api Interface or billing item name, or an API action (OCR or Face Recognition).
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {any[][]} A table that spills: what, from / size, to, price (CNY), note.
 */
export function PRICES(api: string, catalog?: any): any[][] {
  try {
    return pricesTable(api, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The cheapest plan of OCR prepaid packs for a 1–12 month forecast of one billing item: packs bought at the start of month 1 (valid 12 months), used after each month's free quota, the rest postpaid. Exact optimum; ties go to fewer, then smaller packs.
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_PLAN.html
 * @param {string} api Interface or billing item name, or an API action.
 * @param {any[][]} monthly_calls Range of 1 to 12 monthly call volumes, first month first.
 * @param {any[][]} [pack_prices] Optional two-column range (pack size, price paid) overriding list prices.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {any[][]} Rows: each pack size bought (size, count, cost), then postpaid, plan total, all-postpaid total and saving.
 */
export function OCR_PLAN(api: string, monthly_calls: any[][], pack_prices?: any[][], catalog?: any): any[][] {
  try {
    return planTable(api, monthly_calls, pack_prices ?? null, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Face Recognition freeze cash flow (计费冻结): per month the bill charged, the amount frozen after settlement, the amount released, and the cash the account must hold; the peak last.
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_FREEZE_SCHEDULE.html
 * @param {any[][]} monthly_bills Range of monthly face bills in CNY, first month first.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {any[][]} One row per month under a header, then the peak.
 */
export function FACE_FREEZE_SCHEDULE(monthly_bills: any[][], catalog?: any): any[][] {
  try {
    return freezeScheduleTable(monthly_bills, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The volume at or above monthly_calls with the lowest monthly OCR cost, and that cost: where a 阶梯到达 tier makes more calls cheaper (9,999 calls cost 1,349.85; 10,000 cost 900).
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_NEXT_TIER.html
 * @param {string} api Interface or billing item name, or an API action.
 * @param {number} monthly_calls Calls in the month.
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {any[][]} One row: the cheapest volume and its cost in CNY.
 */
export function OCR_NEXT_TIER(api: string, monthly_calls: number, catalog?: any): any[][] {
  try {
    return nextTierRow(api, monthly_calls, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Prepaid pack accounting of an OCR billing item over 1–36 months: packs bought at the start of their month, valid 12 months, used after each month's free quota (the pack that expires first first); an unused remainder is written off in its last valid month.
 * @customfunction
 * @helpurl https://localhost:3000/help/OCR_PACK_LEDGER.html
 * @param {string} api Interface or billing item name, or an API action.
 * @param {any[][]} monthly_calls Range of 1 to 36 monthly call volumes, first month first.
 * @param {any[][]} purchases Three-column range: month bought (1 = the first month), pack size, price paid (blank rows ignored).
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {any[][]} A header, one row per month (calls, free, pack and postpaid calls, postpaid cost, pack expense = calls used × price ÷ size, write-off, balance), and a total row.
 */
export function OCR_PACK_LEDGER(api: string, monthly_calls: any[][], purchases: any[][], catalog?: any): any[][] {
  try {
    return packLedgerTable("ocr", api, monthly_calls, purchases, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Prepaid pack accounting of a Face Recognition billing item over 1–36 months, in catalog versions that sell packs (the 2020 page): as OCR_PACK_LEDGER.
 * @customfunction
 * @helpurl https://localhost:3000/help/FACE_PACK_LEDGER.html
 * @param {string} api Billing interface name, or an API action.
 * @param {any[][]} monthly_images Range of 1 to 36 monthly volumes, first month first.
 * @param {any[][]} purchases Three-column range: month bought (1 = the first month), pack size, price paid (blank rows ignored).
 * @param {any} [catalog] Catalog version id or date (blank = default).
 * @returns {any[][]} A header, one row per month, and a total row.
 */
export function FACE_PACK_LEDGER(api: string, monthly_images: any[][], purchases: any[][], catalog?: any): any[][] {
  try {
    return packLedgerTable("face", api, monthly_images, purchases, catalog);
  } catch (error) {
    throw toExcelError(error);
  }
}
