import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { monthlyCharge } from "../../core/charges/monthly";
import { Money } from "../../core/money";
import { packLedger } from "../../core/packLedger";
import { resolveItem } from "../../core/resolve";
import { bookSourceText } from "../adjustmentWords";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../embedded";
import { loadCatalog, loadedDocuments } from "../loadCatalog";
import { CatalogRegistry } from "../registry";
import type { PriceBook } from "../types";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "acme-2026.json");
const example = (): PriceBook => JSON.parse(fs.readFileSync(EXAMPLE, "utf8")) as PriceBook;
const bookOf = (id: string, basedOn: string, adjustments: readonly object[]) => ({
  id,
  title: id,
  basedOn,
  adjustments,
});
const fresh = (): CatalogRegistry => new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);

/** A registry with the example book loaded. */
function withExample(): CatalogRegistry {
  const registry = fresh();
  const result = loadCatalog(registry, example());
  expect(result).toEqual({ ok: true, id: "acme-2026", replaced: false });
  return registry;
}

const cost = (registry: CatalogRegistry, ref: string, name: string, calls: number, prepaid = 0): string => {
  const product = registry.product(name.startsWith("人脸") ? "face" : "ocr", ref);
  return monthlyCharge(product, resolveItem(product, name), calls, prepaid).amount.toFixed();
};

