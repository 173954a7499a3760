import { excelCode } from "../../core/__tests__/fixtures";
/**
 * The 2019 OCR catalog version against its source document, cell by cell.
 *
 * Every expectation here is read from sources/history/ocr-billing-01617d7c.md (its HTML tables,
 * its prose and its worked examples), never from the catalog JSON, and checked through the
 * pricing core (compileCatalog + resolveItem + unitPriceAt / packPrice / monthlyCost).
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { ItemModel } from "../../core/model";
import { freezeAmount } from "../../core/freeze";
import { Money } from "../../core/money";
import { monthlyCharge as monthlyCost } from "../../core/charges/monthly";
import { nameKey } from "../../core/names";
import { packPrice } from "../../core/packPrice";
import { matchName, resolveItem } from "../../core/resolve";
import { unitPriceAt } from "../../core/charges/monthly";
import {
  count,
  dec,
  expectExampleLine,
  isCountHead,
  namesOf,
  pricingError,
  loadOcrVersion,
  tierRange,
  volumesIn,
  postpaidExampleTests,
} from "../../../test/support/ocrHistory";
import { htmlTables, pipeTables, priceOf, SOURCES_DIR, type Grid } from "../../../test/support/seedTables";

const SOURCE_FILE = "history/ocr-billing-01617d7c.md";
const { doc, json, validation, product } = loadOcrVersion(SOURCE_FILE, "tencent-2019-ocr.json");

const tables = htmlTables(doc);
const packTable: Grid = tables.find((t) => t[0].slice(2).length > 0 && t[0].slice(2).every(isCountHead))!;
const postpaidTable: Grid = tables.find(
  (t) => t[0].slice(2).length > 0 && t[0].slice(2).every((h) => tierRange(h) !== null),
)!;
const packSizes = packTable[0].slice(2).map(count);
const tierRanges = postpaidTable[0].slice(2).map((h) => tierRange(h)!);

interface Row {
  readonly category: string;
  readonly name: string;
  readonly cells: readonly string[];
}
const rowsOf = (table: Grid): Row[] => table.slice(1).map((r) => ({ category: r[0], name: r[1], cells: r.slice(2) }));
const packRows = rowsOf(packTable);
const postpaidRows = rowsOf(postpaidTable);

/** The 免费公测版 table is malformed HTML (missing <tr>), so its names are read from the links' text. */
const freeBetaSection = doc.slice(doc.indexOf("腾讯云文字识别（免费公测版）服务包含以下接口"));
const freeBetaNames = [
  ...freeBetaSection.slice(0, freeBetaSection.indexOf("</table>")).matchAll(/<a href="[^"]*">([^<]*)<\/a>/g),
].map((m) => m[1].replace(/\s+/g, " ").trim());

/** Example lines as printed, with Markdown's escaped asterisks. */
const exampleLine = (text: string): void => expectExampleLine(doc, text);

// ---------- asking the core ----------

const item = (name: string): ItemModel => resolveItem(product, name);

// ---------- the tests ----------

test("the catalog file is a valid catalog", () => {
  expect(validation.problems).toEqual([]);
  expect(validation.ok).toBe(true);
});

describe("the document's tables were read", () => {
  test("pack table: 16 services, sizes 1000 … 1000万", () => {
    expect(packSizes).toEqual([1000, 10000, 100000, 1000000, 10000000]);
    expect(packRows).toHaveLength(16);
  });
  test("postpaid table: the same 16 services in the same order, upper-inclusive tier heads", () => {
    expect(postpaidRows).toHaveLength(16);
    expect(tierRanges).toEqual([
      { from: 0, to: 10000 },
      { from: 10000, to: 100000 },
      { from: 100000, to: 1000000 },
      { from: 1000000, to: null },
    ]);
    expect(postpaidRows.map((r) => r.category)).toEqual(packRows.map((r) => r.category));
  });
  test("free-beta table: 17 interfaces", () => {
    expect(freeBetaNames).toHaveLength(17);
    expect(freeBetaNames.every((n) => n.endsWith("（免费公测版）"))).toBe(true);
  });
});

