import { readXlsx } from "../../../test/browser/xlsxReader";
import { CatalogRegistry } from "../../catalog/registry";
import type { BillingItem, Catalog, Product } from "../../catalog/types";
import { PricingError } from "../../core/errors";
import { buildXlsx, type XlsxCell, type XlsxFormula } from "../../taskpane/xlsx";
import { tableToXlsxSheet } from "../../taskpane/tableSheet";
import { tableLayout } from "../layout";
import { ledgerTable, packLedgerSheet, type PurchaseInput } from "../packLedgerSheet";
import { portableLedger } from "../portable";
import { PORTABLE_WORDS } from "../portable/words";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { expectCachedAsValues, GENERATED_AT, HOSTILE_NAMES, newerCatalog, testRegistry } from "./fixtures";

const registry = testRegistry();
const CALLS = [25000, 3000, 60000, 900];
const BOUGHT: PurchaseInput[] = [
  { month: 2, size: 10000, price: "700" },
  { month: 1, size: 10000, price: "760.5" },
  { month: 1, size: 1000, price: "99" },
];
const OPTS = { generatedAt: GENERATED_AT };

const isFormula = (cell: XlsxCell): cell is XlsxFormula =>
  typeof cell === "object" && cell !== null && "formula" in cell;
const formulas = (rows: readonly (readonly XlsxCell[])[]): string[] =>
  rows.flatMap((row) => row.filter(isFormula).map((c) => c.formula));

