import type { CatalogRegistry } from "../catalog/registry";
import type { CellValue, ComparisonTable, ForecastInput, GridProblem } from "../compare/types";
import type { DateSystem } from "../catalog/registry";
import type { Lang } from "./i18n";
// The modules themselves, not the sheets index: it would bring the plan sheet's builder into the
// pane's script, which the Plan kind fetches as a chunk of its own.
import { detectDateSystem } from "../sheets/dateSystem";
import { readSelectedForecast, readSheetGrid } from "../sheets/readRanges";
import { recalculateTcloudFormulas } from "../sheets/recalculate";
import {
  restoreCatalogsFromWorkbook,
  saveCatalogsToWorkbook,
  setDefaultVersion,
  type RestoreResult,
} from "../sheets/workbookCatalogs";
import type { XlsxSheet } from "./xlsx";
import type { ProgressReport } from "./status";

/**
 * What the pane asks of Excel, in one place; everything goes through src/sheets (batched
 * Office.js). Outside Excel the pane has no host and shows its results as HTML and .xlsx.
 */
export interface ExcelHost {
  restore(registry: CatalogRegistry): Promise<RestoreResult>;
  save(registry: CatalogRegistry): Promise<void>;
  /** Stores the versions and re-runs this workbook's TCLOUD formulas (a version they name appeared or went away). */
  saveAndRecalculate(registry: CatalogRegistry): Promise<void>;
  recalculate(): Promise<void>;
  /** The workbook's date system (1900, or 1904 in some files from Excel for Mac). */
  dateSystem(): Promise<DateSystem>;
  /** Sets the default, stores it with the workbook and re-runs this workbook's TCLOUD formulas. */
  setDefault(registry: CatalogRegistry, id: string): Promise<void>;
  writeTable(table: ComparisonTable, report: ProgressReport): Promise<string>;
  /** Writes sheets named around the workbook's (a portable workbook); returns the first one's name. */
  writeSheets(build: (takenNames: readonly string[]) => readonly XlsxSheet[], report: ProgressReport): Promise<string>;
  readSelectedForecast(): Promise<{ address: string; rows: ForecastInput[]; problems: GridProblem[] }>;
  readActiveSheet(): Promise<{ sheetName: string; grid: CellValue[][] }>;
}

/** The Excel host of the pane: messages in `lang`; `warn` shows what a save wants the user to know. */
export function excelHost(lang: Lang = "en", warn: (message: string) => void = () => undefined): ExcelHost {
  const store = { lang };
  const save = async (registry: CatalogRegistry): Promise<void> => {
    const { warning } = await saveCatalogsToWorkbook(registry, store);
    if (warning) warn(warning.message);
  };
  return {
    restore: (registry) => restoreCatalogsFromWorkbook(registry, store),
    save,
    recalculate: async () => {
      await recalculateTcloudFormulas(store);
    },
    dateSystem: () => detectDateSystem(store),
    saveAndRecalculate: async (registry) => {
      await save(registry);
      await recalculateTcloudFormulas(store);
    },
    setDefault: async (registry, id) => {
      const { warning } = await setDefaultVersion(registry, id, store);
      if (warning) warn(warning.message);
    },
    writeTable: async (table, report) => {
      // The sheet writer is a chunk of its own (sheet-writer.js), fetched when the first table is written.
      const { writeComparisonSheet } = await import(
        /* webpackChunkName: "sheet-writer" */ "../sheets/writeComparisonSheet"
      );
      const stats = await writeComparisonSheet(table, {
        lang,
        progress: (p) => report(p.totalRows ? p.rowsWritten / p.totalRows : null),
      });
      return stats.sheetName;
    },
    writeSheets: async (build, report) => {
      // Loaded with the portable builders that call it (their chunk), not with the pane.
      const { writeWorkbookSheets } = await import(/* webpackChunkName: "portable" */ "../sheets/writeWorkbookSheets");
      const stats = await writeWorkbookSheets(build, {
        lang,
        progress: (p) => report(p.totalRows ? p.rowsWritten / p.totalRows : null),
      });
      return stats.sheetNames[0] ?? "";
    },
    readSelectedForecast: () => readSelectedForecast({ lang }),
    readActiveSheet: async () => {
      let sheetName = "";
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        sheetName = sheet.name;
      });
      return { sheetName, grid: await readSheetGrid(sheetName, store) };
    },
  };
}
