/**
 * Comparison tables as pure data (no Office): build a ComparisonTable here, write it with
 * src/sheets (Office.js) or render it as text in the standalone calculator.
 */
export type {
  BuildOptions,
  CellValue,
  ComparisonKind,
  ComparisonTable,
  ForecastInput,
  ForecastOptions,
  GridProblem,
  LadderOptions,
  PackPriceInput,
  PlanOptions,
  ProductChoice,
  ScenarioInput,
  ScenarioOptions,
  TableLayout,
  TableToCatalogOptions,
  TableToCatalogResult,
} from "./types";
export { FORMAT_CNY, FORMAT_COUNT, FORMAT_PERCENT, FORMAT_UNIT_PRICE } from "./types";
export { cellAddress, columnLetter, safeSheetName, tableLayout } from "./layout";
// priceChanges(registry, versionA, versionB, kind?, opts?): ComparisonTable
export { priceChanges } from "./priceChanges";
// forecast(registry, rows, versions, opts): ComparisonTable
export { forecast } from "./forecast";
// volumeLadder(registry, apis, volumes, versions, opts?): ComparisonTable
export { volumeLadder } from "./ladder";
// planSheet(registry, api, monthlyVolumes, version, packPrices?, opts?): ComparisonTable
export { planSheet } from "./planSheet";
// scenario(registry, lines, versions, opts): ComparisonTable
export { scenario } from "./scenario";
// catalogToTable(catalog, opts?): ComparisonTable; tableToCatalog(grid, base?, opts?): TableToCatalogResult
export { catalogToTable, tableToCatalog } from "./catalogTable";
