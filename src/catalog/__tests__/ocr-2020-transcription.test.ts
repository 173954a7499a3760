import { excelCode } from "../../core/__tests__/fixtures";
/**
 * The late-2020 OCR catalog version (packs at promotional prices) against its source document, cell by cell.
 *
 * Every expectation here is read from sources/history/ocr-billing-8a581e77.md (its HTML tables,
 * its prose and its worked examples), never from the catalog JSON, and checked through the
 * pricing core (compileCatalog + resolveItem + unitPriceAt / packPrice / monthlyCost).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { freezeAmount } from "../../core/freeze";
import { Money } from "../../core/money";
import { monthlyCharge as monthlyCost } from "../../core/charges/monthly";
import { nameKey } from "../../core/names";
import { packPrice } from "../../core/packPrice";
import {
  count,
  dec,
  expectExampleLine,
  pricingError,
  loadOcrVersion,
  tierRange,
  postpaidExampleTests,
} from "../../../test/support/ocrHistory";
import { htmlTables, priceOf, SOURCES_DIR } from "../../../test/support/seedTables";
import {
  describeEveryCell,
  describeNamesAndActions,
  priceListTables,
  rowCheckers,
  type PriceTable,
} from "../../../test/support/ocrPriceList";

const SOURCE_FILE = "history/ocr-billing-8a581e77.md";
const { doc, json, validation, product } = loadOcrVersion(SOURCE_FILE, "tencent-2020-ocr.json");
/** Rows of the main pack table and the postpaid table (the sums of their 服务类别 rowspans). */
const MAIN_PACK_ROWS = 55;
const POSTPAID_ROWS = 58;
/** The page prints one postpaid cell as "0.10元次" (通用票据识别（小票）, first tier): a slip for 0.10元/次, read as such. */
const SLIP = /^(\d+(?:\.\d+)?)元次$/;
const repairSlip = (cell: string): string => cell.replace(SLIP, "$1元/次");
const tables = priceListTables(doc, repairSlip);
const { grids, packTables, postpaidTables, allRows, itemsOfInterface, ambiguous } = tables;
const [mainPacks, verifyPacks] = packTables;
const [postpaid] = postpaidTables;
const tierRanges = postpaid.heads.map((h) => tierRange(h)!);

const exampleLine = (text: string): void => expectExampleLine(doc, text);

// ---------- asking the core ----------

const { item } = rowCheckers(product, tables);

// ---------- the tests ----------

test("the catalog file is a valid catalog", () => {
  expect(validation.problems).toEqual([]);
  expect(validation.ok).toBe(true);
});

describe("the document's tables were read", () => {
  test("two pack tables and one postpaid table, upper-inclusive tier heads", () => {
    expect(packTables).toHaveLength(2);
    expect(postpaidTables).toHaveLength(1);
    expect(mainPacks.heads.map(count)).toEqual([1000, 10000, 100000, 1000000, 10000000]);
    expect(verifyPacks.heads.map(count)).toEqual([100, 1000, 10000, 100000, 1000000]);
    expect(tierRanges).toEqual([
      { from: 0, to: 10000 },
      { from: 10000, to: 100000 },
      { from: 100000, to: 1000000 },
      { from: 1000000, to: null },
    ]);
    // The sums of the 服务类别 rowspans (the late-2021 page adds 网约车驾驶证识别, 网约车运输证识别, OFD 发票识别,
    // 银行回单识别, 网约车行程单识别 and 企业四要素核验 to them).
    expect(mainPacks.rows).toHaveLength(MAIN_PACK_ROWS);
    expect(verifyPacks.rows).toHaveLength(3);
    expect(postpaid.rows).toHaveLength(POSTPAID_ROWS);
  });
});

test("the one slip of the page (0.10元次) is the only cell repaired", () => {
  const slips = grids.flat(2).filter((cell) => SLIP.test(cell.replace(/\s+/g, "")));
  expect([...new Set(slips)]).toEqual(["0.10元次"]);
  expect(postpaid.rows.filter((r) => r.item === "通用票据识别（小票）").every((r) => r.cells[0] === "0.10元/次")).toBe(
    true,
  );
});

