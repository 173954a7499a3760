import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CatalogRegistry } from "../src/catalog/registry";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { forecast, FIRST_COST } from "../src/compare/forecast";
import { volumeLadder } from "../src/compare/ladder";
import { ladderWords } from "../src/compare/ladderWords";
import type { MessageLang } from "../src/core/messages";
import { portableForecast } from "../src/compare/portable/forecastWorkbook";
import { portableLadder } from "../src/compare/portable/ladderWorkbook";
import { portableScenario } from "../src/compare/portable/scenarioWorkbook";
import { scenario } from "../src/compare/scenario";
import { itemOrError } from "../src/compare/shared";
import { monthlyCharge } from "../src/core/charges/monthly";
import type { ItemModel } from "../src/core/model";
import { columnLetter, tableLayout } from "../src/compare/layout";
import {
  isErrorCell,
  type CellValue,
  type ComparisonTable,
  type ForecastInput,
  type ProductChoice,
  type ScenarioInput,
  type ScenarioOptions,
} from "../src/compare/types";
import { zipStored, type XlsxSheet } from "../src/taskpane/xlsx";
import type { ProductModel } from "../src/core/model";
import { tierEdgeMonths } from "../src/core/tiers";
import { buildXlsx } from "../src/taskpane/xlsx";
import { readXlsx, unzip } from "./browser/xlsxReader";
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
  readonly lang?: MessageLang;
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
/** Every embedded version's OCR and face products (a version may price only one of them). */
function eachProduct(visit: (catalogId: string, kind: "ocr" | "face", product: ProductModel) => void): void {
  for (const catalog of EMBEDDED_CATALOGS) {
    for (const kind of ["ocr", "face"] as const) {
      let product;
      try {
        product = registry.product(kind, catalog.id);
      } catch {
        continue;
      }
      visit(catalog.id, kind, product);
    }
  }
}
eachProduct((catalogId, kind, product) => {
  const lines: ForecastInput[] = [];
  for (const item of [...product.items, ...product.notBilled]) {
    const q = item.monthlyFreeQuota;
    const volumes = new Set([0, q, q + 1, ...tierEdgeMonths(item.postpaid, q)]);
    for (const volume of volumes) lines.push({ api: item.name, volume });
    lines.push({ api: item.name, volume: q + 5000, prepaid: 3000 });
  }
  cases.push({ name: `${catalogId}-${kind}`, versions: [catalogId], lines, product: kind });
});

/** Volume ladders across every tier boundary: each version's items alone, and two versions side by side. */
interface LadderCase {
  readonly name: string;
  readonly apis: string[];
  readonly versions: string[];
  readonly product: ProductChoice;
  readonly lang?: MessageLang;
}
const ladders: LadderCase[] = [
  {
    name: "ladder-two-versions",
    versions: ["tencent-current", "tencent-2021-ocr"],
    apis: ["身份证识别", "银行卡识别", "通用印刷体识别", "营业执照识别"],
    product: "ocr",
  },
];
eachProduct((catalogId, kind, product) => {
  const apis = [...new Set([...product.items, ...product.notBilled].map((i) => i.name))];
  ladders.push({ name: `ladder-${catalogId}-${kind}`, versions: [catalogId], apis, product: kind });
});

/** A workbook for LibreOffice to recalculate, the core's table it must match and the columns to compare. */
interface Book {
  readonly name: string;
  readonly sheets: readonly XlsxSheet[];
  readonly core: ComparisonTable;
  /** Columns of cost (or unit price) cells; the totals row too when the table has one. */
  readonly columns: number[];
  /** Ladder: the "more volume cheaper" columns, whose cliff mark the portable formula repeats. */
  readonly cliffColumns?: number[];
  readonly lang?: MessageLang;
}

// The two-version workbooks again in Chinese: other words on every sheet, the same formulas and numbers.
cases.push({ ...cases[0], name: "two-versions-shared-zh", lang: "zh" });
ladders.push({ ...ladders[0], name: "ladder-two-versions-zh", lang: "zh" });

const books: Book[] = [
  ...cases.map((c) => ({
    name: c.name,
    sheets: portableForecast(registry, c.lines, c.versions, { product: c.product, lang: c.lang, cachedValues: false })
      .sheets,
    core: forecast(registry, c.lines, c.versions, { product: c.product, lang: c.lang, liveFormulas: false }),
    columns: c.versions.map((_, v) => FIRST_COST + v),
  })),
  ...ladders.map((c) => ({
    name: c.name,
    sheets: portableLadder(registry, c.apis, [], c.versions, { product: c.product, lang: c.lang, cachedValues: false })
      .sheets,
    core: volumeLadder(registry, c.apis, [], c.versions, { product: c.product, lang: c.lang }),
    columns: c.versions.flatMap((_, v) => [2 + 3 * v, 3 + 3 * v]),
    cliffColumns: c.versions.map((_, v) => 4 + 3 * v),
    lang: c.lang,
  })),
];

