import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CatalogRegistry } from "../src/catalog/registry";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { cellAddress } from "../src/compare/layout";
import { priceHistorySheet } from "../src/compare/priceHistory";
import { FORMAT_UNIT_PRICE, type CellValue } from "../src/compare/types";
import { tableRows, tableToXlsxSheet } from "../src/taskpane/tableSheet";
import { buildXlsx } from "../src/taskpane/xlsx";
import { readXlsx, type ReadSheet } from "./browser/xlsxReader";
import { soffice } from "./support/libreoffice";

/**
 * The Price history sheet as the pane downloads it (.xlsx), read back twice: by the test reader
 * (cell types and number formats as written) and by LibreOffice Calc, which opens the file and
 * saves it again: every cell it read is compared with the table.
 */
jest.setTimeout(180000);

const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
const ITEMS = ["身份证识别", "人脸比对", "二维码和条形码识别"];
const cases = (["postpaid", "packs"] as const).flatMap((what) =>
  (["en", "zh"] as const).map((lang) => ({
    name: `history-${what}-${lang}`,
    table: priceHistorySheet(registry, ITEMS, what, { lang, generatedAt: "2026-01-01T00:00:00.000Z" }),
  })),
);

/** Every cell of the sheet equals the table's value at its place; blanks are absent or empty. */
function expectSheetHolds(sheet: ReadSheet, rows: CellValue[][], where: string): number {
  let numbers = 0;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const ref = cellAddress(c, r + 1);
      const cell = sheet.cells.get(ref);
      if (value === null || value === "") {
        expect([where, ref, cell?.value ?? ""]).toEqual([where, ref, ""]);
        return;
      }
      expect([where, ref, cell?.value]).toEqual([where, ref, value]);
      if (typeof value === "number") {
        expect([where, ref, cell?.type]).toEqual([where, ref, "n"]);
        numbers++;
      }
    }),
  );
  return numbers;
}

test("the downloaded Price history reads back cell for cell, its prices under the ¥ unit-price format", () => {
  for (const { name, table } of cases) {
    const [sheet] = readXlsx(buildXlsx([tableToXlsxSheet(table)])).sheets;
    expect(sheet.name).toBe(table.sheetName);
    expect(expectSheetHolds(sheet, tableRows(table), name)).toBeGreaterThan(10);
    const first = table.headerBlock.length + 2;
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== "number" || table.numberFormats?.[c] !== FORMAT_UNIT_PRICE) return;
        const ref = cellAddress(c, first + r + 1);
        expect([name, ref, sheet.cells.get(ref)?.format]).toEqual([name, ref, FORMAT_UNIT_PRICE]);
      }),
    );
  }
});

test("LibreOffice opens the downloaded Price history and finds every cell, in English and Chinese", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-xlsx-"));
  const out = path.join(dir, "out");
  const files = cases.map(({ name, table }) => {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, buildXlsx([tableToXlsxSheet(table)]));
    return file;
  });
  soffice(files, out);
  for (const { name, table } of cases) {
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(path.join(out, `${name}.xlsx`)))).sheets;
    expect([name, sheet.name]).toEqual([name, table.sheetName]);
    expect(expectSheetHolds(sheet, tableRows(table), name)).toBeGreaterThan(10);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