describe("catalog metadata follows the document", () => {
  const catalog = json as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  test("id, currency, source commit and path from the document's first line", () => {
    const m = /^<!-- source: (\S+) (.+?) @ ([0-9a-f]{40}) -->/.exec(doc)!;
    expect(catalog.id).toBe("tencent-2020-ocr");
    expect(catalog.currency).toBe("CNY");
    expect(catalog.$schema).toBe("../catalog.schema.json");
    expect(catalog.sources).toEqual([
      expect.objectContaining({ file: `sources/${SOURCE_FILE}`, repository: m[1], path: m[2], commit: m[3] }),
    ]);
    expect(readFileSync(join(SOURCES_DIR, "..", catalog.sources[0].file), "utf8")).toBe(doc);
    expect(Object.keys(catalog.products)).toEqual(["ocr"]);
  });
  test("the date is a clue (the document has none), not older than the 2020-10-07 notice whose prices it prints", () => {
    expect(catalog.products.ocr!.dateIsClue).toBe(true);
    expect(catalog.products.ocr!.effectiveDate.startsWith("2020-")).toBe(true);
    expect(catalog.products.ocr!.effectiveDate >= "2020-10-07").toBe(true);
    const notice = htmlTables(readFileSync(join(SOURCES_DIR, "history", "ocr-pricechange-02b85683.md"), "utf8"));
    const qr = (t: PriceTable) => t.rows.find((r) => r.iface === "二维码和条形码识别")!.cells;
    expect(qr(mainPacks)).toEqual(notice[0][1].slice(3));
    expect(qr(postpaid)).toEqual(notice[1][1].slice(3));
    expect(catalog.products.ocr!.dateNote).toMatch(/clue|approximation/);
  });
  test("the pack prices are promotional (活动折扣价格), and the title and rules say so", () => {
    expect(doc).toContain("文字识别资源包活动折扣价格如下表所示");
    expect(doc).not.toContain("刊例价");
    expect(catalog.title).toMatch(/promotional/);
    expect(catalog.products.ocr!.packPriceKind).toBe("promotional");
    expect(product.packPriceKind).toBe("promotional");
    expect(catalog.rules.some((r: string) => r.startsWith("PROMOTIONAL"))).toBe(true);
  });
  test("packs valid 1 year; pack sizes are the heads of both pack tables", () => {
    expect(doc).toContain("有效期均为1年");
    expect(catalog.products.ocr!.packValidityMonths).toBe(12);
    const sizes = [...new Set([...mainPacks.heads, ...verifyPacks.heads].map(count))].sort((a, b) => a - b);
    expect(catalog.products.ocr!.packSizes).toEqual(sizes);
  });
  test("tier basis is the month's total calls (每月接口调用总量 … 所有调用量按该阶梯的单价)", () => {
    expect(doc).toContain("每月接口调用总量达到某个阶梯后，所有调用量按该阶梯的单价进行计费");
    const cost = monthlyCost(product, item("通用印刷体识别"), 10001);
    expect(cost.tierVolume).toBe(10001);
    expect(cost.unitPrice!.toFixed()).toBe(
      dec(priceOf(postpaid.rows.find((r) => r.item === "通用印刷体识别")!.cells[1])!),
    );
  });
  test("no bill freeze is stated", () => {
    expect(doc).not.toContain("冻结对账户");
    expect(excelCode(pricingError(() => freezeAmount(product, new Money(100))))).toBe("NA");
  });
  test("mainland price list (overseas regions bill at the international one)", () => {
    expect(doc).toContain("则调用量计费将按照国际站计费标准");
    expect(catalog.products.ocr!.market).toBe("mainland");
  });
});

describeEveryCell(product, tables);

describe("names listed under several billing items", () => {
  test("混贴票据识别 is listed under 通用票据识别（大票） and 通用票据识别（小票）: pricing the bare name fails naming both", () => {
    expect([...itemsOfInterface.get(nameKey("混贴票据识别"))!].sort()).toEqual(
      [nameKey("通用票据识别（大票）"), nameKey("通用票据识别（小票）")].sort(),
    );
    expect([...itemsOfInterface.entries()].filter(([, items]) => items.size > 1).map(([k]) => k)).toEqual([
      nameKey("混贴票据识别"),
    ]);
    const error = pricingError(() => item("混贴票据识别"));
    expect(excelCode(error)).toBe("VALUE");
    expect(error.message).toContain("通用票据识别（大票）");
    expect(error.message).toContain("通用票据识别（小票）");
    expect(excelCode(pricingError(() => item("MixedInvoiceOCR")))).toBe("VALUE");
  });
  test("OFD 发票识别 and the other interfaces the late-2021 page adds are not on this page", () => {
    for (const name of ["OFD 发票识别", "银行回单识别", "网约车行程单识别", "网约车驾驶证识别", "企业四要素核验"]) {
      expect([name, doc.includes(name)]).toEqual([name, false]);
      expect([name, excelCode(pricingError(() => item(name)))]).toEqual([name, "VALUE"]);
    }
  });
  test("every interface the tables print belongs to the same billing item in every table it appears in (except 混贴票据识别)", () => {
    const byTable = (t: PriceTable) =>
      new Map(t.rows.filter((r) => !ambiguous(r.iface)).map((r) => [nameKey(r.iface), nameKey(r.item)]));
    const a = byTable(mainPacks);
    const b = byTable(postpaid);
    for (const [iface, billed] of a) if (b.has(iface)) expect([iface, b.get(iface)]).toEqual([iface, billed]);
  });
});

