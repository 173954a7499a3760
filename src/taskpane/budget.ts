import type { CatalogRegistry } from "../catalog/registry";
import type { MessageLang } from "../core/messages";
import { maxVolumeForBudget } from "../core/maxVolume";
import type { ProductKind } from "../core/model";
import { formatMoney } from "../core/money";
import { readTypedNumber } from "../core/typedNumber";
import { fieldsProblem, findItem, parseCount, refusal, refusalOf, type CalcInput, type Refusal } from "./calculator";

/**
 * The calculator's other question: how many calls (images) a month's budget buys, answered by
 * the core (maxVolumeForBudget, OCR_MAX_CALLS's rule) for the item, version and prepaid calls
 * of the form. The budget is typed like every number ("1,349", "１３４９", "1.5万").
 */

export interface BudgetInput extends Omit<CalcInput, "volume"> {
  readonly budget: string;
}

export interface BudgetAnswer {
  readonly ok: true;
  readonly catalogId: string;
  readonly itemName: string;
  readonly volume: number;
  /** What that volume costs, exact decimal text (at most the budget). */
  readonly cost: string;
  readonly budget: string;
  readonly switchedTo?: ProductKind;
}

export type BudgetResult = BudgetAnswer | Refusal;

export function callsForBudget(registry: CatalogRegistry, input: BudgetInput, lang: MessageLang = "en"): BudgetResult {
  if (input.budget.trim() === "") return refusal({ kind: "missing-argument", label: { key: "budget" } }, lang);
  const budget = readTypedNumber(input.budget);
  if (!budget.ok) return refusal({ kind: "not-a-number", label: { key: "budget" }, found: `"${input.budget}"` }, lang);
  const problem = fieldsProblem(input);
  if (problem) return refusal(problem, lang);
  try {
    const { kind, product, item } = findItem(registry, input);
    const answer = maxVolumeForBudget(product, item, budget.value, parseCount(input.prepaid) ?? 0);
    return {
      ok: true,
      ...(kind !== input.kind ? { switchedTo: kind } : {}),
      catalogId: product.catalogId,
      itemName: item.name,
      volume: answer.volume,
      cost: formatMoney(answer.cost),
      budget: formatMoney(budget.value),
    };
  } catch (error) {
    return refusalOf(error, lang);
  }
}
