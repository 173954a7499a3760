import { productOf } from "./adapters";
import { ledgerGrid } from "../compare/ledgerGrid";
import { PricingError } from "../core/errors";
import type { ProductKind } from "../core/model";
import { packLedger, type PackPurchase } from "../core/packLedger";
import { resolveItem } from "../core/resolve";
import { asRange, countCell, isBlankCell, moneyCell, nameParam, type Cell } from "./excelArgs";
import { officeLanguage } from "./excelErrors";
import { prefixOfRange } from "./planning";

/**
 * The purchases range: rows of (month bought, pack size, price paid). Blank rows are skipped
 * (desktop passes them as [0, 0, 0]); a blank or 0 price is an error, never a free pack.
 */
function purchasesOf(range: Cell[][] | Cell): PackPurchase[] {
  if (isBlankCell(range as Cell)) return [];
  const purchases: PackPurchase[] = [];
  asRange(range, "purchases").forEach((row, i) => {
    if (row.every(isBlankCell)) return;
    if (row.length !== 3) throw new PricingError({ kind: "purchases-columns", columns: row.length });
    const r = i + 1;
    const month = countCell(row[0], { key: "purchase-month", row: r });
    const size = countCell(row[1], { key: "purchase-size", row: r });
    if (isBlankCell(row[2])) throw new PricingError({ kind: "purchase-no-price", row: r });
    purchases.push({ month, size, price: moneyCell(row[2], { key: "purchase-price", row: r }) });
  });
  return purchases;
}

export function packLedgerTable(
  kind: ProductKind,
  api: string | null | undefined,
  monthlyCalls: Cell[][] | Cell,
  purchases: Cell[][] | Cell,
  catalog: Cell,
): (string | number)[][] {
  const product = productOf(kind, catalog);
  const item = resolveItem(product, nameParam(api));
  const cells = prefixOfRange(asRange(monthlyCalls, kind === "ocr" ? "monthly_calls" : "monthly_images"));
  const volumes = cells.map((cell, i) => countCell(cell, { key: "month-volume", month: i + 1 }));
  const grid = ledgerGrid(packLedger(product, item, volumes, purchasesOf(purchases)), officeLanguage());
  return [[...grid.header], ...grid.rows, grid.total];
}