describe("free quota", () => {
  const monthly = /每个月可获得([\d,]+)次\/月的免费资源包/.exec(doc)!;
  const oneTime =
    /- (.+?)产品服务首次开通后，您可获得每个接口各(\d+)次免费资源包，每个用户仅可获取1次。有效期为(\d+)年/.exec(doc)!;
  const quota = Number(monthly[1].replace(/,/g, ""));
  const oneTimeServices = oneTime[1].split("、");
  /** Items of a service named in the one-time sentence: rows of that 服务类别, or the billing item of that name. */
  const oneTimeItems = new Set(
    allRows
      .filter((r) => oneTimeServices.includes(r.category) || oneTimeServices.includes(r.item))
      .map((r) => item(r.item)),
  );
  const postpaidItems = [...new Set(postpaid.rows.map((r) => item(r.item)))];

  test("the document's numbers", () => {
    expect(quota).toBe(1000);
    expect(oneTimeServices).toEqual(["条码信息查询", "营业执照核验", "增值税发票核验"]);
    expect([oneTime[2], oneTime[3]]).toEqual(["50", "1"]);
    expect([...oneTimeItems].map((i) => i.name).sort()).toEqual(
      ["条码信息查询", "营业执照识别及核验（基础版）", "营业执照识别及核验（详细版）", "增值税发票核验"].sort(),
    );
  });
  test.each(postpaidItems.map((i) => [i.name, i] as const))("%s", (_name, billed) => {
    const firstTier = dec(
      priceOf(postpaid.rows.find((r) => r.item === billed.name || nameKey(r.item) === nameKey(billed.name))!.cells[0])!,
    );
    if (oneTimeItems.has(billed)) {
      // No monthly free quota: the first call is billed. The one-time pack is 50 calls for 1 year.
      expect(monthlyCost(product, billed, 1).amount.toFixed()).toBe(firstTier);
      expect(billed.oneTimeFreePack).toEqual(
        expect.objectContaining({ calls: Number(oneTime[2]), validityMonths: Number(oneTime[3]) * 12 }),
      );
    } else {
      expect(monthlyCost(product, billed, quota).amount.toFixed()).toBe("0");
      expect(monthlyCost(product, billed, quota + 1).amount.toFixed()).toBe(firstTier);
      expect(billed.oneTimeFreePack).toBeNull();
    }
  });
  test("interfaces of one shared pack share one quota: 广告文字识别 + 二维码和条形码识别 = one item", () => {
    expect(item("广告文字识别")).toBe(item("二维码和条形码识别"));
    expect(item("机动车登记证书识别")).toBe(item("户口本识别"));
  });
});

describe("费用计算示例 (the document's worked examples)", () => {
  test("预付费 示例一: 身份证识别, 30万 calls in a year, three 10万 packs at this page's (promotional) 3500: 3 * 3500 = 10500", () => {
    exampleLine("每个资源包售价为3500元");
    exampleLine("3 * 3500 = 10500（元）");
    const id = item("身份证识别");
    const listed = priceOf(
      mainPacks.rows.find((r) => r.iface === "身份证识别")!.cells[
        mainPacks.heads.findIndex((h) => count(h) === 100000)
      ],
    )!;
    expect(packPrice(product, id, 100000).toFixed()).toBe(dec(listed));
    expect(listed).toBe("3500"); // on this page the example's price is the printed (promotional) price
    let packCalls = 3 * 100000;
    let postpaidTotal = new Money(0);
    for (let month = 0; month < 12; month++) {
      const cost = monthlyCost(product, id, 25000, packCalls);
      postpaidTotal = postpaidTotal.plus(cost.amount);
      packCalls -= cost.prepaidCalls;
    }
    expect(postpaidTotal.plus(packPrice(product, id, 100000).times(3)).toFixed()).toBe("10500");
  });
  test("预付费 示例二: 银行卡识别, 2,500 calls, one 1,000 pack sold at 84: (2500 - 1000 - 1000) * 0.15 + 84 = 159", () => {
    exampleLine("（2500 - 1000 - 1000） * 0.15 + 84 = 159（元）");
    const cost = monthlyCost(product, item("银行卡识别"), 2500, 1000);
    expect([cost.freeCalls, cost.prepaidCalls, cost.postpaidCalls, cost.unitPrice!.toFixed()]).toEqual([
      1000,
      1000,
      500,
      "0.15",
    ]);
    expect(packPrice(product, item("银行卡识别"), 1000).toFixed()).toBe("84");
    expect(cost.amount.plus(packPrice(product, item("银行卡识别"), 1000)).toFixed()).toBe("159");
  });
  postpaidExampleTests(product, doc);
});

describeNamesAndActions(product, doc, tables, 55);
