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
  type PackPriceInput,
  type ProductChoice,
  type ScenarioInput,
  type ScenarioOptions,
} from "../src/compare/types";
import { zipStored, type XlsxSheet } from "../src/taskpane/xlsx";
import type { ProductModel } from "../src/core/model";
import { tierEdgeMonths } from "../src/core/tiers";
import { buildXlsx } from "../src/taskpane/xlsx";
import { readXlsx, unzip, type ReadSheet } from "./browser/xlsxReader";
import { ledgerTable, type PurchaseInput } from "../src/compare/packLedgerSheet";
import { portableLedger } from "../src/compare/portable/ledgerWorkbook";
import { portablePlan } from "../src/compare/portable/planWorkbook";
import { planGrid, planSheet } from "../src/compare/planSheet";
import { simulate, type MonthPlan } from "../src/core/plan";
import { Money } from "../src/core/money";
import { packLedger } from "../src/core/packLedger";
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

/* ---------- The Pack ledger ---------- */

/** One item under one version, month by month (a Pack ledger or a Plan). */
interface ItemCase {
  readonly name: string;
  readonly api: string;
  readonly version: string;
  readonly product: ProductChoice;
  readonly calls: number[];
  readonly lang?: MessageLang;
}
interface LedgerCase extends ItemCase {
  readonly purchases: PurchaseInput[];
}
/** The README's item: 身份证识别 under the current list, 25,000 calls in each of 12 months. */
const README_ITEM: ItemCase = {
  name: "readme",
  api: "身份证识别",
  version: "tencent-current",
  product: "ocr",
  calls: Array<number>(12).fill(25000),
};
const README_LEDGER: LedgerCase = {
  ...README_ITEM,
  name: "ledger-readme",
  purchases: [1, 2, 3].map(() => ({ month: 1, size: 100000, price: "3500" })),
};
/**
 * Lots bought in months 1, 3, 5 and 13, listed out of order. Month 2 uses up one month-1 lot and
 * draws on the other, which still holds calls in month 12 (written off) while the month-3 lot goes
 * on to month 14; month 14 draws on three lots; months 15 and 16 pass every pack, on each side of
 * the 100,000-call tier edge.
 */
const OVERLAPPING_LEDGER: LedgerCase = {
  name: "ledger-overlapping",
  api: "通用印刷体识别",
  version: "tencent-current",
  product: "ocr",
  calls: [8000, 15000, 30000, 12000, 9000, 3000, 5000, 6000, 3000, 2000, 1500, 1200, 9000, 50000, 99999, 100000],
  purchases: [
    { month: 3, size: 10000, price: "800" },
    { month: 1, size: 10000, price: "760.5" },
    { month: 13, size: 10000, price: "800" },
    { month: 1, size: 100000, price: "4800" },
    { month: 5, size: 1000, price: "120" },
  ],
};
const ledgerCases: LedgerCase[] = [
  README_LEDGER,
  { ...README_LEDGER, name: "ledger-readme-zh", lang: "zh" },
  OVERLAPPING_LEDGER,
  // Face 2020 picks the tier by the postpaid remainder: month 3's pack calls move it from tier 3 to tier 2.
  {
    name: "ledger-face-2020",
    api: "人脸比对",
    version: "tencent-2020-face",
    product: "face",
    calls: [2_000_000, 3_500_000, 16_000_000, 1_000_000, 3_010_000],
    purchases: [
      { month: 1, size: 1_000_000, price: "3100" },
      { month: 2, size: 10_000_000, price: "30400" },
    ],
  },
  { ...README_LEDGER, name: "ledger-no-packs", purchases: [], calls: [900, 1001, 12000] },
];
const ledgerOf = (c: LedgerCase, calls = c.calls, purchases = c.purchases) =>
  ledgerTable(registry, c.api, calls, purchases, c.version, { product: c.product, lang: c.lang }).table;
const ledgerBook = (c: LedgerCase): XlsxSheet[] => [
  ...portableLedger(registry, c.api, c.calls, c.purchases, c.version, {
    product: c.product,
    lang: c.lang,
    cachedValues: false,
  }).sheets,
];

