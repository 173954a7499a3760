import type { PricingFailure } from "../../core/failure";
import { usageBill } from "../../core/bill";
import { excelCode } from "../../core/__tests__/fixtures";
/**
 * The 2020 face catalog version (tencent-2020-face.json) against its source page,
 * sources/history/face-billing-039605f8.md. Every expected figure is read from the page's own
 * tables and example text, never from the JSON, and reaches the JSON only through the pricing
 * core (compileCatalog → resolveItem → unitPriceAt / monthlyCost / packPrice / qpsCost).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { htmlTables, pipeTables, priceOf, readSource, type Grid } from "../../../test/support/seedTables";
import { PricingError } from "../../core/errors";
import { freezeAmount } from "../../core/freeze";
import { Money } from "../../core/money";
import { monthlyCharge as monthlyCost, monthlyChargeNumber as monthlyCostNumber } from "../../core/charges/monthly";
import { packPrice } from "../../core/packPrice";
import { qpsCost } from "../../core/qps";
import { resolveItem } from "../../core/resolve";
import { unitPriceAt } from "../../core/charges/monthly";
import { compileCatalog } from "../compile";
import type { ProductModel } from "../../core/model";
import type { Catalog } from "../types";
import { validateCatalog } from "../validate";

const SOURCE_FILE = "history/face-billing-039605f8.md";
const doc = readSource(SOURCE_FILE);
const json: unknown = JSON.parse(readFileSync(join(__dirname, "..", "data", "tencent-2020-face.json"), "utf8"));
const validation = validateCatalog(json);
const face = compileCatalog(json as Catalog).products.face as ProductModel;

/** Exact decimal text of a price, so "0.0030" and "0.003" compare equal and 0.1 + 0.2 cannot creep in. */
const dec = (value: string | number | Money): string => new Money(value).toFixed();

/** "300万" → 3000000, "1亿次" → 100000000, "10000" → 10000. */
function count(text: string): number {
  const m = /^(\d+)(万|亿)?次?$/.exec(text.replace(/\s+/g, ""));
  if (!m) throw new Error(`not a count: ${JSON.stringify(text)}`);
  return Number(m[1]) * (m[2] === "万" ? 10000 : m[2] === "亿" ? 100000000 : 1);
}

/** A range header as the page prints it: "a < x ≤ b" or "x > a" (lower exclusive, upper inclusive). */
interface Range {
  readonly from: number;
  readonly to: number | null;
}
function rangeOf(header: string, variable: string): Range {
  const text = header.normalize("NFKC").replace(/\s+/g, "").replace(/<=/g, "≤");
  const closed = new RegExp(`^([^<]+)<${variable}≤(.+)$`).exec(text);
  if (closed) return { from: count(closed[1]), to: count(closed[2]) };
  const open = new RegExp(`^(?:${variable}>(.+)|(.+)<${variable})$`).exec(text);
  if (open) return { from: count(open[1] ?? open[2]), to: null };
  throw new Error(`not a range header: ${JSON.stringify(header)}`);
}

/** Volumes that must fall in (from, to]: just above the lower bound, inside, and exactly the upper bound. */
function volumesIn(range: Range, cap = Number.MAX_SAFE_INTEGER): number[] {
  const to = range.to ?? Math.min(cap, Math.max(range.from * 4, range.from + 2));
  const vs = [range.from + 1, Math.floor((range.from + 1 + to) / 2), to];
  if (range.to === null && cap === Number.MAX_SAFE_INTEGER) vs.push(10 ** 12);
  return [...new Set(vs)];
}

/** "280元/月/QPS" → ["280", "month"]; "18元/天/QPS" → ["18", "day"]. */
function qpsPriceOf(cell: string): { price: string; unit: "month" | "day" } {
  const m = /^(\d+(?:\.\d+)?)元\/(月|天)\/QPS$/.exec(cell.replace(/\s+/g, ""));
  if (!m) throw new Error(`not a QPS price cell: ${JSON.stringify(cell)}`);
  return { price: m[1], unit: m[2] === "月" ? "month" : "day" };
}

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PricingError) return excelCode(error);
    throw error;
  }
  return undefined;
};

const pricingFailure = (fn: () => unknown): PricingFailure | null => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PricingError) return error.failure;
    throw error;
  }
  return null;
};

const tableWithHeader = (tables: Grid[], first: string): Grid => {
  const found = tables.filter((t) => t[0]?.[0] === first);
  expect(found).toHaveLength(1);
  return found[0];
};