/**
 * The Scenario under two versions: 身份证识别 buys packs, 驾驶证识别 (a little over its free
 * quota) stays postpaid, 银行卡识别 passes 1,000,000 calls in month 3, where the list has no
 * price (联系商务): #N/A postpaid only, and the totals with it. In English and Chinese.
 */
const SCENARIO_VERSIONS = ["tencent-current", "tencent-2021-ocr"];
const SCENARIO_LINES: ScenarioInput[] = [
  { api: "身份证识别", start: 25000 },
  { api: "驾驶证识别", start: 1050 },
  { api: "银行卡识别", start: 900000 },
];
const SCENARIO_OPTS = { growth: "0.08", months: 4, product: "ocr" as const };
/** Per version: postpaid only, packs bought (text), packs, pack calls, with plan, saving. */
const scenarioCol = (v: number, k: number): number => 3 + 6 * v + k;
/** The calls column and each version's money and pack-calls columns (packs bought is text, as written). */
const scenarioColumns = (versions: readonly string[]): number[] => [
  2,
  ...versions.flatMap((_, v) => [0, 2, 3, 4, 5].map((k) => scenarioCol(v, k))),
];
const scenarioBook = (
  name: string,
  lines: readonly ScenarioInput[],
  versions: string[],
  opts: Omit<ScenarioOptions, "liveFormulas">,
): Book => ({
  name,
  sheets: portableScenario(registry, lines, versions, { ...opts, cachedValues: false }).sheets,
  core: scenario(registry, lines, versions, { ...opts, liveFormulas: false }),
  columns: scenarioColumns(versions),
  lang: opts.lang,
});
const scenarioBooks: Book[] = [
  ...(["en", "zh"] as const).map((lang) =>
    scenarioBook(`scenario-two-versions-${lang}`, SCENARIO_LINES, SCENARIO_VERSIONS, { ...SCENARIO_OPTS, lang }),
  ),
  // Face: the current list has no packs (postpaid only throughout); the 2020 one has packs and picks the tier by
  // the postpaid remainder, so the pack calls move the tier (month 12 runs out of packs part way); months 13–14
  // are a second block.
  scenarioBook(
    "scenario-face",
    [
      { api: "人脸比对", start: 3_000_000 },
      { api: "人脸检测与分析", start: 20000 },
    ],
    ["tencent-current", "tencent-2020-face"],
    { growth: "0.08", months: 14, product: "face" },
  ),
];
books.push(...scenarioBooks);

/** A cell LibreOffice computed against the core's value: a number to the cent (1e-6), #N/A where the core fails. */
function expectSame(where: string, got: { type: string; value: unknown } | undefined, expected: CellValue): void {
  if (isErrorCell(expected)) expect([where, got?.type, got?.value]).toEqual([where, "e", expected.error]);
  else if (typeof expected === "number") {
    expect([where, got?.type]).toEqual([where, "n"]);
    expect([where, Math.abs((got!.value as number) - expected) < 1e-6]).toEqual([where, true]);
  } else if (expected === null)
    expect([where, got?.value ?? null]).toEqual([where, null]); // a month buying no packs
  else expect([where, typeof got?.value]).toEqual([where, "string"]); // a tier's "contact sales" word
}

test("LibreOffice recalculates every portable cost to the core's value, #N/A where the core fails", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portable-"));
  const out = path.join(dir, "out");
  const files = books.map((b) => {
    const file = path.join(dir, `${b.name}.xlsx`);
    fs.writeFileSync(file, buildXlsx(b.sheets));
    return file;
  });
  soffice(files, out);
  const compared = { forecast: 0, ladder: 0, scenario: 0, errors: 0, cliffs: 0 };
  for (const b of books) {
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(path.join(out, `${b.name}.xlsx`)))).sheets;
    const layout = tableLayout(b.core);
    const rows = [...b.core.rows, ...(b.core.totals ? [b.core.totals] : [])];
    rows.forEach((row, r) => {
      for (const col of b.columns) {
        const ref = `${columnLetter(col)}${layout.firstDataRow + r}`;
        expectSame(`${b.name} ${ref}`, sheet.cells.get(ref), row[col]);
        compared[b.core.kind === "ladder" || b.core.kind === "scenario" ? b.core.kind : "forecast"]++;
        if (isErrorCell(row[col])) compared.errors++;
      }
      for (const col of b.cliffColumns ?? []) {
        // The core's mark is "cliff: cheaper than N[; M calls cost X]" (or its Chinese); the portable one is its first part.
        const ref = `${columnLetter(col)}${layout.firstDataRow + r}`;
        const core = typeof row[col] === "string" ? (row[col] as string).split("; ")[0] : "";
        const expected = core.startsWith(ladderWords(b.lang).cliff("\u0001").split("\u0001")[0]) ? core : "";
        if (expected) compared.cliffs++;
        expect([b.name, ref, sheet.cells.get(ref)?.value ?? ""]).toEqual([b.name, ref, expected]);
      }
    });
  }
  expect(compared.forecast).toBeGreaterThan(300);
  expect(compared.ladder).toBeGreaterThan(300);
  expect(compared.scenario).toBe(
    scenarioBooks.reduce((n, b) => n + b.columns.length * (b.core.rows.length + 1), 0), // every month and the totals
  );
  expect(compared.errors).toBeGreaterThan(0); // contact-sales tiers were among them
  expect(compared.cliffs).toBeGreaterThan(10); // 阶梯到达 cliffs at tier edges, marked by the formulas
});