describe("catalog metadata follows the document", () => {
  const catalog = json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  test("id, currency, source commit and path from the document's first line", () => {
    const m = /^<!-- source: (\S+) (.+?) @ ([0-9a-f]{40}) -->/.exec(doc)!;
    expect(catalog.id).toBe("tencent-2019-ocr");
    expect(catalog.currency).toBe("CNY");
    expect(catalog.$schema).toBe("../catalog.schema.json");
    expect(readFileSync(join(__dirname, "..", "data", catalog.$schema), "utf8")).toContain("catalog.schema.json");
    expect(catalog.sources).toEqual([
      expect.objectContaining({ file: `sources/${SOURCE_FILE}`, repository: m[1], path: m[2], commit: m[3] }),
    ]);
    expect(readFileSync(join(SOURCES_DIR, "..", catalog.sources[0].file), "utf8")).toBe(doc);
    expect(Object.keys(catalog.products)).toEqual(["ocr"]);
  });
  test("the date is a clue (the document has none): before the 2020-01-01 start of billing for the free beta", () => {
    expect(doc).toContain("于2020年1月1日00:00起开始正式按月计费");
    expect(catalog.products.ocr!.dateIsClue).toBe(true);
    expect(catalog.products.ocr!.effectiveDate < "2020-01-01").toBe(true);
    expect(catalog.products.ocr!.dateNote).toMatch(/2020-01-01/);
  });
  test("packs valid 1 year, pack sizes as the table's heads", () => {
    expect(doc).toContain("有效期均为1年");
    expect(catalog.products.ocr!.packValidityMonths).toBe(12);
    expect(catalog.products.ocr!.packSizes).toEqual(packSizes);
  });
  test("tier basis is the month's total calls (每月接口调用总量 … 所有调用量按该阶梯的单价)", () => {
    expect(doc).toContain("每月接口调用总量达到某个阶梯后，所有调用量按该阶梯的单价进行计费");
    // 10,001 calls with 1,000 free: 9,001 postpaid calls, priced at the tier of the 10,001 total.
    const cost = monthlyCost(product, item("通用印刷体识别"), 10001);
    expect(cost.tierVolume).toBe(10001);
    expect(cost.unitPrice!.toFixed()).toBe(dec(priceOf(postpaidRows[0].cells[1])!));
  });
  test("bill freeze: 本月调用量 * 刊例价 * 100%", () => {
    exampleLine("将以本月调用量 * 刊例价 * 100%作为次月费用的预估对账户进行冻结");
    expect(freezeAmount(product, new Money("1234.56")).toFixed()).toBe("1234.56");
  });
});

describe("pack table (资源包规格), every cell", () => {
  test.each(packRows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const found = item(row.name);
    expect(namesOf(found)).toContain(nameKey(row.name));
    row.cells.forEach((cell, i) => {
      const price = priceOf(cell);
      if (price === null) expect(excelCode(pricingError(() => packPrice(product, found, packSizes[i])))).toBe("NA");
      else expect(packPrice(product, found, packSizes[i]).toFixed()).toBe(dec(price));
    });
  });
});

describe("postpaid table (月接口调用总量), every cell", () => {
  test.each(postpaidRows.map((r, i) => [r.name, r, i] as const))("%s", (_name, row, i) => {
    const found = item(row.name);
    expect(namesOf(found)).toContain(nameKey(row.name));
    // The same row of the pack table is the same service (the tables list them in the same order).
    expect(found).toBe(item(packRows[i].name));
    row.cells.forEach((cell, t) => {
      const price = priceOf(cell);
      for (const volume of volumesIn(tierRanges[t])) {
        if (price === null) {
          const error = pricingError(() => unitPriceAt(product, found, volume));
          expect(excelCode(error)).toBe("NA");
          expect(error.message).toMatch(/联系商务/);
        } else {
          expect([volume, unitPriceAt(product, found, volume).toFixed()]).toEqual([volume, dec(price)]);
        }
      }
    });
  });
  test("通用印刷体（高精度版） (postpaid table) and 通用印刷体识别（高精度版） (pack table) are one item", () => {
    expect(item("通用印刷体（高精度版）")).toBe(item("通用印刷体识别（高精度版）"));
  });
});

describe("free quota: 1,000 calls a month for each service", () => {
  const quota = Number(/每项服务都可以享受([\d,]+)次\/月的免费调用额度/.exec(doc)![1].replace(/,/g, ""));
  test("the document's number", () => expect(quota).toBe(1000));
  test.each(postpaidRows.map((r) => [r.name, r] as const))("%s", (_name, row) => {
    const found = item(row.name);
    expect(monthlyCost(product, found, quota).amount.toFixed()).toBe("0");
    const next = monthlyCost(product, found, quota + 1);
    expect(next.postpaidCalls).toBe(1);
    expect(next.amount.toFixed()).toBe(dec(priceOf(row.cells[0])!));
  });
  test("two services each keep their own 1,000 (通用印刷体识别 and 身份证识别, the document's example)", () => {
    expect(doc).toContain("当您同时开通了通用印刷体识别和身份证识别服务，则这两项服务各有1000次/月的免费额度");
    expect(item("通用印刷体识别")).not.toBe(item("身份证识别"));
    expect(monthlyCost(product, item("通用印刷体识别"), 1000).amount.toFixed()).toBe("0");
    expect(monthlyCost(product, item("身份证识别"), 1000).amount.toFixed()).toBe("0");
  });
});

describe("免费公测版 (free public beta): no price is printed, so none is given", () => {
  test.each(freeBetaNames.map((n) => [n]))("%s", (name) => {
    const found = item(name);
    expect(found.name).toBe("文字识别（免费公测版）");
    expect(excelCode(pricingError(() => unitPriceAt(product, found, 1)))).toBe("NA");
    expect(excelCode(pricingError(() => monthlyCost(product, found, 1)))).toBe("NA");
    expect(monthlyCost(product, found, 0).amount.toFixed()).toBe("0");
    expect(excelCode(pricingError(() => packPrice(product, found, 1000)))).toBe("NA");
  });
  test("the document says free until 2020-01-01 and no postpaid or packs meanwhile", () => {
    expect(doc).toContain("免费期间暂不支持开通后付费和购买预付费资源包");
    expect(doc).toContain("结算规则届时会通过腾讯云文档中心发布");
  });
});

