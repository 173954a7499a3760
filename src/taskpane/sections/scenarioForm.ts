/**
 * The Scenario kind of the comparisons card: its own fields (items with their month-1 calls,
 * the monthly growth, the months, live formulas in Excel) and the reader that turns them into
 * the table builder. The card (compare.ts) only places the fields and calls the reader.
 */
import type { ProductKind } from "../../catalog/types";
import { scenario } from "../../compare/scenario";
import type { ComparisonTable } from "../../compare/types";
import { field, h } from "../dom";
import type { Parsed } from "../inputs";
import { parseGrowth, parseMonths, parseScenarioRows } from "../scenarioInputs";
import type { PaneContext } from "./context";

/** What the scenario fields hold when "Generate" is pressed. */
export interface ScenarioValues {
  readonly rows: string;
  readonly growth: string;
  readonly months: string;
  readonly live: boolean;
}

export interface ScenarioFields {
  readonly element: HTMLElement;
  readonly values: () => ScenarioValues;
}

export function scenarioFields(ctx: PaneContext): ScenarioFields {
  const { t, excel } = ctx;
  const rows = h("textarea", { id: "scenario-rows", rows: 3, spellcheck: false });
  rows.value = "身份证识别, 25000";
  const growth = h("input", { type: "text", id: "scenario-growth", autocomplete: "off", value: "8%" });
  const months = h("input", {
    type: "text",
    id: "scenario-months",
    autocomplete: "off",
    inputmode: "numeric",
    value: "12",
  });
  const live = h("input", { type: "checkbox", id: "scenario-live", checked: true });
  const element = h(
    "div",
    { id: "scenario-fields" },
    field(t("scenarioRowsLabel"), rows),
    h("div", { class: "grid" }, field(t("scenarioGrowthLabel"), growth), field(t("scenarioMonthsLabel"), months)),
    excel ? h("div", { class: "check" }, live, h("label", { for: live.id }, t("liveFormulas"))) : null,
  );
  return {
    element,
    values: () => ({
      rows: rows.value,
      growth: growth.value,
      months: months.value,
      live: excel !== null && live.checked,
    }),
  };
}

/** The scenario's table builder from the form, or null when a field was refused (and said why). */
export async function readScenario(
  { t, registry }: PaneContext,
  f: { readonly product: ProductKind; readonly versions: string[]; readonly scenario: ScenarioValues },
  bad: <T>(p: Parsed<T>) => boolean,
): Promise<(() => ComparisonTable) | null> {
  const lines = parseScenarioRows(f.scenario.rows, t);
  const growth = parseGrowth(f.scenario.growth, t);
  const months = parseMonths(f.scenario.months, t);
  // Every refused field in one message, none dropped.
  const errors = [lines, growth, months].flatMap((p) => (p.ok ? [] : p.errors));
  if (errors.length > 0) bad({ ok: false, errors });
  if (!lines.ok || !growth.ok || !months.ok) return null;
  return () =>
    scenario(registry, lines.value, f.versions, {
      growth: growth.value,
      months: months.value,
      product: f.product,
      liveFormulas: f.scenario.live,
      lang: t.lang,
    });
}
