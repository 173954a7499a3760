import { CatalogRegistry } from "../../catalog/registry";
import type { BillingItem, Catalog, Product } from "../../catalog/types";
import { literalCatalog } from "../../core/__tests__/fixtures";
import type { XlsxCell } from "../../taskpane/xlsx";

export const HOSTILE_NAMES = [
  '=HYPERLINK("http://evil.example","click")',
  "@SUM(A1)",
  "<img onerror=alert(1)>",
  "+1-2",
  "-3",
  "#N/A",
];

const ocr = literalCatalog.products.ocr as Product;

/** A later version of the literal catalog: id card cheaper, 增值税发票核验 gone, a new hostile-named item. */
export const newerCatalog: Catalog = {
  ...literalCatalog,
  id: "literal-new",
  title: "Literal tiers, later",
  products: {
    face: literalCatalog.products.face,
    ocr: {
      ...ocr,
      effectiveDate: "2023-01-01",
      packSizes: [1000, 10000, 100000, 1000000],
      billingItems: [
        {
          ...(ocr.billingItems[0] as BillingItem),
          postpaid: {
            inclusive: "lower",
            tiers: [
              { from: 0, to: 10000, unitPrice: "0.12" },
              { from: 10000, to: 100000, unitPrice: "0.10" },
              { from: 100000, to: 1000000, unitPrice: "0.05" },
              { from: 1000000, to: null, unitPrice: "0.04" },
            ],
          },
          packs: [
            { size: 1000, listPrice: "100" },
            { size: 10000, listPrice: "800" },
            { size: 100000, listPrice: null },
            { size: 1000000, listPrice: "40000" },
          ],
        },
        ocr.billingItems[2],
        ocr.billingItems[3],
        {
          id: "ocr.hostile",
          name: HOSTILE_NAMES[0],
          interfaces: [{ name: HOSTILE_NAMES[0] }, { name: "@SUM(A1)" }, { name: "<img onerror=alert(1)>" }],
          postpaid: { inclusive: "lower", tiers: [{ from: 0, to: null, unitPrice: "0.2" }] },
        },
      ],
    },
  },
};

/** A face-only version (no OCR): OCR lines priced under it are #N/A. */
export const faceOnlyCatalog: Catalog = {
  ...literalCatalog,
  id: "literal-face",
  title: "Face only",
  products: { face: literalCatalog.products.face },
};

export const testRegistry = (): CatalogRegistry =>
  new CatalogRegistry([literalCatalog, newerCatalog, faceOnlyCatalog], "literal-test");

export const GENERATED_AT = "2024-05-01T00:00:00.000Z";

/**
 * A portable sheet against the values form's rows (through `rowCount`): each cell equal, each
 * formula's cached value the value written there. Returns how many cells are formulas.
 */
export function expectCachedAsValues(
  portable: readonly (readonly XlsxCell[])[],
  plain: readonly (readonly XlsxCell[])[],
  rowCount: number,
): number {
  let formulaCells = 0;
  for (let r = 0; r < rowCount; r++)
    plain[r].forEach((expected, c) => {
      const got = portable[r][c];
      const formula = typeof got === "object" && got !== null && "formula" in got;
      if (formula) formulaCells++;
      expect([r + 1, c, formula ? got.cached : got]).toEqual([r + 1, c, expected]);
    });
  return formulaCells;
}
