/** Workbooks that recalculate without the add-in: native formulas over a price-table sheet. */
export { portableForecast, type PortableOptions, type PortableWorkbook } from "./forecastWorkbook";
export { portableLadder } from "./ladderWorkbook";
export { portableScenario } from "./scenarioWorkbook";
export { portableLedger } from "./ledgerWorkbook";
export { portablePlan } from "./planWorkbook";
