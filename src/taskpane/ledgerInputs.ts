import type { PurchaseInput } from "../compare/packLedgerSheet";
import { readTypedNumber, splitTypedNumbers } from "../core/typedNumber";
import { parseCount } from "./calculator";
import type { Translator } from "./i18n";
import type { Parsed } from "./inputs";

/**
 * Pack purchases as typed: one per line (or separated by ";"), each "month, pack size, price
 * paid" with commas, tabs or spaces between ("1, 10万, 3,500", "1\t100000\t3500", "1,100000,3500").
 * Numbers go through the one reader of typed numbers; every bad entry is reported, none dropped.
 */
export function parsePurchases(text: string, t: Translator): Parsed<PurchaseInput[]> {
  const purchases: PurchaseInput[] = [];
  const errors: string[] = [];
  text.split(/\r?\n|;|；/).forEach((entry, i) => {
    if (entry.trim() === "") return;
    const fields = entry.includes("\t") ? entry.split("\t").map((f) => f.trim()) : splitTypedNumbers(entry);
    const [month, size] = fields.slice(0, 2).map(parseCount);
    const price = fields.length === 3 ? readTypedNumber(fields[2]) : null;
    if (fields.length !== 3 || month === null || size === null || !price?.ok) {
      errors.push(t("badPurchase", { line: i + 1, text: entry.trim() }));
      return;
    }
    purchases.push({ month, size, price: price.value.toFixed() });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: purchases };
}
