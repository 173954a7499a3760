/**
 * The Scenario kind of the comparisons card: its own fields (items with their month-1 calls,
 * the monthly growth, the months) and the reader that turns them into the table builder of the
 * form the card's output choice names (scenarioBuild.ts).
 * The card (compare.ts) only places the fields and calls the reader.
 */
import type { ProductKind } from "../../catalog/types";
import { field, h } from "../dom";
import type { Parsed } from "../inputs";
import type { PaneContext } from "./context";
import type { Generated, OutputForm } from "./outputForm";

/** What the scenario fields hold when "Generate" is pressed. */
export interface ScenarioValues {
  readonly rows: string;
  readonly growth: string;
  readonly months: string;
}

export interface ScenarioFields {
  readonly element: HTMLElement;
  readonly values: () => ScenarioValues;
}

export function scenarioFields(ctx: PaneContext): ScenarioFields {
  const { t } = ctx;
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
  const element = h(
    "div",
    { id: "scenario-fields" },
    field(t("scenarioRowsLabel"), rows),
    h("div", { class: "grid" }, field(t("scenarioGrowthLabel"), growth), field(t("scenarioMonthsLabel"), months)),
  );
  return {
    element,
    values: () => ({ rows: rows.value, growth: growth.value, months: months.value }),
  };
}

/** The scenario's table builder from the form, or null when a field was refused (and said why). */
export async function readScenario(
  { t, registry }: PaneContext,
  f: {
    readonly product: ProductKind;
    readonly versions: string[];
    readonly form: OutputForm;
    readonly scenario: ScenarioValues;
  },
  bad: <T>(p: Parsed<T>) => boolean,
): Promise<(() => Generated) | null> {
  // The scenario's readers and sheet builder are a chunk of their own (scenario.js), fetched on the first scenario.
  const [{ scenarioBuilder }, { parseGrowth, parseMonths, parseScenarioRows }] = await Promise.all([
    import(/* webpackChunkName: "scenario" */ "./scenarioBuild"),
    import(/* webpackChunkName: "scenario" */ "../scenarioInputs"),
  ]);
  const lines = parseScenarioRows(f.scenario.rows, t);
  const growth = parseGrowth(f.scenario.growth, t);
  const months = parseMonths(f.scenario.months, t);
  // Every refused field in one message, none dropped.
  const errors = [lines, growth, months].flatMap((p) => (p.ok ? [] : p.errors));
  if (errors.length > 0) bad({ ok: false, errors });
  if (!lines.ok || !growth.ok || !months.ok) return null;
  const opts = { growth: growth.value, months: months.value, product: f.product, lang: t.lang };
  return scenarioBuilder(registry, lines.value, f.versions, opts, f.form);
}
