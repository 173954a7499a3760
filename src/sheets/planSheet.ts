import type { CatalogRegistry } from "../catalog/registry";
import { planSheet } from "../compare/planSheet";
import type { PackPriceInput, PlanOptions } from "../compare/types";
import { writeComparisonSheet, type WriteOptions, type WriteStats } from "./writeComparisonSheet";

/** Issue 4: the Plan sheet — the cheapest pack plan for a forecast, written as a new worksheet. */
export async function writePlanSheet(
  registry: CatalogRegistry,
  api: string,
  monthlyVolumes: readonly number[],
  version: string,
  packPrices?: readonly PackPriceInput[],
  opts: WriteOptions & PlanOptions = {},
): Promise<WriteStats> {
  const table = planSheet(registry, api, monthlyVolumes, version, packPrices, opts);
  return writeComparisonSheet(table, opts);
}
