import { excelCode } from "../../core/__tests__/fixtures";
/**
 * The 2020-10-07 price change notice (二维码和条形码识别 / 快速文本检测) as a catalog version.
 *
 * A change notice becomes a full version: the late-2020 page (tencent-2020-ocr) with the notice's
 * cells applied. Every cell of the notice is read from sources/history/ocr-pricechange-02b85683.md
 * and checked through the pricing core; every billing item the notice does not print must be the
 * late-2020 version's, unchanged.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { EMBEDDED_CATALOGS } from "../embedded";
import { CatalogRegistry } from "../registry";
import { compileCatalog } from "../compile";
import { monthlyCharge as monthlyCost, unitPriceAt } from "../../core/charges/monthly";
import { nameKey } from "../../core/names";
import { packPrice } from "../../core/packPrice";
import { resolveItem } from "../../core/resolve";
import type { Catalog } from "../types";
import {
  count,
  dec,
  isCountHead,
  loadOcrVersion,
  pricingError,
  tierRange,
  volumesIn,
} from "../../../test/support/ocrHistory";
import { htmlTables, priceOf, SOURCES_DIR } from "../../../test/support/seedTables";

const SOURCE_FILE = "history/ocr-pricechange-02b85683.md";
const { doc, json, validation, product } = loadOcrVersion(SOURCE_FILE, "tencent-2020-10-07-ocr.json");
const catalog = json as Catalog;
const page = loadOcrVersion("history/ocr-billing-8a581e77.md", "tencent-2020-ocr.json");
const pageCatalog = page.json as Catalog;

/** The notice writes some tier heads with a full-width ＜. */
const head = (text: string): string => text.replace(/＜/g, "<");
const [packGrid, postpaidGrid] = htmlTables(doc);
const packHeads = packGrid[0].slice(3);
const tierHeads = postpaidGrid[0].slice(3).map(head);
const rowsOf = (grid: string[][]) => grid.slice(1).map((r) => ({ iface: r[1], item: r[2], cells: r.slice(3) }));
const packRows = rowsOf(packGrid);
const postpaidRows = rowsOf(postpaidGrid);
const noticeItemNames = new Set([...packRows, ...postpaidRows].map((r) => nameKey(r.item)));

test("the catalog file is a valid catalog", () => {
  expect(validation.problems).toEqual([]);
  expect(validation.ok).toBe(true);
});

test("the notice's two tables were read: two interfaces of one billing item", () => {
  expect(packHeads.every(isCountHead)).toBe(true);
  expect(packHeads.map(count)).toEqual([1000, 10000, 100000, 1000000, 10000000]);
  expect(tierHeads.map((h) => tierRange(h))).toEqual([
    { from: 0, to: 10000 },
    { from: 10000, to: 100000 },
    { from: 100000, to: 1000000 },
    { from: 1000000, to: null },
  ]);
  expect(packRows.map((r) => r.iface)).toEqual(["二维码和条形码识别", "快速文本检测"]);
  expect(postpaidRows.map((r) => r.iface)).toEqual(["二维码和条形码识别", "快速文本检测"]);
  expect([...noticeItemNames]).toEqual([nameKey("图片文字识别（基础版）")]);
});

describe("the date is the notice's own, stated date", () => {
  test("2020年10月7日 正式结束公测 → effective 2020-10-07, not a clue", () => {
    expect(doc).toContain("将于2020年10月7日正式结束公测");
    expect(catalog.products.ocr!.effectiveDate).toBe("2020-10-07");
    expect(catalog.products.ocr!.dateIsClue).toBe(false);
  });
  test("sources: the notice first, then the page it amends, each with its commit", () => {
    const m = /^<!-- source: (\S+) (.+?) @ ([0-9a-f]{40}) -->/.exec(doc)!;
    expect(catalog.sources[0]).toEqual(
      expect.objectContaining({ file: `sources/${SOURCE_FILE}`, repository: m[1], path: m[2], commit: m[3] }),
    );
    expect(readFileSync(join(SOURCES_DIR, "..", catalog.sources[0].file), "utf8")).toBe(doc);
    const { note: _note, ...amended } = pageCatalog.sources[0];
    expect(catalog.sources[1]).toEqual(expect.objectContaining(amended));
  });
});

