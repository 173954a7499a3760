import { excelCode } from "../../core/__tests__/fixtures";
/**
 * The two legacy 产品价格 pages (OCR and face, commit 01b31987) against their catalog versions,
 * cell by cell. Every expectation is read from the page (its one pipe table and its prose), never
 * from the catalog JSON, and checked through the pricing core.
 *
 * Both pages print 免费 as the first tier. The versions read it as a free quota deducted first
 * (the month's total still picks the tier): 1,001 ID-card calls cost 0.2, not 200.2.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { compileCatalog } from "../compile";
import { validateCatalog } from "../validate";
import { EMBEDDED_CATALOGS } from "../embedded";
import { CatalogRegistry } from "../registry";
import type { Catalog } from "../types";
import type { ProductKind, ProductModel } from "../../core/model";
import { freezeAmount } from "../../core/freeze";
import { Money } from "../../core/money";
import { monthlyCharge as monthlyCost, unitPriceAt } from "../../core/charges/monthly";
import { nameKey } from "../../core/names";
import { matchName, resolveItem } from "../../core/resolve";
import { dec, pricingError, tierRange, volumesIn, type Range } from "../../../test/support/ocrHistory";
import { pipeTables, priceOf, readSource, SOURCES_DIR } from "../../../test/support/seedTables";

const FREE = "免费";

function load(sourceFile: string, catalogFile: string, kind: ProductKind) {
  const doc = readSource(sourceFile);
  const json = JSON.parse(readFileSync(join(__dirname, "..", "data", catalogFile), "utf8")) as Catalog;
  const validation = validateCatalog(json);
  const product = (validation.ok ? compileCatalog(validation.catalog).products[kind] : undefined) as ProductModel;
  return { doc, json, validation, product };
}

/** "1 万<调用量≤300 万" / "300 万＜调用量≤1500 万" / "1500 万＜调用量" / "10 万以上" → the range as printed. */
function faceRange(text: string): Range {
  const t = text.replace(/\s+/g, "").replace(/＜/g, "<");
  const open = /^(\d+万?)<调用量$/.exec(t);
  if (open) return tierRange(`${open[1]}以上`)!;
  return tierRange(t)!;
}

function checkMetadata(doc: string, json: Catalog, id: string, kind: ProductKind, sourceFile: string) {
  const m = /^<!-- source: (\S+) (.+?) @ ([0-9a-f]{40}) -->/.exec(doc)!;
  expect(json.id).toBe(id);
  expect(json.currency).toBe("CNY");
  expect(json.sources).toEqual([
    expect.objectContaining({ file: `sources/${sourceFile}`, repository: m[1], path: m[2], commit: m[3] }),
  ]);
  expect(readFileSync(join(SOURCES_DIR, "..", json.sources[0].file), "utf8")).toBe(doc);
  expect(Object.keys(json.products)).toEqual([kind]);
  const product = json.products[kind]!;
  expect(product.dateIsClue).toBe(true);
  expect(product.dateNote).toMatch(/approximation/);
  // Postpaid only: no packs are sold.
  expect(doc).toContain("采用后付费方式");
  expect(product.packSizes).toBeUndefined();
  expect(product.billingItems.every((b) => !b.packs || b.packs.length === 0)).toBe(true);
}

/** The 120% freeze both pages state. */
function checkFreeze(doc: string, product: ProductModel) {
  expect(doc).toContain("将以本月账单金额的 120% 对帐户进行下月费用预估冻结");
  expect(freezeAmount(product, new Money(100)).toFixed()).toBe("120");
}

/** One table cell: 免费 = inside the free quota (cost 0), otherwise the unit price of every volume of its range. */
function checkCell(product: ProductModel, name: string, cell: string, range: Range, quota: number) {
  const item = resolveItem(product, name);
  for (const volume of volumesIn(range)) {
    const cost = monthlyCost(product, item, volume);
    if (cell === FREE) {
      expect([name, volume, cost.amount.toFixed()]).toEqual([name, volume, "0"]);
      continue;
    }
    const price = dec(priceOf(cell)!);
    expect([name, volume, unitPriceAt(product, item, volume).toFixed()]).toEqual([name, volume, price]);
    expect([name, volume, cost.amount.toFixed()]).toEqual([
      name,
      volume,
      new Money(price).times(volume - quota).toFixed(),
    ]);
  }
}