/** Every ledger cell LibreOffice computed (months, totals, paid and the balance's value) against the core's table. */
function expectLedger(where: string, sheet: ReadSheet, core: ComparisonTable, na = false): number {
  const layout = tableLayout(core);
  let compared = 0;
  const same = (ref: string, value: CellValue): void => {
    expectSame(`${where} ${ref}`, sheet.cells.get(ref), na ? { error: "#N/A" } : value);
    compared++;
  };
  core.rows.forEach((row, r) => {
    for (let c = 2; c < row.length; c++) same(`${columnLetter(c)}${layout.firstDataRow + r}`, row[c]);
  });
  core.totals!.forEach((value, c) => c > 0 && same(`${columnLetter(c)}${layout.totalsRow}`, value));
  const paidRow = core.headerBlock.length - 1; // paid, then the balance's value: the header block's last two rows
  if (!na) [paidRow, paidRow + 1].forEach((row) => same(`D${row}`, core.headerBlock[row - 1][3]));
  return compared;
}

/** A fresh folder, a writer of .xlsx files into it by name, and the first sheet of each as LibreOffice computed it. */
function tempBooks(prefix: string): {
  file: (name: string, bytes: Uint8Array) => string;
  recalculate: (files: readonly string[]) => (name: string) => ReadSheet;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = (name: string, bytes: Uint8Array): string => {
    const at = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(at, bytes);
    return at;
  };
  const recalculate = (files: readonly string[]) => {
    soffice(files, path.join(dir, "out"));
    return (name: string): ReadSheet =>
      readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, "out", `${name}.xlsx`)))).sheets[0];
  };
  return { file, recalculate };
}

/** Sets number cells of the first sheet in the .xlsx (the user's edit) and returns the file's bytes. */
function editCells(sheets: readonly XlsxSheet[], edits: Record<string, [number, number]>): Uint8Array {
  const parts = unzip(buildXlsx(sheets));
  let xml = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");
  for (const [ref, [from, to]] of Object.entries(edits)) {
    const cell = new RegExp(`<c r="${ref}"([^>]*)><v>${from}</v></c>`);
    expect([ref, cell.test(xml)]).toEqual([ref, true]);
    xml = xml.replace(cell, `<c r="${ref}"$1><v>${to}</v></c>`);
  }
  parts.set("xl/worksheets/sheet1.xml", Buffer.from(xml, "utf8"));
  return zipStored([...parts].map(([name, data]) => ({ name, data: new Uint8Array(data) })));
}

test("LibreOffice recalculates the portable Pack ledger to the core's, and recomputes edited calls and purchases", () => {
  const { file, recalculate } = tempBooks("portable-ledger-");
  const files = ledgerCases.map((c) => file(c.name, buildXlsx(ledgerBook(c))));
  // The user's edits of the overlapping case: month 6's calls 3,000 → 60,000 and the first lot bought in
  // month 2 instead of 3 (it now expires in month 13); then a pack size the version does not sell.
  const layout = tableLayout(ledgerOf(OVERLAPPING_LEDGER));
  const calls6 = `B${layout.firstDataRow + 5}`;
  const edited = OVERLAPPING_LEDGER.calls.map((n, m) => (m === 5 ? 60000 : n));
  const editedPurchases = OVERLAPPING_LEDGER.purchases.map((p, j) => (j === 0 ? { ...p, month: 2 } : p));
  const book = ledgerBook(OVERLAPPING_LEDGER);
  files.push(file("ledger-edited", editCells(book, { [calls6]: [3000, 60000], B7: [3, 2] })));
  files.push(file("ledger-edited-size", editCells(book, { C10: [100000, 5000] })));
  // Month 16 edited to 1,200,000 calls: postpaid at the tier without a list price (联系商务), which the core refuses.
  const calls16 = `B${layout.firstDataRow + 15}`;
  files.push(file("ledger-edited-contact-sales", editCells(book, { [calls16]: [100000, 1_200_000] })));
  const computed = recalculate(files);

  let compared = 0;
  for (const c of ledgerCases) compared += expectLedger(c.name, computed(c.name), ledgerOf(c));
  const editedCore = ledgerOf(OVERLAPPING_LEDGER, edited, editedPurchases);
  expect(editedCore.rows).not.toEqual(ledgerOf(OVERLAPPING_LEDGER).rows); // the edits move the ledger
  compared += expectLedger("edited", computed("ledger-edited"), editedCore);
  // The core refuses a 5,000-call pack: every ledger cell is #N/A, no number the core would not give.
  expect(() =>
    ledgerOf(OVERLAPPING_LEDGER, OVERLAPPING_LEDGER.calls, [
      ...OVERLAPPING_LEDGER.purchases.slice(0, 3),
      { ...OVERLAPPING_LEDGER.purchases[3], size: 5000 },
      ...OVERLAPPING_LEDGER.purchases.slice(3),
    ]),
  ).toThrow();
  compared += expectLedger("edited size", computed("ledger-edited-size"), ledgerOf(OVERLAPPING_LEDGER), true);
  const contactSales = OVERLAPPING_LEDGER.calls.map((n, m) => (m === 15 ? 1_200_000 : n));
  expect(() => ledgerOf(OVERLAPPING_LEDGER, contactSales)).toThrow();
  compared += expectLedger(
    "contact sales",
    computed("ledger-edited-contact-sales"),
    ledgerOf(OVERLAPPING_LEDGER),
    true,
  );
  expect(compared).toBeGreaterThan(500);

  // The cases are what they claim: the README's write-off, FIFO across lots, a lot closing while others go on.
  const readme = ledgerOf(README_LEDGER);
  expect(readme.rows[11].slice(6, 8)).toEqual([840, 420]);
  const { months } = packLedgerOf(OVERLAPPING_LEDGER);
  expect(months[1].lotCalls.map((n) => n > 0)).toEqual([false, true, false, true, false]);
  expect([months[11].writeOff.gt(0), months[11].balance > 0]).toEqual([true, true]);
  expect(months[13].lotCalls.map((n) => n > 0)).toEqual([true, false, true, false, true]);
  expect(months.slice(14).map((m) => [m.packCalls, m.postpaidCalls])).toEqual([
    [0, 98999],
    [0, 99000],
  ]);
});