// The page's postpaid HTML table opens its header cells (<th>) before any <tr>; give that row its
// <tr> so the grid parser reads it instead of dropping it.
const postpaidGrid: Grid = (() => {
  const tables = htmlTables(doc.replace(/<table>\s*<th/, "<table>\n<tr><th"));
  expect(tables).toHaveLength(1);
  return tables[0];
})();
const packGrid = tableWithHeader(pipeTables(doc), "资源包规格");
const qpsGrid = tableWithHeader(pipeTables(doc), "购买 QPS 数量");
const betaGrid = tableWithHeader(pipeTables(doc), "服务名称");

const FREE_QUOTA = Number(/每月每种服务均有(\d+)次的免费调用额度/.exec(doc)![1]);
const QPS_CAP = Number(/最多只可购买\s*(\d+)\s*QPS\s*配额/.exec(doc)![1]);
const billedNames = postpaidGrid.slice(1).map((row) => row[0]);

describe("tencent-2020-face.json: format and provenance", () => {
  test("validates whole, with no problems", () => {
    expect(validation.problems).toEqual([]);
    expect(validation.ok).toBe(true);
  });

  test("names its source page by file, repository, path and commit, as the page's first line does", () => {
    const catalog = json as Catalog;
    const m = /^<!-- source: (\S+) (.+?) @ ([0-9a-f]{40}) -->/.exec(doc)!;
    expect(catalog.id).toBe("tencent-2020-face");
    expect(catalog.formatVersion).toBe(1);
    expect(catalog.currency).toBe("CNY");
    expect(Object.keys(catalog.products)).toEqual(["face"]);
    expect(catalog.sources).toEqual([
      expect.objectContaining({ file: `sources/${SOURCE_FILE}`, repository: m[1], path: m[2], commit: m[3] }),
    ]);
    const product = catalog.products.face!;
    expect(product.dateIsClue).toBe(true);
    expect(product.effectiveDate).toMatch(/^2020-/);
    expect(product.dateNote).toMatch(/2021-02-01/);
  });

  test("states its interpretations as rules", () => {
    const rules = ((json as Catalog).rules ?? []).join("\n");
    for (const word of [
      "postpaid",
      "148,868",
      "upper-inclusive",
      "10,000",
      "3,700",
      "370",
      "freeze",
      "人员查重",
      "300 QPS",
      '"-"',
    ]) {
      expect(rules).toContain(word);
    }
  });
});

describe("postpaid table (调用次数计费（后付费）): every price cell, inside each tier and at both bounds", () => {
  const header = postpaidGrid[0];
  const ranges = header.slice(2).map((h) => rangeOf(h, "调用量"));

  test("the header is read as the page prints it: 0 < x ≤ 300万, 300万 < x ≤ 1500万, x > 1500万", () => {
    expect(header[0]).toBe("月接口调用总量");
    expect(ranges).toEqual([
      { from: 0, to: 3000000 },
      { from: 3000000, to: 15000000 },
      { from: 15000000, to: null },
    ]);
    expect(postpaidGrid.slice(1).every((row) => row.length === header.length && row[0] === row[1])).toBe(true);
  });

  test("the catalog bills exactly the table's rows, plus the free-beta services with no price", () => {
    const beta = betaGrid.slice(1).map((row) => row[0]);
    expect(face.items.map((i) => i.name).sort()).toEqual([...billedNames, ...beta].sort());
    expect(billedNames).toHaveLength(7);
  });

  for (const row of postpaidGrid.slice(1)) {
    const name = row[0];
    describe(name, () => {
      const item = () => resolveItem(face, name);

      test("resolves to the billing item of that name, with upper-inclusive tiers", () => {
        expect(item().name).toBe(name);
        expect(item().postpaid.inclusive).toBe("upper");
        expect(item().postpaid.tiers.map((t) => ({ from: t.from, to: t.to }))).toEqual(ranges);
      });

      ranges.forEach((range, t) => {
        const price = dec(priceOf(row[2 + t])!);
        test.each(volumesIn(range))(`tier ${t + 1} (${header[2 + t]}) at %p calls: ${row[2 + t]}`, (volume) => {
          // A month whose postpaid remainder (after the free calls) is `volume`: the unit price it is
          // charged at is the price UNIT_PRICE gives for that month's volume.
          expect(dec(unitPriceAt(face, item(), volume + FREE_QUOTA))).toBe(price);
          const cost = monthlyCost(face, item(), volume + FREE_QUOTA, 0);
          expect(cost.postpaidCalls).toBe(volume);
          expect(dec(cost.unitPrice!)).toBe(price);
          expect(dec(cost.amount)).toBe(dec(new Money(price).times(volume)));
          expect(monthlyCostNumber(face, item(), volume + FREE_QUOTA, 0)).toBe(
            new Money(price).times(volume).toNumber(),
          );
        });
        if (t > 0) {
          test(`exactly ${range.from} calls is still tier ${t} (lower bound excluded)`, () => {
            expect(dec(unitPriceAt(face, item(), range.from + FREE_QUOTA))).toBe(dec(priceOf(row[1 + t])!));
          });
        }
      });
    });
  }
});