describe("费用计算示例 (the document's worked examples)", () => {
  test("预付费 示例一: 身份证识别, three 10万 packs: 3 * 5000 = 15000", () => {
    exampleLine("3 * 5000 = 15000（元）");
    const price = packPrice(product, item("身份证识别"), 100000);
    expect(price.toFixed()).toBe("5000");
    expect(price.times(3).toFixed()).toBe("15000");
  });
  test("预付费 示例二: 银行卡识别, 2,500 calls, one 1,000 pack: (2500 - 1000 - 1000) * 0.15 + 120 = 195", () => {
    exampleLine("（2500 - 1000 - 1000） * 0.15 + 120 = 195（元）");
    const bank = item("银行卡识别");
    const cost = monthlyCost(product, bank, 2500, 1000);
    expect([cost.freeCalls, cost.prepaidCalls, cost.postpaidCalls, cost.unitPrice!.toFixed()]).toEqual([
      1000,
      1000,
      500,
      "0.15",
    ]);
    expect(cost.amount.plus(packPrice(product, bank, 1000)).toFixed()).toBe("195");
  });
  postpaidExampleTests(product, doc);
  test("驾驶证识别 bills as the service 行驶证/驾驶证识别", () => {
    expect(item("驾驶证识别").name).toBe("行驶证/驾驶证识别");
    expect(item("行驶证识别")).toBe(item("驾驶证识别"));
  });
});

describe("the summary table (计费模式)", () => {
  const summary = pipeTables(doc).find((t) => t[0][0] === "计费模式")!;
  const priceRow = summary.find((r) => r[0] === "单价")!;
  test("后付费 低至0.06元/次 is the lowest postpaid list price", () => {
    expect(priceRow[2]).toBe("低至0.06元/次");
    const lowest = postpaidRows
      .flatMap((r) => r.cells.map(priceOf))
      .filter((p): p is string => p !== null)
      .map((p) => new Money(p));
    expect(Money.min(...lowest).toFixed()).toBe("0.06");
  });
  test("预付费 低至0.05元/次 disagrees with the pack table (200000元 for 1000万 = 0.02): the table is what is transcribed", () => {
    expect(priceRow[1]).toBe("低至0.05元/次");
    const perCall = packRows.flatMap((r) => r.cells.map((c, i) => new Money(priceOf(c)!).div(packSizes[i])));
    expect(Money.min(...perCall).toFixed()).toBe("0.02");
    expect(packPrice(product, item("身份证识别"), 10000000).div(10000000).toFixed()).toBe("0.02");
  });
});

describe("names and API actions", () => {
  const tsv = readFileSync(join(SOURCES_DIR, "api-names", "ocr-actions.tsv"), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t"))
    .map(([action, name]) => ({ action, name }));
  const docKey = nameKey(doc);

  test("every billing item is a service the document prints, and every service is one", () => {
    const printed = new Set([...packRows.map((r) => nameKey(r.name)), "文字识别（免费公测版）"].map(nameKey));
    expect(new Set(product.items.map((i) => nameKey(i.name)))).toEqual(printed);
  });
  test("every interface name is printed in the document, or is one half of a printed 甲/乙识别 service", () => {
    const halves = new Set(
      packRows.flatMap((r) => {
        const m = /^(.+)\/(.+)(识别)$/.exec(r.name);
        return m ? [nameKey(m[1] + m[3]), nameKey(m[2] + m[3])] : [];
      }),
    );
    expect(halves).toEqual(new Set(["行驶证识别", "驾驶证识别"]));
    for (const it of product.items) {
      for (const iface of it.interfaces) {
        const key = nameKey(iface.name);
        expect([iface.name, docKey.includes(key) || halves.has(key)]).toEqual([iface.name, true]);
      }
    }
  });
  test("every action is a row of ocr-actions.tsv whose name is the interface's name or alias", () => {
    const byAction = new Map(tsv.map((r) => [r.action, r.name]));
    for (const it of product.items) {
      for (const iface of it.interfaces) {
        for (const action of iface.actions ?? []) {
          expect([action, byAction.has(action)]).toEqual([action, true]);
          expect([iface.name, ...(iface.aliases ?? [])].map(nameKey)).toContain(nameKey(byAction.get(action)!));
        }
      }
    }
  });
  test("every tsv action whose name this version prices resolves like that name", () => {
    for (const { action, name } of tsv) {
      let viaName: ItemModel | undefined;
      try {
        viaName = resolveItem(product, name);
      } catch {
        continue; // a name this version does not print
      }
      expect([action, item(action).id]).toEqual([action, viaName.id]);
    }
    // The document's names that the tsv spells differently still find their actions.
    expect(item("GeneralEfficientOCR").name).toBe("文字识别（免费公测版）");
    expect(item("CarInvoiceOCR").name).toBe("文字识别（免费公测版）");
    expect(matchName(product, "TableOCR")[0].item.name).toBe("表格识别");
  });
});