describe("legacy OCR page (ocr-price-01b31987) → tencent-legacy-ocr", () => {
  const SOURCE = "history/ocr-price-01b31987.md";
  const { doc, json, validation, product } = load(SOURCE, "tencent-legacy-ocr.json", "ocr");
  const [table] = pipeTables(doc);
  const ranges = table[0].slice(1).map((h) => tierRange(h)!);
  const rows = table.slice(1).map((r) => ({ name: r[0], cells: r.slice(1) }));
  const quota = ranges[0].to!;

  test("the catalog file is a valid catalog", () => {
    expect(validation.problems).toEqual([]);
    expect(validation.ok).toBe(true);
  });
  test("the table was read: 8 services, upper-inclusive heads (from, to] as printed", () => {
    expect(rows).toHaveLength(8);
    expect(ranges).toEqual([
      { from: 0, to: 1000 },
      { from: 1000, to: 10000 },
      { from: 10000, to: 100000 },
      { from: 100000, to: null },
    ]);
  });
  test("metadata: id, source, date clue (older than the late-2019 page), postpaid only", () => {
    checkMetadata(doc, json, "tencent-legacy-ocr", "ocr", SOURCE);
    const later = EMBEDDED_CATALOGS.find((c) => c.id === "tencent-2019-ocr")!.products.ocr!.effectiveDate;
    expect(json.products.ocr!.effectiveDate < later).toBe(true);
  });
  test("the 120% freeze", () => checkFreeze(doc, product));
  test("the billing items are exactly the table's rows", () => {
    expect(product.items.map((i) => nameKey(i.name)).sort()).toEqual(
      rows.map((r) => nameKey(resolveItem(product, r.name).name)).sort(),
    );
  });
  describe("every cell", () => {
    test.each(rows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
      row.cells.forEach((cell, t) => checkCell(product, row.name, cell, ranges[t], quota));
    });
  });
  test("the 免费 reading: the first 1,000 calls are free and deducted first (1,001 身份证识别 calls cost 0.2)", () => {
    expect(doc).toContain("当月总量在哪个阶梯内，则按该阶梯单价计费");
    const id = resolveItem(product, "身份证识别");
    expect(monthlyCost(product, id, 1000).amount.toFixed()).toBe("0");
    expect(monthlyCost(product, id, 1001).amount.toFixed()).toBe("0.2");
    expect(monthlyCost(product, id, 10001).amount.toFixed()).toBe("1080.12");
    expect(json.rules!.join(" ")).toContain("200.2");
  });
  test("行驶证/驾驶证 is one service: 驾驶证识别 and 行驶证识别 share it", () => {
    expect(resolveItem(product, "驾驶证识别")).toBe(resolveItem(product, "行驶证/驾驶证"));
    expect(resolveItem(product, "行驶证识别")).toBe(resolveItem(product, "行驶证/驾驶证"));
  });
  test("a service the page does not list is not priced by this version", () => {
    expect(excelCode(pricingError(() => resolveItem(product, "增值税发票识别")))).toBe("VALUE");
  });
});

describe("legacy face page (face-price-01b31987) → tencent-legacy-face", () => {
  const SOURCE = "history/face-price-01b31987.md";
  const { doc, json, validation, product } = load(SOURCE, "tencent-legacy-face.json", "face");
  const [table] = pipeTables(doc);
  // The table is transposed: columns are billing interfaces, rows are tiers (the second row lists the interfaces).
  const items = table[0].slice(1);
  const billedInterfaces = table[1].slice(1).map((c) => c.split("，").map((s) => s.trim()));
  const tierRows = table.slice(2).map((r) => ({ range: faceRange(r[0]), cells: r.slice(1) }));
  const quota = tierRows[0].range.to!;

  test("the catalog file is a valid catalog", () => {
    expect(validation.problems).toEqual([]);
    expect(validation.ok).toBe(true);
  });
  test("the table was read: 6 billing interfaces, 4 upper-inclusive tiers, 1万 free", () => {
    expect(items).toEqual(["人脸检测与分析", "五官定位", "人脸比对", "人脸验证", "人脸检索", "人脸静态活体检测"]);
    expect(tierRows.map((r) => r.range)).toEqual([
      { from: 0, to: 10000 },
      { from: 10000, to: 3000000 },
      { from: 3000000, to: 15000000 },
      { from: 15000000, to: null },
    ]);
    expect(quota).toBe(10000);
    expect(json.products.face!.monthlyFreeQuota).toBe(quota);
  });
  test("metadata: id, source, date clue (after the face seed, before the 2020 face page), postpaid only", () => {
    checkMetadata(doc, json, "tencent-legacy-face", "face", SOURCE);
    const date = json.products.face!.effectiveDate;
    const of = (id: string) => EMBEDDED_CATALOGS.find((c) => c.id === id)!.products.face!.effectiveDate;
    expect(of("tencent-current") < date && date < of("tencent-2020-face")).toBe(true);
  });
  test("the 120% freeze", () => checkFreeze(doc, product));
  test("the billing items are exactly the table's columns, each with the interfaces it bills", () => {
    expect(product.items.map((i) => i.name)).toEqual(items);
    items.forEach((name, c) => {
      const item = resolveItem(product, name);
      expect([name, item.interfaces.map((f) => f.name).sort()]).toEqual([name, [...billedInterfaces[c]].sort()]);
    });
  });
  describe("every cell", () => {
    test.each(items.map((name, c) => [name, c] as const))("%s", (name, c) => {
      for (const row of tierRows) checkCell(product, name, row.cells[c], row.range, quota);
    });
  });
  test("300万 is in the first priced tier here (≤ as printed), unlike the face seed's [0, 300万)", () => {
    const compare = resolveItem(product, "人脸比对");
    expect(unitPriceAt(product, compare, 3000000).toFixed()).toBe("0.0032");
    expect(unitPriceAt(product, compare, 3000001).toFixed()).toBe("0.003");
  });
  test("人脸静态活体检测 is new on this page (not in the face seed) and priced from the 2019 date on", () => {
    const registry = new CatalogRegistry(EMBEDDED_CATALOGS, "tencent-current");
    const seed = registry.product("face", "2018-06-01");
    expect(excelCode(pricingError(() => resolveItem(seed, "人脸静态活体检测")))).toBe("VALUE");
    const legacy = registry.product("face", json.products.face!.effectiveDate);
    expect(legacy.catalogId).toBe("tencent-legacy-face");
    expect(monthlyCost(legacy, resolveItem(legacy, "人脸静态活体检测"), 20000).amount.toFixed()).toBe("19");
  });
  test("个体创建 and 增加人脸 bill under both 人脸验证 and 人脸检索: the bare name is ambiguous", () => {
    expect(new Set(matchName(product, "个体创建").map((m) => m.item.name))).toEqual(new Set(["人脸验证", "人脸检索"]));
  });
});