describe("free quota (免费额度)", () => {
  test("the page grants 10,000 calls a month per service", () => {
    expect(FREE_QUOTA).toBe(10000);
  });

  test.each(billedNames)("%s: the first 10,000 calls of the month are free, the next one is postpaid", (name) => {
    const item = resolveItem(face, name);
    expect(item.monthlyFreeQuota).toBe(FREE_QUOTA);
    expect(dec(monthlyCost(face, item, FREE_QUOTA).amount)).toBe("0");
    const firstTier = dec(priceOf(postpaidGrid.find((row) => row[0] === name)![2])!);
    expect(dec(monthlyCost(face, item, FREE_QUOTA + 1).amount)).toBe(firstTier);
  });
});

describe("prepaid packs (调用次数计费（资源包）): every pack cell", () => {
  const sizes = packGrid[0].slice(1).map(count);

  test("the pack sizes are 10万, 100万, 1000万, 5000万 and 1亿, valid one year", () => {
    expect(sizes).toEqual([100000, 1000000, 10000000, 50000000, 100000000]);
    expect((json as Catalog).products.face!.packSizes).toEqual(sizes);
    expect(doc).toContain("有效期均为一年");
    expect(face.packValidityMonths).toBe(12);
  });

  test("the pack table has the same rows as the postpaid table", () => {
    expect(packGrid.slice(1).map((row) => row[0])).toEqual(billedNames);
  });

  for (const row of packGrid.slice(1)) {
    const name = row[0];
    test.each(sizes.map((size, i) => [size, row[1 + i]] as const))(`${name}, %p-call pack: %p`, (size, cell) => {
      const item = resolveItem(face, name);
      if (cell === "-") {
        // Not sold, which is not the same as "contact sales".
        expect(item.packs.has(size)).toBe(false);
        expect(codeOf(() => packPrice(face, item, size))).toBe("VALUE");
      } else {
        expect(dec(packPrice(face, item, size))).toBe(dec(priceOf(cell)!));
      }
    });
  }

  test("no billing item sells a pack the table does not list", () => {
    for (const row of packGrid.slice(1)) {
      const listed = sizes.filter((_, i) => row[1 + i] !== "-");
      expect([...resolveItem(face, row[0]).packs.keys()].sort((a, b) => a - b)).toEqual(listed);
    }
  });
});

describe("QPS billing (QPS 计费): every price cell, for every billed group", () => {
  const rows = qpsGrid.slice(1).map((row) => ({
    range: rangeOf(row[0], "QPS"),
    month: qpsPriceOf(row[1]),
    day: qpsPriceOf(row[2]),
  }));

  test("the table reads 0 < QPS ≤ 10, 10 < QPS ≤ 50, 50 < QPS ≤ 100, QPS > 100; per month then per day; cap 300", () => {
    expect(qpsGrid[0].slice(1)).toEqual(["按月购买", "按天购买"]);
    expect(rows.map((r) => r.range)).toEqual([
      { from: 0, to: 10 },
      { from: 10, to: 50 },
      { from: 50, to: 100 },
      { from: 100, to: null },
    ]);
    expect(rows.every((r) => r.month.unit === "month" && r.day.unit === "day")).toBe(true);
    expect(QPS_CAP).toBe(300);
  });

  for (const name of billedNames) {
    for (const { range, month, day } of rows) {
      test.each(volumesIn(range, QPS_CAP))(`${name}: %p QPS at ${month.price}/month and ${day.price}/day`, (qps) => {
        const m = qpsCost(face, name, qps, 1, "month");
        expect(dec(m.pricePerQps!)).toBe(dec(month.price));
        expect(dec(m.amount)).toBe(dec(new Money(month.price).times(qps)));
        expect(m.qpsClass.cap).toBe(QPS_CAP);
        const d = qpsCost(face, name, qps, 5, "day");
        expect(dec(d.pricePerQps!)).toBe(dec(day.price));
        expect(dec(d.amount)).toBe(dec(new Money(day.price).times(qps).times(5)));
      });
    }

    test(`${name}: more than ${QPS_CAP} QPS is refused, not priced`, () => {
      expect(codeOf(() => qpsCost(face, name, QPS_CAP, 1, "month"))).toBeUndefined();
      expect(codeOf(() => qpsCost(face, name, QPS_CAP + 1, 1, "month"))).toBe("VALUE");
    });
  }

  test("the four search interfaces the QPS note names share the 人脸搜索 group and its QPS", () => {
    const names = /那么(.+?)四个接口将共享/.exec(doc)![1].split("、");
    expect(names).toEqual(["人脸搜索", "人脸搜索按库返回", "人员搜索", "人员搜索按库返回"]);
    const search = resolveItem(face, "人脸搜索");
    for (const name of names) {
      expect(resolveItem(face, name)).toBe(search);
      expect(dec(qpsCost(face, name, 10, 1, "month").amount)).toBe("2800");
    }
  });
});

