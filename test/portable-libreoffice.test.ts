import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CatalogRegistry } from "../src/catalog/registry";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { forecast, FIRST_COST } from "../src/compare/forecast";
import { portableForecast } from "../src/compare/portable/forecastWorkbook";
import { tableLayout } from "../src/compare/layout";
import { isErrorCell, type ForecastInput, type ProductChoice } from "../src/compare/types";
import { tierEdgeMonths } from "../src/core/tiers";
import { buildXlsx } from "../src/taskpane/xlsx";
import { readXlsx } from "./browser/xlsxReader";
import { soffice } from "./support/libreoffice";

/**
 * Proof by a real spreadsheet engine: portable workbooks written with NO cached values are
 * recalculated by LibreOffice Calc headless (a private profile that recalculates on load) and
 * every cost cell read back must equal the pricing core; #N/A exactly where the core fails.
 */
jest.setTimeout(180000);

const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);

interface Case {
  readonly name: string;
  readonly lines: ForecastInput[];
  readonly versions: string[];
  readonly product?: ProductChoice;
}

const cases: Case[] = [
  {
    name: "two-versions-shared",
    versions: ["tencent-current", "tencent-2021-ocr"],
    lines: [
      { api: "身份证识别", volume: 9000 },
      { api: "驾驶证识别", volume: 5000, prepaid: 1000 },
      { api: "行驶证识别", volume: 6000 },
      { api: "银行卡识别", volume: 2500, prepaid: 1000 },
      { api: "通用印刷体识别", volume: 90000 },
      { api: "通用印刷体识别", volume: 20000 },
    ],
  },
];
for (const catalog of EMBEDDED_CATALOGS) {
  for (const kind of ["ocr", "face"] as const) {
    let product;
    try {
      product = registry.product(kind, catalog.id);
    } catch {
      continue;
    }
    const lines: ForecastInput[] = [];
    for (const item of [...product.items, ...product.notBilled]) {
      const q = item.monthlyFreeQuota;
      const volumes = new Set([0, q, q + 1, ...tierEdgeMonths(item.postpaid, q)]);
      for (const volume of volumes) lines.push({ api: item.name, volume });
      lines.push({ api: item.name, volume: q + 5000, prepaid: 3000 });
    }
    cases.push({ name: `${catalog.id}-${kind}`, versions: [catalog.id], lines, product: kind });
  }
}

test("LibreOffice recalculates every portable cost to the core's value, #N/A where the core fails", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portable-"));
  const out = path.join(dir, "out");
  const files = cases.map((c) => {
    const file = path.join(dir, `${c.name}.xlsx`);
    const book = portableForecast(registry, c.lines, c.versions, { product: c.product, cachedValues: false });
    fs.writeFileSync(file, buildXlsx(book.sheets));
    return file;
  });
  soffice(files, out);
  let compared = 0;
  cases.forEach((c) => {
    const core = forecast(registry, c.lines, c.versions, { product: c.product, liveFormulas: false });
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(path.join(out, `${c.name}.xlsx`)))).sheets;
    const layout = tableLayout(core);
    const rows = [...core.rows, core.totals!];
    rows.forEach((row, r) => {
      for (let v = 0; v < c.versions.length; v++) {
        const ref = `${String.fromCharCode(65 + FIRST_COST + v)}${layout.firstDataRow + r}`;
        const expected = row[FIRST_COST + v];
        const got = sheet.cells.get(ref);
        const where = `${c.name} ${ref}`;
        if (isErrorCell(expected)) expect([where, got?.type, got?.value]).toEqual([where, "e", expected.error]);
        else {
          expect([where, got?.type]).toEqual([where, "n"]);
          expect(Math.abs((got!.value as number) - (expected as number))).toBeLessThan(1e-6);
        }
        compared++;
      }
    });
  });
  expect(compared).toBeGreaterThan(300);
});
