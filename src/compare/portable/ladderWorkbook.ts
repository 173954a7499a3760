import type { CatalogRegistry } from "../../catalog/registry";
import { PricingError } from "../../core/errors";
import { fmtCount } from "../../core/messages";
import type { ProductModel } from "../../core/model";
import type { XlsxCell } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { volumeLadder } from "../ladder";
import { ladderWords } from "../ladderWords";
import { cellAddress, tableLayout } from "../layout";
import { formulaString } from "../shared";
import type { CellValue, LadderOptions } from "../types";
import { chargeFormula, unitPriceFormula } from "./chargeFormula";
import type { PortableOptions, PortableWorkbook } from "./forecastWorkbook";
import { formulaCell, pricedItems, sheetNamer } from "./pricedItems";
import { portableWords } from "./words";

const COL_API = 0;
const COL_VOLUME = 1;
/** Per version: cost, unit price, "more volume cheaper" (src/compare/ladder.ts's columns). */
const costCol = (v: number): number => 2 + 3 * v;

/**
 * The volume ladder (src/compare/ladder.ts, same layout and values) as a workbook that
 * recalculates without the add-in: each cost and unit price is a native formula over the row's
 * volume and the price-table sheet (no prepaid calls, as in the ladder); the cliff mark
 * compares a row's cost with the row above. The larger volume that costs less needs a search
 * over every tier, which no portable formula does: that mark stays in the other two forms.
 */
export function portableLadder(
  registry: CatalogRegistry,
  apis: readonly string[],
  volumes: readonly number[],
  versions: readonly string[],
  opts: LadderOptions & Pick<PortableOptions, "cachedValues" | "takenSheetNames"> = {},
): PortableWorkbook {
  const table = volumeLadder(registry, apis, volumes, versions, opts);
  const w = portableWords(opts.lang);
  const [cliffBefore, cliffAfter] = ladderWords(opts.lang).cliff("\u0001").split("\u0001");
  const cached = opts.cachedValues ?? true;
  const take = sheetNamer(opts.takenSheetNames);
  const ladderName = take(table.sheetName);
  const priceName = take(w.priceSheet);
  const { kinds, items, productOf, prices } = pricedItems(registry, apis, versions, opts.product, priceName, opts.lang);

  const sheet = tableToXlsxSheet({ ...table, sheetName: ladderName, notes: [w.ladderNote, ...(table.notes ?? [])] });
  const grid = sheet.rows.map((row) => [...row]) as XlsxCell[][];
  const firstRow = tableLayout(table).firstDataRow;
  const isNumber = (value: CellValue | undefined): value is number => typeof value === "number";

  table.rows.forEach((row, r) => {
    const sheetRow = firstRow + r;
    const cells = grid[sheetRow - 1];
    const api = String(row[COL_API]);
    const i = apis.indexOf(api);
    const volume = cellAddress(COL_VOLUME, sheetRow);
    const guard = `${cellAddress(COL_API, sheetRow)}<>${formulaString(api)}`;
    const sameApiAbove = r > 0 && table.rows[r - 1][COL_API] === api;
    versions.forEach((version, v) => {
      const item = items[i][v];
      if (item instanceof PricingError) return; // the error the core gives stays a value
      const refs = prices.refs(productOf(kinds[i], version) as ProductModel, item);
      const col = costCol(v);
      cells[col] = formulaCell(`IF(${guard},NA(),${chargeFormula(volume, "0", refs)})`, row[col], cached);
      cells[col + 1] = formulaCell(`IF(${guard},NA(),${unitPriceFormula(volume, "0", refs)})`, row[col + 1], cached);
      if (!sameApiAbove) {
        cells[col + 2] = null;
        return;
      }
      const cost = cellAddress(col, sheetRow);
      const above = cellAddress(col, sheetRow - 1);
      const mark = `${formulaString(cliffBefore)}&TEXT(${cellAddress(COL_VOLUME, sheetRow - 1)},"#,##0")&${formulaString(cliffAfter)}`;
      const before = table.rows[r - 1];
      const cliff =
        isNumber(row[col]) && isNumber(before[col]) && row[col] < before[col]
          ? cliffBefore + fmtCount(before[COL_VOLUME] as number) + cliffAfter
          : "";
      cells[col + 2] = formulaCell(
        `IF(AND(ISNUMBER(${cost}),ISNUMBER(${above})),IF(${cost}<${above},${mark},""),"")`,
        cliff,
        cached,
      );
    });
  });
  return { sheets: [{ ...sheet, rows: grid }, prices.sheet] };
}