describe("groups, names and what the page leaves out", () => {
  test("人员库管理: only 创建人员 and 增加人脸 are billed, together", () => {
    expect(doc).toMatch(
      /仅 \[创建人员\]\([^)]*\) 和 \[增加人脸\]\([^)]*\) 两个子接口收费，且两个子接口的调用量合并计入人员库管理/,
    );
    const library = resolveItem(face, "人员库管理");
    expect(resolveItem(face, "创建人员")).toBe(library);
    expect(resolveItem(face, "增加人脸")).toBe(library);
    expect(resolveItem(face, "CreatePerson")).toBe(library);
    expect(resolveItem(face, "CreateFace")).toBe(library);
    // The group's other interfaces are not billed: they price at 0, each on its own, with no packs.
    for (const name of ["获取人员库列表", "获取人员列表", "GetPersonList"]) {
      const free = resolveItem(face, name);
      expect(free).not.toBe(library);
      expect(free.status).toEqual({ kind: "not-billed", group: "人员库管理" });
      expect(monthlyCost(face, free, 1_000_000).amount.toFixed()).toBe("0");
      expect(dec(unitPriceAt(face, free, 1_000_000))).toBe("0");
      expect(codeOf(() => packPrice(face, free, 100000))).toBe("NA");
    }
    // The page's example: 300万 创建人员 + 200万 增加人脸 + 10万 获取人员库列表 + 100万 获取人员列表 = 14,970.
    const bill = usageBill(face, [
      { name: "创建人员", calls: 3_000_000 },
      { name: "增加人脸", calls: 2_000_000 },
      { name: "获取人员库列表", calls: 100_000 },
      { name: "获取人员列表", calls: 1_000_000 },
    ]);
    expect(bill.total.toFixed()).toBe("14970");
  });

  test("API actions and spelling variants reach their billing items", () => {
    const expected: Array<[string, string]> = [
      ["DetectFace", "人脸检测与分析"],
      ["AnalyzeFace", "五官定位"],
      ["CompareFace", "人脸比对"],
      ["人脸对比", "人脸比对"],
      ["VerifyFace", "人脸验证"],
      ["VerifyPerson", "人脸验证"],
      ["人员验证", "人脸验证"],
      ["SearchFaces", "人脸搜索"],
      ["SearchPersonsReturnsByGroup", "人脸搜索"],
      ["人脸检索", "人脸搜索"],
      ["人脸搜索分库返回", "人脸搜索"],
      ["个体创建", "人员库管理"],
      ["DetectLiveFace", "人脸静态活体检测"],
      ["CheckSimilarPerson", "人员查重"],
      ["DetectLiveFaceAccurate", "人脸静态活体检测（高精度版）"],
    ];
    for (const [typed, item] of expected) expect([typed, resolveItem(face, typed).name]).toEqual([typed, item]);
  });

  test("free-beta services resolve but have no price: #N/A, never a guess", () => {
    expect(betaGrid[0]).toEqual(["服务名称", "免费时间", "QPS 限制"]);
    expect(doc).toContain("免费期间暂不支持开通后付费和购买预付费资源包");
    for (const [name] of betaGrid.slice(1)) {
      const item = resolveItem(face, name);
      expect(item.postpaid.tiers.every((t) => t.unitPrice === null)).toBe(true);
      expect(item.packs.size).toBe(0);
      expect(codeOf(() => monthlyCost(face, item, 1))).toBe("NA");
      expect(pricingFailure(() => monthlyCost(face, item, 1))).toMatchObject({ kind: "free-beta" });
      expect(pricingFailure(() => monthlyCost(face, item, 1))!.kind).not.toBe("no-list-price");
      expect(codeOf(() => packPrice(face, item, 100000))).toBe("NA");
      expect(codeOf(() => qpsCost(face, name, 1, 1, "day"))).toBe("NA");
    }
  });

  test("the page states no bill freeze, so the version has none", () => {
    expect(doc).not.toMatch(/计费冻结|120%/);
    expect(face.freezeRatio).toBeNull();
    expect(codeOf(() => freezeAmount(face, new Money(100)))).toBe("NA");
  });
});

