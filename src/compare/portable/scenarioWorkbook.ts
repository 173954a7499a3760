import type { CatalogRegistry } from "../../catalog/registry";
import type { ItemModel, ProductModel } from "../../core/model";
import type { XlsxCell, XlsxFormula } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { scenario } from "../scenario";
import { scenarioWords } from "../scenarioWords";
import { formulaString } from "../shared";
import type { ScenarioInput, ScenarioOptions } from "../types";
import { chargeFormula } from "./chargeFormula";
import type { PortableOptions, PortableWorkbook } from "./forecastWorkbook";
import { formulaCell, pricedItems, sheetNamer, type PricedItems } from "./pricedItems";
import { portableWords } from "./words";

/**
 * The Scenario comparison (src/compare/scenario.ts, same layout and values) as a workbook that
 * recalculates without the add-in: where the add-in form has =TCLOUD.OCR_COST, each month's
 * "postpaid only" and the priced part of "with plan" are the portable charge over the month's
 * calls (and its pack calls) and the price-table sheet; the plan (packs bought, their cost, pack
 * calls) stays values, as in the add-in form; saving and totals are the same arithmetic and SUMs.
 */
export function portableScenario(
  registry: CatalogRegistry,
  lines: readonly ScenarioInput[],
  versions: readonly string[],
  opts: Omit<ScenarioOptions, "liveFormulas"> & Pick<PortableOptions, "cachedValues" | "takenSheetNames">,
): PortableWorkbook {
  const w = portableWords(opts.lang);
  const cached = opts.cachedValues ?? true;
  const take = sheetNamer(opts.takenSheetNames);
  const scenarioName = take(scenarioWords(opts.lang).sheetName);
  const priceName = take(w.priceSheet);
  // Resolved after scenario() has checked its input (its errors first), on the first cost cell.
  let priced: PricedItems | undefined;
  const resolve = (): PricedItems =>
    (priced ??= pricedItems(
      registry,
      lines.map((line) => line.api),
      versions,
      opts.product,
      priceName,
      opts.lang,
    ));

  const table = scenario(
    registry,
    lines,
    versions,
    { ...opts, liveFormulas: true },
    {
      note: w.scenarioNote,
      // scenario() asks for a cost only where the line's item exists under the version.
      cost: (i, v, cells) => {
        const { kinds, items, productOf, prices } = resolve();
        const refs = prices.refs(productOf(kinds[i], versions[v]) as ProductModel, items[i][v] as ItemModel);
        // A changed name would be priced with the old one's prices: #N/A instead.
        const guard = `${cells.api}<>${formulaString(lines[i].api)}`;
        return `IF(${guard},NA(),${chargeFormula(cells.calls, cells.prepaid, refs)})`;
      },
    },
  );

  const sheet = tableToXlsxSheet({ ...table, sheetName: scenarioName }, { formulas: true });
  const isFormula = (cell: XlsxCell): cell is XlsxFormula =>
    typeof cell === "object" && cell !== null && "formula" in cell;
  const rows = cached
    ? sheet.rows
    : sheet.rows.map((row) =>
        row.map((cell) => (isFormula(cell) ? formulaCell(cell.formula, undefined, false) : cell)),
      );
  return { sheets: [{ ...sheet, rows }, resolve().prices.sheet] };
}
