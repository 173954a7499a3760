import { cellNumber } from "../core/cellNumber";
import { addCounts } from "../core/count";
import type { MessageLang } from "../core/messages";
import { Money, ZERO } from "../core/money";
import type { PackLedger } from "../core/packLedger";

/**
 * The pack ledger as a grid: a header row, one row per month and a total row, in the columns
 * the issue fixes. OCR_PACK_LEDGER spills it and the Pack ledger sheet shows it, so both have
 * the same words and the same totals.
 */

export interface LedgerWords {
  readonly header: readonly string[];
  readonly total: string;
}

export const LEDGER_WORDS: Readonly<Record<MessageLang, LedgerWords>> = {
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

/** Column indexes of the grid's money columns (postpaid cost, pack expense, pack write-off). */
export const LEDGER_MONEY_COLUMNS: readonly number[] = [5, 6, 7];

export interface LedgerGrid {
  readonly header: readonly string[];
  readonly rows: (string | number)[][];
  readonly total: (string | number)[];
}

export function ledgerGrid(ledger: PackLedger, lang: MessageLang): LedgerGrid {
  const words = LEDGER_WORDS[lang];
  const counts = [0, 0, 0, 0];
  const money = [ZERO, ZERO, ZERO];
  const rows = ledger.months.map((m) => {
    [m.calls, m.freeCalls, m.packCalls, m.postpaidCalls].forEach((n, k) => (counts[k] = addCounts(counts[k], n, null)));
    [m.postpaid, m.packExpense, m.writeOff].forEach((x, k) => (money[k] = money[k].plus(x)));
    const amounts = [m.postpaid, m.packExpense, m.writeOff].map(cellNumber);
    return [m.month, m.calls, m.freeCalls, m.packCalls, m.postpaidCalls, ...amounts, m.balance];
  });
  const balance = ledger.months[ledger.months.length - 1].balance;
  const total = [words.total, ...counts, ...money.map((x: Money) => cellNumber(x)), balance];
  return { header: words.header, rows, total };
}
