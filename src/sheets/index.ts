/**
 * Office.js writers and readers (thin): a ComparisonTable from src/compare goes to a new
 * worksheet; catalogs are stored with the workbook; the default version change recalculates.
 */
export {
  writeComparisonSheet,
  uniqueSheetName,
  type WriteOptions,
  type WriteProgress,
  type WriteStats,
} from "./writeComparisonSheet";
export {
  CATALOG_PART_NAMESPACE,
  MAX_STATE_BYTES,
  readStoredParts,
  readWorkbookState,
  requestBytes,
  restoreCatalogsFromWorkbook,
  saveCatalogsToWorkbook,
  setDefaultVersion,
  stateToXml,
  workbookState,
  type RestoreResult,
  type SaveResult,
  type WorkbookCatalogState,
} from "./workbookCatalogs";
export { detectDateSystem } from "./dateSystem";
export { recalculateTcloudFormulas, type RecalculateStats } from "./recalculate";
export { parseAddress, parseForecastRange, readSelectedForecast, readSheetGrid } from "./readRanges";
export { needsQuotePrefix, toCellInput } from "./cells";
export { writePlanSheet } from "./planSheet";
export type { ExcelAccess, ExcelRunner } from "./excelRun";
