import { loadCatalog } from "../loadCatalog";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { CatalogRegistry } from "../registry";
import { parseCatalog, validateCatalog } from "../validate";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const problemsOf = (candidate: unknown) => {
  const result = validateCatalog(candidate);
  return result.ok ? [] : result.problems;
};

describe("validateCatalog", () => {
  test("the literal test catalog is valid", () => {
    expect(problemsOf(literalCatalog)).toEqual([]);
  });

  test("reports every problem with its JSON path, not just the first", () => {
    const bad: Loose = clone(literalCatalog);
    bad.currency = "USD";
    bad.products.ocr.billingItems[0].postpaid.tiers[1].unitPrice = 0.1; // a number, not decimal text
    bad.products.ocr.billingItems[0].postpaid.tiers[2].from = 200000; // gap after 100,000
    bad.products.ocr.billingItems[1].id = "ocr.id-card"; // duplicate id
    bad.products.ocr.billingItems[0].packs[0].size = 2000; // not a product pack size
    bad.products.face.effectiveDate = "2020-02-30";
    bad.products.ocr.billingItems[0].interfaces[0].qpsClass = "Z";
    bad.extra = true;
    const paths = problemsOf(bad).map((p) => p.where);
    expect(paths).toEqual(
      expect.arrayContaining([
        "$.currency",
        "$.products.ocr.billingItems[0].postpaid.tiers[1].unitPrice",
        "$.products.ocr.billingItems[0].postpaid.tiers[2].from",
        "$.products.ocr.billingItems[1].id",
        "$.products.ocr.billingItems[0].packs[0].size",
        "$.products.face.effectiveDate",
        "$.products.ocr.billingItems[0].interfaces[0].qpsClass",
        "$.extra",
      ]),
    );
  });

  test("tiers must end open and start at 0", () => {
    const bad: Loose = clone(literalCatalog);
    bad.products.ocr.billingItems[0].postpaid.tiers[0].from = 1;
    bad.products.ocr.billingItems[0].postpaid.tiers[3].to = 5000000;
    const paths = problemsOf(bad).map((p) => p.where);
    expect(paths).toContain("$.products.ocr.billingItems[0].postpaid.tiers[0].from");
    expect(paths).toContain("$.products.ocr.billingItems[0].postpaid.tiers[3].to");
  });

  test("wrong types everywhere are reported, not thrown", () => {
    for (const candidate of [null, 42, "catalog", [], { formatVersion: 1 }, { products: { ocr: [] } }]) {
      expect(problemsOf(candidate).length).toBeGreaterThan(0);
    }
  });

  test("parse errors and oversized text are one problem at $", () => {
    expect(parseCatalog("{ not json").problems).toEqual([
      expect.objectContaining({ where: "$", message: expect.stringMatching(/not valid JSON/) }),
    ]);
    const huge = JSON.stringify({ pad: "x".repeat(10 * 1024 * 1024) });
    expect(parseCatalog(huge).problems).toEqual([
      expect.objectContaining({ where: "$", message: expect.stringMatching(/MB/) }),
    ]);
  });

  test("deep nesting is rejected as an unknown field without recursion", () => {
    let deep: Loose = {};
    for (let i = 0; i < 100000; i++) deep = { a: deep };
    const bad: Loose = clone(literalCatalog);
    bad.products.ocr.billingItems[0].nested = deep;
    expect(problemsOf(bad)).toEqual([expect.objectContaining({ where: "$.products.ocr.billingItems[0].nested" })]);
  });
});

describe("CatalogRegistry.load", () => {
  const registry = () => new CatalogRegistry([literalCatalog], "literal-test");

  test("a bad candidate changes nothing and returns every problem", () => {
    const r = registry();
    const bad: Loose = clone(literalCatalog);
    bad.id = "mine";
    bad.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice = "-1";
    const result = loadCatalog(r, bad);
    expect(result.ok).toBe(false);
    expect(r.ids()).toEqual(["literal-test"]);
  });

  test("a good candidate is added; a built-in id cannot be replaced", () => {
    const r = registry();
    const mine: Loose = clone(literalCatalog);
    mine.id = "negotiated-2025";
    mine.products.ocr.effectiveDate = "2025-01-01";
    mine.products.ocr.billingItems[0].postpaid.tiers[3].unitPrice = "0.04";
    expect(loadCatalog(r, mine)).toEqual({ ok: true, id: "negotiated-2025", replaced: false });
    expect(loadCatalog(r, clone(literalCatalog)).ok).toBe(false);
    expect(r.ids()).toEqual(["literal-test", "negotiated-2025"]);
  });

  test("versions resolve by id, by date in force, and international lists only when loaded", () => {
    const r = registry();
    expect(r.product("ocr", null).catalogId).toBe("literal-test");
    expect(r.product("ocr", "2023-05-01").catalogId).toBe("literal-test");
    expect(() => r.product("ocr", "2021-12-31")).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "no-version-on-date" }) }),
    );
    expect(() => r.product("ocr", "nope")).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "unknown-catalog" }) }),
    );
    expect(() => r.product("ocr", "international")).toThrow(
      expect.objectContaining({
        failure: expect.objectContaining({ kind: "no-international" }),
        message: expect.stringMatching(/international/),
      }),
    );
    const intl: Loose = clone(literalCatalog);
    intl.id = "intl-list";
    intl.products.ocr.market = "international";
    intl.products.ocr.monthlyFreeQuota = 0;
    expect(loadCatalog(r, intl).ok).toBe(true);
    expect(r.product("ocr", "international").catalogId).toBe("intl-list");
    expect(r.product("ocr", "2023-05-01").catalogId).toBe("literal-test"); // dates pick mainland lists
  });
});
