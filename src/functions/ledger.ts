import { productOf } from "./adapters";
import { addCounts } from "../core/count";
import { cellNumber } from "../core/cellNumber";
import { PricingError } from "../core/errors";
import type { MessageLang } from "../core/messages";
import type { ProductKind } from "../core/model";
import { Money, ZERO } from "../core/money";
import { packLedger, type PackPurchase } from "../core/packLedger";
import { resolveItem } from "../core/resolve";
import { asRange, countCell, isBlankCell, moneyCell, nameParam, type Cell } from "./excelArgs";
import { officeLanguage } from "./excelErrors";
import { prefixOfRange } from "./planning";

/** The header and total words of OCR_PACK_LEDGER / FACE_PACK_LEDGER, in Office's display language. */
const WORDS: Readonly<Record<MessageLang, { readonly header: readonly string[]; readonly total: string }>> = {
  en: {
    header: [
      "month",
      "calls",
      "free calls",
      "pack calls",
      "postpaid calls",
      "postpaid cost",
      "pack expense",
      "pack write-off",
      "pack balance",
    ],
    total: "total",
  },
  zh: {
    header: [
      "月份",
      "调用量",
      "免费额度",
      "资源包抵扣",
      "后付费调用量",
      "后付费费用",
      "资源包费用",
      "资源包核销",
      "资源包余量",
    ],
    total: "合计",
  },
};

/**
 * The purchases range: rows of (month bought, pack size, price paid). Blank rows are skipped
 * (desktop passes them as [0, 0, 0]); a blank or 0 price is an error, never a free pack.
 */
function purchasesOf(range: Cell[][] | Cell): PackPurchase[] {
  if (isBlankCell(range as Cell)) return [];
  const purchases: PackPurchase[] = [];
  asRange(range, "purchases").forEach((row, i) => {
    if (row.every(isBlankCell)) return;
    if (row.length !== 3) throw new PricingError({ kind: "purchases-columns", columns: row.length });
    const r = i + 1;
    const month = countCell(row[0], { key: "purchase-month", row: r });
    const size = countCell(row[1], { key: "purchase-size", row: r });
    if (isBlankCell(row[2])) throw new PricingError({ kind: "purchase-no-price", row: r });
    purchases.push({ month, size, price: moneyCell(row[2], { key: "purchase-price", row: r }) });
  });
  return purchases;
}

export function packLedgerTable(
  kind: ProductKind,
  api: string | null | undefined,
  monthlyCalls: Cell[][] | Cell,
  purchases: Cell[][] | Cell,
  catalog: Cell,
): (string | number)[][] {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameParam(api));
  const cells = prefixOfRange(asRange(monthlyCalls, kind === "ocr" ? "monthly_calls" : "monthly_images"));
  const volumes = cells.map((cell, i) => countCell(cell, { key: "month-volume", month: i + 1 }));
  const { months } = packLedger(product, item, volumes, purchasesOf(purchases));
  const words = WORDS[officeLanguage()];
  const counts = [0, 0, 0, 0];
  const money = [ZERO, ZERO, ZERO];
  const rows = months.map((m) => {
    [m.calls, m.freeCalls, m.packCalls, m.postpaidCalls].forEach((n, k) => (counts[k] = addCounts(counts[k], n, null)));
    [m.postpaid, m.packExpense, m.writeOff].forEach((x, k) => (money[k] = money[k].plus(x)));
    const amounts = [m.postpaid, m.packExpense, m.writeOff].map(cellNumber);
    return [m.month, m.calls, m.freeCalls, m.packCalls, m.postpaidCalls, ...amounts, m.balance];
  });
  const balance = months[months.length - 1].balance;
  return [[...words.header], ...rows, [words.total, ...counts, ...money.map((x: Money) => cellNumber(x)), balance]];
}