function packLedgerOf(c: LedgerCase) {
  const product = registry.product(c.product as "ocr" | "face", c.version);
  const item = itemOrError(product, c.api) as ItemModel;
  const purchases = c.purchases.map((p) => ({ month: p.month, size: p.size, price: new Money(p.price) }));
  return packLedger(product, item, c.calls, purchases);
}

/* ---------- The Plan ---------- */

interface PlanCase extends ItemCase {
  readonly prices?: PackPriceInput[];
}
const README_PLAN: PlanCase = { ...README_ITEM, name: "plan-readme" };
const planCases: PlanCase[] = [
  README_PLAN,
  { ...README_PLAN, name: "plan-readme-zh", lang: "zh" },
  // Months past the packs bought, on both sides of the 100,000-call tier edge, with a pack price paid.
  {
    name: "plan-tier-edges",
    api: "通用印刷体识别",
    version: "tencent-current",
    product: "ocr",
    calls: [5000, 200000, 9000, 99999, 100000, 150000],
    prices: [{ size: 100000, price: "4500" }],
  },
  // Month 1 reaches the tier without a list price (联系商务): all postpaid is #N/A in every month, the plan covers it.
  {
    name: "plan-contact-sales",
    api: "通用印刷体识别",
    version: "tencent-current",
    product: "ocr",
    calls: [1_200_000, 5000, 30000],
  },
  // Face 2020 picks the tier by the postpaid remainder.
  {
    name: "plan-face-2020",
    api: "人脸比对",
    version: "tencent-2020-face",
    product: "face",
    calls: [2_000_000, 3_500_000, 16_000_000, 1_000_000],
  },
  // No packs to buy under the current Face list.
  {
    name: "plan-face-no-packs",
    api: "人脸比对",
    version: "tencent-current",
    product: "face",
    calls: [20000, 3_000_001],
  },
];
const planOf = (c: PlanCase): ComparisonTable =>
  planSheet(registry, c.api, c.calls, c.version, c.prices, { product: c.product, lang: c.lang });
const planBook = (c: PlanCase): XlsxSheet[] => [
  ...portablePlan(registry, c.api, c.calls, c.version, c.prices, {
    product: c.product,
    lang: c.lang,
    cachedValues: false,
  }).sheets,
];
/** The header block's pack-table money cells: packs, postpaid, plan total, all postpaid, saving (its last five rows). */
const planMoneyRows = (core: ComparisonTable): number[] => [5, 4, 3, 2, 1].map((k) => core.headerBlock.length - k + 1);