describe("the page's worked examples (费用计算示例), through the core", () => {
  test("资源包 示例一: three 1000万 人脸对比 packs, 30400 × 3 = 91,200", () => {
    expect(doc).toContain("可购买3个1000万次规格的人脸对比资源包");
    expect(doc).toContain("30400 * 3 = 91200（元）");
    expect(resolveItem(face, "人脸对比")).toBe(resolveItem(face, "人脸比对"));
    expect(dec(packPrice(face, resolveItem(face, "人脸对比"), 10000000).times(3))).toBe("91200");
  });

  test("资源包 示例二: 人脸搜索 3,200万 + 人员搜索 2,000万, one 5000万 pack: 148,868, the tier of the postpaid remainder", () => {
    expect(doc).toContain("（32000000 + 20000000 - 50000000-10000） *  0.0032 + 142500 = 148868（元）");
    const item = resolveItem(face, "人脸搜索");
    expect(resolveItem(face, "人员搜索")).toBe(item);
    const cost = monthlyCost(face, item, 32000000 + 20000000, 50000000);
    expect(cost.postpaidCalls).toBe(1990000);
    expect(dec(cost.unitPrice!)).toBe("0.0032");
    const pack = packPrice(face, item, 50000000);
    expect(dec(pack)).toBe("142500");
    expect(dec(cost.amount.plus(pack))).toBe("148868");
    expect(monthlyCostNumber(face, item, 52000000, 50000000) + 142500).toBe(148868);
    // The 5,200万 total would reach the 0.0027 tier: the example fits only the postpaid-remainder basis.
    expect(dec(unitPriceAt(face, item, 52000000))).toBe("0.0027");
    expect(face.items[0].postpaid.basis).toBe("postpaid");
  });

  test.each([
    ["五官定位", [1000000], "（1000000 - 10000） * 0.002 = 1980（元）", "0.002", "1980"],
    ["人脸比对", [3500000], "（3500000 - 10000） * 0.003 = 10470（元）", "0.003", "10470"],
    ["人员库管理", [3000000, 2000000], "（3000000 + 2000000 - 10000） * 0.003 = 14970（元）", "0.003", "14970"],
  ] as const)("后付费: %s, calls %p: %s", (name, volumes, formula, price, result) => {
    expect(doc).toContain(formula);
    const calls = volumes.reduce((a, b) => a + b, 0);
    const cost = monthlyCost(face, resolveItem(face, name), calls);
    expect(dec(cost.unitPrice!)).toBe(price);
    expect(dec(cost.amount)).toBe(result);
    expect(monthlyCostNumber(face, resolveItem(face, name), calls, 0)).toBe(Number(result));
  });

  test("示例三's interfaces: 创建人员 300万 + 增加人脸 200万 are one volume; the listing calls are free", () => {
    expect(doc).toContain(
      "用户当月累计调用创建人员接口300万次、增加人脸接口200万次、获取人员库列表10万次、获取人员列表100万次",
    );
    expect(resolveItem(face, "创建人员")).toBe(resolveItem(face, "增加人脸"));
    expect(dec(monthlyCost(face, resolveItem(face, "创建人员"), 3000000 + 2000000).amount)).toBe("14970");
  });

  test("QPS 示例: 10 QPS for 1 month + 5 days is 3,700; the page's 370 is the price of one QPS (its slip)", () => {
    expect(doc).toContain("用户需要购买1个月 + 5天的10个 QPS");
    expect(doc).toContain("280 * 1 + 5 * 18 = 370元");
    const ten = qpsCost(face, "人脸比对", 10, 1, "month").amount.plus(qpsCost(face, "人脸比对", 10, 5, "day").amount);
    expect(dec(ten)).toBe("3700");
    const one = qpsCost(face, "人脸比对", 1, 1, "month").amount.plus(qpsCost(face, "人脸比对", 1, 5, "day").amount);
    expect(dec(one)).toBe("370");
  });
});
