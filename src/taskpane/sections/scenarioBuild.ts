/**
 * The scenario's table builder in each form of the card's output choice (outputForm.ts): live
 * TCLOUD formulas, the portable workbook (src/compare/portable) or values. Loaded with the
 * scenario chunk (scenario.js) when a scenario is first generated, not with the pane.
 */
import type { CatalogRegistry } from "../../catalog/registry";
import { scenario } from "../../compare/scenario";
import type { ScenarioInput, ScenarioOptions } from "../../compare/types";
import type { Generated, OutputForm } from "./outputForm";

export async function scenarioBuilder(
  registry: CatalogRegistry,
  lines: readonly ScenarioInput[],
  versions: string[],
  opts: Omit<ScenarioOptions, "liveFormulas">,
  form: OutputForm,
): Promise<() => Generated> {
  const live = form === "addin";
  const table = () => scenario(registry, lines, versions, { ...opts, liveFormulas: live });
  if (form !== "portable") return () => ({ table: table(), formulas: live });
  // The chunk the forecast's and the ladder's portable forms load (portable.js).
  const { portableScenario } = await import(/* webpackChunkName: "portable" */ "../../compare/portable");
  return () => ({
    table: table(),
    sheets: (takenSheetNames) => portableScenario(registry, lines, versions, { ...opts, takenSheetNames }).sheets,
  });
}