test("LibreOffice recomputes an edited month of the Scenario: postpaid only, with plan, saving and the totals", () => {
  const [book] = scenarioBooks;
  const core = book.core;
  const layout = tableLayout(core);
  const rowOf = (api: string, month: number): number =>
    core.rows.findIndex((row) => row[0] === api && row[1] === month);
  // The case is what it claims: packs bought, an item that stays postpaid, a month without a list price.
  SCENARIO_VERSIONS.forEach((_, v) => {
    expect(core.rows[rowOf("身份证识别", 1)][scenarioCol(v, 1)]).not.toBeNull();
    for (let m = 1; m <= SCENARIO_OPTS.months; m++)
      expect(core.rows[rowOf("驾驶证识别", m)][scenarioCol(v, 1)]).toBeNull();
  });
  expect(isErrorCell(core.rows[rowOf("银行卡识别", 3)][scenarioCol(0, 0)])).toBe(true);

  // The user's edit, in the file: 身份证识别's month-2 calls 27,000 → 130,000 (past its pack calls and a tier edge).
  const r = rowOf("身份证识别", 2);
  const ref = `C${layout.firstDataRow + r}`;
  const [from, to] = [core.rows[r][2] as number, 130000];
  const parts = unzip(buildXlsx(book.sheets));
  const xml = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");
  const cell = new RegExp(`<c r="${ref}"([^>]*)><v>${from}</v></c>`);
  expect(cell.test(xml)).toBe(true);
  parts.set("xl/worksheets/sheet1.xml", Buffer.from(xml.replace(cell, `<c r="${ref}"$1><v>${to}</v></c>`), "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portable-edit-"));
  const file = path.join(dir, "scenario-edited.xlsx");
  fs.writeFileSync(file, zipStored([...parts].map(([name, data]) => ({ name, data: new Uint8Array(data) }))));
  soffice([file], path.join(dir, "out"));
  const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, "out", "scenario-edited.xlsx")))).sheets;

  // What the core gives for the edited month, with the plan's packs and pack calls kept.
  const expected = core.rows.map((row) => [...row]);
  const totals = [...core.totals!];
  const add = (col: number, delta: number): void => {
    expected[r][col] = (expected[r][col] as number) + delta;
    if (!isErrorCell(totals[col])) totals[col] = (totals[col] as number) + delta;
  };
  add(2, to - from);
  SCENARIO_VERSIONS.forEach((version, v) => {
    const product = registry.product("ocr", version);
    const item = itemOrError(product, "身份证识别") as ItemModel;
    const month = (prepaid: number): number => monthlyCharge(product, item, to, prepaid).amount.toNumber();
    const row = core.rows[r];
    const postpaid = month(0);
    const withPlan = ((row[scenarioCol(v, 2)] as number | null) ?? 0) + month(row[scenarioCol(v, 3)] as number);
    expect(postpaid).not.toBe(row[scenarioCol(v, 0)]); // the edit moves the cost: LibreOffice computed it
    add(scenarioCol(v, 0), postpaid - (row[scenarioCol(v, 0)] as number));
    add(scenarioCol(v, 4), withPlan - (row[scenarioCol(v, 4)] as number));
    add(scenarioCol(v, 5), postpaid - withPlan - (row[scenarioCol(v, 5)] as number));
  });
  [...expected, totals].forEach((row, i) => {
    for (const col of book.columns) {
      const at = `${columnLetter(col)}${layout.firstDataRow + i}`;
      expectSame(`edited ${at}`, sheet.cells.get(at), row[col]);
    }
  });
});