describe("portableLedger: the Pack ledger with native formulas over a lots grid and a price table", () => {
  const book = portableLedger(registry, "身份证识别", CALLS, BOUGHT, "literal-test", OPTS);
  const words = PORTABLE_WORDS.en;
  const values = ledgerTable(registry, "身份证识别", CALLS, BOUGHT, "literal-test", {
    ...OPTS,
    formulasWord: words.ledgerFormulas,
  });
  const [sheet, lots, prices] = book.sheets;
  const layout = tableLayout(values.table);

  test("the same layout and values as the values form: each formula caches the core's value", () => {
    expect(book.sheets.map((s) => s.name)).toEqual(["Ledger 身份证识别", "Pack lots", "Price table"]);
    const formulaCells = expectCachedAsValues(sheet.rows, tableToXlsxSheet(values.table).rows, layout.totalsRow!);
    // Seven computed columns a month and in the totals, paid and the balance's value.
    expect(formulaCells).toBe(7 * CALLS.length + 8 + 2);
    // The "from" line names the portable formulas, not the add-in's function.
    const from = String(sheet.rows[4][1]);
    expect(from).toContain(words.ledgerFormulas);
    expect(from).not.toContain("TCLOUD");
    expect(
      String(tableToXlsxSheet(packLedgerSheet(registry, "身份证识别", CALLS, BOUGHT, "literal-test", OPTS)).rows[4][1]),
    ).toContain("TCLOUD.OCR_PACK_LEDGER");
    expect(sheet.rows.map((row) => row[0])).toContain(words.ledgerNote);
    expect([sheet.protect, lots.protect, prices.protect]).toEqual([undefined, true, true]); // calls and purchases stay editable
  });

  test("calls and purchases are values; every computed cell a native formula, no TCLOUD, no newer functions", () => {
    const all = book.sheets.flatMap((s) => formulas(s.rows));
    expect(all.filter((f) => f.includes("TCLOUD."))).toEqual([]);
    for (const f of all) expect(f).not.toMatch(/\b(LET|LAMBDA|XLOOKUP|AGGREGATE|FILTER|SEQUENCE|SORT)\(/);
    values.table.rows.forEach((_, m) => {
      const row = sheet.rows[layout.firstDataRow + m - 1];
      expect([isFormula(row[0]), isFormula(row[1])]).toEqual([false, false]);
      for (let c = 2; c < 9; c++) expect(isFormula(row[c])).toBe(true);
      // postpaid cost is the charge over the month's calls with its pack calls as prepaid
      expect((row[5] as XlsxFormula).formula).toContain(`'Price table'!$`);
      expect((row[3] as XlsxFormula).formula).toContain(`'Pack lots'!`);
    });
    BOUGHT.forEach((p, j) => expect(sheet.rows[6 + j].slice(1)).toEqual([p.month, p.size, Number(p.price)]));
  });

  test("the lots grid caches the core's FIFO: each month's calls from each lot add up to its pack calls", () => {
    const lotCols = BOUGHT.length;
    const firstGrid = 16;
    values.ledger.months.forEach((m, i) => {
      const row = lots.rows[firstGrid - 1 + i];
      expect(row[0]).toBe(m.month);
      const used = row.slice(1, 1 + lotCols).map((c) => (c as XlsxFormula).cached);
      expect(used).toEqual(m.lotCalls);
      const left = row.slice(1 + lotCols, 1 + 2 * lotCols).map((c) => (c as XlsxFormula).cached as number);
      for (const n of left) expect(n).toBeGreaterThanOrEqual(0);
      // then the month's pack calls and postpaid cost, which the inputs check reads
      const [pack, cost] = row.slice(1 + 2 * lotCols).map((c) => (c as XlsxFormula).cached);
      expect([pack, cost]).toEqual([m.packCalls, m.postpaid.toNumber()]);
    });
    // Month 1: the month-1 lots (listed second and third) in the order listed; the month-2 lot waits.
    expect(values.ledger.months[0].lotCalls).toEqual([0, 10000, 1000]);
    // Order used: earliest month bought first, then as listed.
    expect(lots.rows[11].slice(1).map((c) => (c as XlsxFormula).cached)).toEqual([2, 0, 1]);
  });

  test("without cached values, named around taken sheets, in Chinese", () => {
    const zh = portableLedger(registry, "身份证识别", CALLS, BOUGHT, "literal-test", {
      ...OPTS,
      lang: "zh",
      cachedValues: false,
      takenSheetNames: ["资源包批次", "价格表"],
    });
    expect(zh.sheets.map((s) => s.name)).toEqual(["台账 身份证识别", "资源包批次 (2)", "价格表 (2)"]);
    const cells = zh.sheets.flatMap((s) => s.rows.flat().filter(isFormula));
    expect(cells.length).toBeGreaterThan(40);
    for (const c of cells) expect(c).not.toHaveProperty("cached");
    expect(cells.some((c) => c.formula.includes("'资源包批次 (2)'!$"))).toBe(true);
    expect(cells.some((c) => c.formula.includes("'价格表'!"))).toBe(false);
    expect(zh.sheets[0].rows.map((r) => r[0])).toContain(PORTABLE_WORDS.zh.ledgerNote);
    expect(zh.sheets[1].rows[0]).toEqual([PORTABLE_WORDS.zh.lotsTitle]);
  });

  test("text cells stay text in the .xlsx: an item named like a formula is never one", () => {
    const ocr = newerCatalog.products.ocr as Product;
    const hostile: Catalog = {
      ...newerCatalog,
      id: "literal-hostile",
      products: {
        ocr: {
          ...ocr,
          billingItems: ocr.billingItems.map((i: BillingItem) =>
            i.name === HOSTILE_NAMES[0] ? { ...i, packs: [{ size: 1000, listPrice: "100" }] } : i,
          ),
        },
      },
    };
    const own = new CatalogRegistry([literalCatalog, hostile], "literal-test");
    const name = HOSTILE_NAMES[0];
    const hostileBook = portableLedger(
      own,
      name,
      [3000, 500],
      [{ month: 1, size: 1000, price: "100" }],
      "literal-hostile",
      {
        ...OPTS,
        product: "ocr",
      },
    );
    const read = readXlsx(buildXlsx(hostileBook.sheets)).sheets;
    const names = read.flatMap((s) => [...s.cells.values()]).filter((c) => c.value === name);
    expect(names.length).toBeGreaterThanOrEqual(2); // the item cell and its price-table row
    for (const c of names) expect([c.type, c.formula]).toEqual(["inlineStr", null]);
    // The guard compares the item cell with the name as a string literal.
    expect(formulas(hostileBook.sheets[1].rows).some((f) => f.includes(`$B$2="=HYPERLINK(""http`))).toBe(true);
  });

  test("refuses what the core refuses, before writing, with the core's failure", () => {
    const kind = (purchases: PurchaseInput[], api = "身份证识别", calls = CALLS): string | undefined => {
      try {
        portableLedger(registry, api, calls, purchases, "literal-test", OPTS);
      } catch (e) {
        return e instanceof PricingError ? e.failure.kind : "not a pricing error";
      }
      return undefined;
    };
    expect(kind([{ month: 1, size: 5000, price: "1" }])).toBe("no-such-pack");
    expect(kind([{ month: 5, size: 1000, price: "1" }])).toBe("purchase-month");
    expect(kind([{ month: 1, size: 1000, price: "0" }])).toBe("purchase-no-price");
    expect(kind([], "身份证识别", [])).toBe("ledger-months");
    expect(kind([], "身份证识别", [1.5])).toBe("bad-count");
    expect(kind(BOUGHT)).toBeUndefined();
  });
});