describe("every cell of the notice", () => {
  test.each(packRows.map((r) => [r.iface, r] as const))("预付费 %s", (_name, row) => {
    const billed = resolveItem(product, row.iface);
    expect(nameKey(billed.name)).toBe(nameKey(row.item));
    row.cells.forEach((cell, i) => {
      const size = count(packHeads[i]);
      expect([size, packPrice(product, billed, size).toFixed()]).toEqual([size, dec(priceOf(cell)!)]);
    });
  });
  test.each(postpaidRows.map((r) => [r.iface, r] as const))("后付费 %s", (_name, row) => {
    const billed = resolveItem(product, row.iface);
    row.cells.forEach((cell, t) => {
      for (const volume of volumesIn(tierRange(tierHeads[t])!)) {
        expect([volume, unitPriceAt(product, billed, volume).toFixed()]).toEqual([volume, dec(priceOf(cell)!)]);
      }
    });
  });
  test("each changed cell is traced to the notice in the item's note and the rules", () => {
    const item = catalog.products.ocr!.billingItems.find((b) => nameKey(b.name) === nameKey("图片文字识别（基础版）"))!;
    expect(item.note).toContain("ocr-pricechange-02b85683");
    for (const cell of [...packRows[0].cells, ...postpaidRows[0].cells])
      expect([cell, item.note!.replace(/\s+/g, "").includes(cell.replace(/\s+/g, ""))]).toEqual([cell, true]);
    expect(catalog.rules!.join(" ")).toContain("02b85683");
  });
  test("the beta prices it replaces are not printed: no version guesses them", () => {
    expect(doc).toContain("由公测期价格调整如下");
    expect(doc).not.toMatch(/公测期价格[^调]*\d+元/);
  });
});

describe("everything the notice does not print is the late-2020 page's", () => {
  const pageProduct = compileCatalog(pageCatalog).products.ocr!;
  test("the same billing items, and every item outside the notice is unchanged", () => {
    const mine = catalog.products.ocr!.billingItems;
    const theirs = pageCatalog.products.ocr!.billingItems;
    expect(mine.map((b) => b.id)).toEqual(theirs.map((b) => b.id));
    for (const [i, b] of mine.entries()) {
      if (noticeItemNames.has(nameKey(b.name))) continue;
      expect(b).toEqual(theirs[i]);
    }
  });
  test("the product's rules (tiers, free quota, packs) are the page's", () => {
    const { billingItems: _a, effectiveDate: _b, dateIsClue: _c, dateNote: _d, ...rest } = catalog.products.ocr!;
    const {
      billingItems: _e,
      effectiveDate: _f,
      dateIsClue: _g,
      dateNote: _h,
      ...pageRest
    } = pageCatalog.products.ocr!;
    expect(rest).toEqual(pageRest);
  });
  test("the page prints the notice's figures for the item, so both versions price it the same", () => {
    for (const name of ["二维码和条形码识别", "快速文本检测", "广告文字识别"])
      for (const calls of [500, 5000, 50000, 500000, 5000000])
        expect([name, calls, monthlyCost(product, resolveItem(product, name), calls).amount.toFixed()]).toEqual([
          name,
          calls,
          monthlyCost(pageProduct, resolveItem(pageProduct, name), calls).amount.toFixed(),
        ]);
  });
});

describe("version by date: the notice from 2020-10-07, the page from its own (clue) date", () => {
  const registry = new CatalogRegistry(EMBEDDED_CATALOGS, "tencent-current");
  const pageDate = pageCatalog.products.ocr!.effectiveDate;
  test.each([
    ["2020-10-06", "tencent-2019-ocr"],
    ["2020-10-07", "tencent-2020-10-07-ocr"],
    [pageDate, "tencent-2020-ocr"],
    ["2021-10-01", "tencent-2021-ocr"],
  ])("%s → %s", (date, id) => {
    expect(registry.product("ocr", date).catalogId).toBe(id);
  });
  test("before the notice, 快速文本检测 is the 2019 page's free beta: no price, #N/A", () => {
    const before = registry.product("ocr", "2020-10-06");
    const beta = resolveItem(before, "快速文本检测");
    expect(excelCode(pricingError(() => monthlyCost(before, beta, 5000)))).toBe("NA");
    const after = registry.product("ocr", "2020-10-07");
    expect(monthlyCost(after, resolveItem(after, "快速文本检测"), 5000).amount.toFixed()).toBe("480");
  });
});