/** Every Plan cell LibreOffice computed against the core's table; `na`: #N/A all but the packs' cost. */
function expectPlan(where: string, sheet: ReadSheet, core: ComparisonTable, na = false): number {
  const layout = tableLayout(core);
  const packsRow = planMoneyRows(core)[0];
  let compared = 0;
  const same = (ref: string, value: CellValue): void => {
    expectSame(`${where} ${ref}`, sheet.cells.get(ref), na && ref !== `D${packsRow}` ? { error: "#N/A" } : value);
    compared++;
  };
  core.rows.forEach((row, r) => {
    for (let c = 2; c < row.length; c++) same(`${columnLetter(c)}${layout.firstDataRow + r}`, row[c]);
  });
  core.totals!.forEach((value, c) => c > 0 && same(`${columnLetter(c)}${layout.totalsRow}`, value));
  for (const row of planMoneyRows(core)) same(`D${row}`, core.headerBlock[row - 1][3]);
  return compared;
}

/** The core's Plan table for other calls with the same packs (simulate: the packs used month by month). */
function planWithPacks(c: PlanCase, core: ComparisonTable, calls: number[]): ComparisonTable {
  const product = registry.product(c.product as "ocr" | "face", c.version);
  const item = itemOrError(product, c.api) as ItemModel;
  const packRows = core.headerBlock.slice(5, core.headerBlock.length - 5);
  const bought = packRows.reduce((n, row) => n + (row[1] as number) * (row[2] as number), 0);
  const packCost = packRows.reduce((n, row) => n.plus(row[3] as number), new Money(0));
  const months = simulate(product, item, calls, bought);
  const allPostpaidMonths = simulate(product, item, calls, 0);
  const sum = (ms: readonly MonthPlan[]): Money => ms.reduce((n, m) => n.plus(m.postpaid), new Money(0));
  const [postpaid, allPostpaid] = [sum(months), sum(allPostpaidMonths)];
  const { rows, totals } = planGrid({ months, allPostpaidMonths, postpaid, allPostpaid }, bought, "total");
  const total = packCost.plus(postpaid);
  const header = core.headerBlock.map((row) => [...row]);
  [packCost, postpaid, total, allPostpaid, allPostpaid.minus(total)].forEach(
    (x, k) => (header[planMoneyRows(core)[k] - 1][3] = x.toNumber()),
  );
  return { ...core, headerBlock: header, rows, totals };
}

test("LibreOffice recalculates the portable Plan to the core's, and recomputes an edited month with the plan's packs", () => {
  const { file, recalculate } = tempBooks("portable-plan-");
  const files = planCases.map((c) => file(c.name, buildXlsx(planBook(c))));
  // The user's edit of the README plan: month 3's calls 25,000 → 130,000 (past the packs left then, a tier edge).
  const readme = planOf(README_PLAN);
  const month3 = `B${tableLayout(readme).firstDataRow + 2}`;
  files.push(file("plan-edited", editCells(planBook(README_PLAN), { [month3]: [25000, 130000] })));
  // Month 6 of the tier-edge plan edited to 1,200,000 calls: postpaid under the plan at 联系商务, which the core refuses.
  const edges = planCases[2];
  const month6 = `B${tableLayout(planOf(edges)).firstDataRow + 5}`;
  files.push(file("plan-edited-contact-sales", editCells(planBook(edges), { [month6]: [150000, 1_200_000] })));
  const computed = recalculate(files);

  let compared = 0;
  for (const c of planCases) compared += expectPlan(c.name, computed(c.name), planOf(c));
  const edited = README_PLAN.calls.map((n, m) => (m === 2 ? 130000 : n));
  const editedCore = planWithPacks(README_PLAN, readme, edited);
  expect(editedCore.totals).not.toEqual(readme.totals); // the edit moves the plan's postpaid and all postpaid
  compared += expectPlan("edited", computed("plan-edited"), editedCore);
  const contactSales = edges.calls.map((n, m) => (m === 5 ? 1_200_000 : n));
  expect(() => planWithPacks(edges, planOf(edges), contactSales)).toThrow();
  compared += expectPlan("contact sales", computed("plan-edited-contact-sales"), planOf(edges), true);
  expect(compared).toBeGreaterThan(300);

  // The cases are what they claim: the README's saving, a contact-sales month, postpaid past the packs.
  expect(readme.headerBlock[planMoneyRows(readme)[4] - 1][3]).toBe(13800);
  const contact = planOf(planCases[3]);
  expect(contact.rows.every((row) => isErrorCell(row[8]))).toBe(true);
  expect(planOf(planCases[2]).rows.some((row) => (row[5] as number) > 0 && (row[3] as number) > 0)).toBe(true);
});