describe("the example price book (examples/acme-2026.json)", () => {
  test("驾驶证识别, 9,000 calls: 1,200 at list, 1,200 × 0.8 = 960 under the book", () => {
    const registry = withExample();
    expect(cost(registry, "tencent-current", "驾驶证识别", 9000)).toBe("1200");
    expect(cost(registry, "acme-2026", "驾驶证识别", 9000)).toBe("960");
    expect(cost(registry, "ACME-2026", "驾驶证识别", 9000)).toBe("960"); // ids in any case, as versions
  });

  test("exact decimal: 0.15 × 0.8 = 0.12, 0.10 × 0.8 = 0.08 (never 0.12000000000000001)", () => {
    const product = withExample().product("ocr", "acme-2026");
    const tiers = resolveItem(product, "通用印刷体识别").postpaid.tiers.map((t) => t.unitPrice?.toFixed() ?? null);
    // the 联系商务 tier has the negotiated 0.04, written after the factor, so not multiplied
    expect(tiers).toEqual(["0.12", "0.08", "0.048", "0.04"]);
    expect(cost(withExample(), "acme-2026", "通用印刷体识别", 2_000_000)).toBe("79960");
  });

  test("pack prices paid, a larger free quota, and a face factor given as a number", () => {
    const registry = withExample();
    const ocr = registry.product("ocr", "acme-2026");
    const idCard = resolveItem(ocr, "身份证识别");
    expect(idCard.monthlyFreeQuota).toBe(2000);
    expect(idCard.packs.get(100000)?.toFixed()).toBe("3500"); // paid, not 5,000 × 0.8
    expect(idCard.packs.get(1000)?.toFixed()).toBe("96"); // 120 × 0.8
    expect(cost(registry, "acme-2026", "身份证识别", 2000)).toBe("0");
    const faceList = cost(registry, "tencent-current", "人脸比对", 3_500_000);
    expect(cost(registry, "acme-2026", "人脸比对", 3_500_000)).toBe(new Money(faceList).times("0.9").toFixed());
    const ledger = packLedger(ocr, idCard, Array(12).fill(25000), [{ month: 1, size: 100000, price: new Money(3500) }]);
    expect(ledger.months[0].freeCalls).toBe(2000);
  });

  test("the base, other books and dates are unchanged; a date never picks a book", () => {
    const registry = withExample();
    expect(registry.catalog("tencent-current")).toBe(EMBEDDED_CATALOGS[0]);
    expect(registry.product("ocr", "2026-06-01").catalogId).toBe("tencent-current");
    expect(registry.list().find((s) => s.id === "acme-2026")).toMatchObject({
      basedOn: "tencent-current",
      embedded: false,
      source: null,
    });
    expect(
      bookSourceText(
        "tencent-current",
        registry.bookTerms("acme-2026").map((t) => t.adjustment),
        "en",
      ),
    ).toBe(
      "price book on tencent-current: ocr all items: ×0.8; ocr 通用印刷体识别: tier from 1000000 at 0.04; " +
        "ocr 身份证识别: pack 100000 at 3500, free quota 2000; face all items: ×0.9",
    );
  });

  test("stored as the book it was loaded as; a base with books on it is not removed", () => {
    const registry = withExample();
    expect(loadedDocuments(registry)).toEqual([example()]);
    const base = { ...(EMBEDDED_CATALOGS[0] as object), id: "mine" };
    expect(loadCatalog(registry, { ...base, products: { ocr: EMBEDDED_CATALOGS[0].products.ocr } }).ok).toBe(true);
    expect(
      loadCatalog(registry, {
        ...example(),
        id: "on-mine",
        basedOn: "mine",
        adjustments: example().adjustments.slice(0, 3),
      }).ok,
    ).toBe(true);
    expect(registry.remove("mine")).toBe(false);
    expect(registry.remove("on-mine")).toBe(true);
    expect(registry.remove("mine")).toBe(true);
  });

  test("a replaced base reprices the books on it", () => {
    const registry = fresh();
    const current = EMBEDDED_CATALOGS[0];
    const mine = JSON.parse(JSON.stringify({ ...current, id: "mine", products: { ocr: current.products.ocr } }));
    mine.products.ocr.effectiveDate = "2025-01-01"; // its own prices, so its own date
    expect(loadCatalog(registry, mine).ok).toBe(true);
    expect(loadCatalog(registry, bookOf("book", "mine", [{ product: "ocr", priceFactor: "0.5" }])).ok).toBe(true);
    expect(cost(registry, "book", "驾驶证识别", 9000)).toBe("600");
    mine.products.ocr.billingItems.find(
      (i: { id: string }) => i.id === "ocr.vehicle-driver-license",
    ).postpaid.tiers[0].unitPrice = "0.2";
    expect(loadCatalog(registry, mine)).toMatchObject({ ok: true, replaced: true });
    expect(cost(registry, "book", "驾驶证识别", 9000)).toBe("800");
    const fewer = {
      ...mine,
      products: { ocr: { ...mine.products.ocr, billingItems: mine.products.ocr.billingItems.slice(0, 1) } },
    };
    const withItem = bookOf("item-book", "mine", [
      { product: "ocr", billingItem: "行驶证/驾驶证识别", priceFactor: "0.5" },
    ]);
    expect(loadCatalog(registry, withItem).ok).toBe(true);
    const refused = loadCatalog(registry, fewer);
    expect(refused.ok ? [] : refused.problems.map((p) => [p.where, p.code])).toEqual([["$", "breaks-book"]]);
  });
});

describe("a price book is validated whole, with JSON paths", () => {
  const problemsOf = (candidate: unknown, lang: "en" | "zh" = "en") => {
    const result = loadCatalog(fresh(), candidate, lang);
    if (result.ok) throw new Error("loaded");
    return result.problems.map((p) => [p.where, p.code]);
  };

  test("its base must be a loaded catalog version", () => {
    expect(problemsOf({ ...example(), basedOn: "tencent-2030" })).toEqual([["$.basedOn", "unknown-base"]]);
    const registry = withExample();
    const onBook = loadCatalog(registry, { ...example(), id: "b2", basedOn: "acme-2026" });
    expect(onBook.ok ? [] : onBook.problems.map((p) => p.code)).toEqual(["base-is-book"]);
  });

  test("every adjusted product, item, tier and pack must exist in the base", () => {
    const book = bookOf("bad", "tencent-2020-face", [
      { product: "ocr", priceFactor: "0.8" },
      { product: "face", billingItem: "人脸验证（不存在）", priceFactor: "0.8" },
      { product: "face", billingItem: "人脸比对", tierPrices: [{ from: 5, unitPrice: "0.001" }] },
      { product: "face", billingItem: "人脸比对", packPrices: [{ size: 7, price: "1" }] },
    ]);
    expect(problemsOf(book)).toEqual([
      ["$.adjustments[0].product", "base-lacks-product"],
      ["$.adjustments[1].billingItem", "unknown-billing-item"],
      ["$.adjustments[2].tierPrices[0].from", "unknown-tier"],
      ["$.adjustments[3].packPrices[0].size", "pack-not-sold"],
    ]);
  });

  test("an interface name is refused with the billing item it belongs to", () => {
    const result = loadCatalog(fresh(), {
      ...example(),
      adjustments: [{ product: "ocr", billingItem: "驾驶证识别", priceFactor: "0.8" }],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      '"驾驶证识别" is an interface of the billing item "行驶证/驾驶证识别" in "tencent-current"; adjust "行驶证/驾驶证识别"',
    ]);
  });

  test("a factor is a positive decimal (text or number) of at most 6 decimals", () => {
    const withFactor = (priceFactor: unknown) => ({ ...example(), adjustments: [{ product: "ocr", priceFactor }] });
    for (const bad of ["0", 0, -0.5, "-1", "1.0000001", "八折", "0.8 ", true, null])
      expect(problemsOf(withFactor(bad))[0]).toEqual([
        "$.adjustments[0].priceFactor",
        typeof bad === "boolean" || bad === null ? "wrong-type" : "bad-factor",
      ]);
    for (const good of ["0.8", 0.8, "1", 2, "0.000001"]) expect(loadCatalog(fresh(), withFactor(good)).ok).toBe(true);
  });

  test("structure: required fields, unknown fields, terms that change nothing or lack their item", () => {
    expect(
      problemsOf({
        id: "2026-01-01",
        basedOn: "tencent-current",
        extra: 1,
        adjustments: [{ product: "ocr" }, { product: "ocr", packPrices: [{ size: 1000, price: "80" }] }],
      }),
    ).toEqual([
      ["$.title", "required"],
      ["$.extra", "unknown-field"],
      ["$.id", "date-like-id"],
      ["$.adjustments[0]", "adjusts-nothing"],
      ["$.adjustments[1].packPrices", "needs-billing-item"],
    ]);
    expect(problemsOf({ ...example(), id: "tencent-current" })).toEqual([["$.id", "built-in-id"]]);
  });

  test("problems are worded in Chinese too", () => {
    const result = loadCatalog(fresh(), { ...example(), basedOn: "nope" }, "zh");
    expect(result.ok ? "" : result.problems[0].message).toMatch(/不是已加载的价目版本/);
  });
});

describe("property: a book with factor 1 prices exactly like its base", () => {
  test("every OCR and face item, any volume and prepaid calls", () => {
    const registry = fresh();
    const one = bookOf("one", "tencent-current", [
      { product: "ocr", priceFactor: "1" },
      { product: "face", priceFactor: 1 },
    ]);
    expect(loadCatalog(registry, one).ok).toBe(true);
    const priceOf = (ref: string, kind: "ocr" | "face", i: number, calls: number, prepaid: number) => {
      const product = registry.product(kind, ref);
      try {
        return monthlyCharge(product, product.items[i], calls, prepaid).amount.toFixed();
      } catch (error) {
        return `error ${(error as Error).message}`;
      }
    };
    fc.assert(
      fc.property(
        fc.constantFrom<"ocr" | "face">("ocr", "face"),
        fc.nat(),
        fc.integer({ min: 0, max: 30_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (kind, i, calls, prepaid) => {
          const index = i % registry.product(kind, "tencent-current").items.length;
          const base = priceOf("tencent-current", kind, index, calls, prepaid);
          expect(priceOf("one", kind, index, calls, prepaid)).toBe(base.replace(/tencent-current/g, "one"));
        },
      ),
      { numRuns: 500 },
    );
  });
});
