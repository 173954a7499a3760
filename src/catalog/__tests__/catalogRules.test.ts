import { CatalogRegistry } from "../registry";
import { loadCatalog } from "../loadCatalog";
import { LIMITS, parseCatalog, validateCatalog } from "../validate";
import { literalCatalog } from "../../core/__tests__/fixtures";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const clone = <T>(value: T): Loose => JSON.parse(JSON.stringify(value)) as Loose;
const problemsOf = (candidate: unknown) => {
  const r = validateCatalog(candidate);
  return r.ok ? [] : r.problems;
};
const registry = () => new CatalogRegistry([literalCatalog], "literal-test");

describe("catalog rules: never ambiguous", () => {
  test.each(["2020-06-01", "International", "intl", "default", "国际站"])("the id %p is refused", (id) => {
    const c = clone(literalCatalog);
    c.id = id;
    const problems = problemsOf(c);
    expect(problems.map((p) => p.where)).toContain("$.id");
  });

  test("a date-like id can no longer hijack a formula's date", () => {
    const c = clone(literalCatalog);
    c.id = "2020-06-01";
    expect(loadCatalog(registry(), c).ok).toBe(false);
  });

  test("ids that differ only in case are refused; replacing a loaded version by its own id works", () => {
    const r = registry();
    const mine = clone(literalCatalog);
    mine.id = "mine";
    mine.products.ocr.effectiveDate = "2025-01-01";
    expect(loadCatalog(r, mine).ok).toBe(true);
    const upper = clone(mine);
    upper.id = "MINE";
    expect(loadCatalog(r, upper)).toMatchObject({ ok: false, problems: [{ where: "$.id" }] });
    const again = clone(mine);
    again.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice = "0.11";
    expect(loadCatalog(r, again)).toEqual({ ok: true, id: "mine", replaced: true });
  });

  test("two versions with different prices cannot share an effective date; the same prices may", () => {
    const r = registry();
    const sameDate = clone(literalCatalog);
    sameDate.id = "same-date";
    sameDate.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice = "0.11";
    const result = loadCatalog(r, sameDate);
    expect(result.ok).toBe(false);
    // Its face product is the built-in's, unchanged, under the same date: not a problem.
    expect(!result.ok && result.problems.map((p) => p.where)).toEqual(["$.products.ocr.effectiveDate"]);
    sameDate.products.ocr.effectiveDate = "2025-01-01";
    expect(loadCatalog(r, sameDate).ok).toBe(true);
    // Dates still pick one version: the later one from its own date on.
    expect(r.product("ocr", "2024-12-31").catalogId).toBe("literal-test");
    expect(r.product("ocr", "2025-01-01").catalogId).toBe("same-date");
  });

  test("names must have a visible character; a zero-width space does not make a new name", () => {
    const c = clone(literalCatalog);
    c.products.ocr.billingItems[0].name = "\u200b";
    c.products.ocr.billingItems[1].interfaces[0].name = " \u2060 ";
    const paths = problemsOf(c).map((p) => p.where);
    expect(paths).toContain("$.products.ocr.billingItems[0].name");
    expect(paths).toContain("$.products.ocr.billingItems[1].interfaces[0].name");
  });

  test("text a workbook cannot store (U+FFFE, U+FFFF, half a surrogate pair) is refused", () => {
    for (const bad of ["\uFFFE", "\uFFFF", "\uD800x"]) {
      const c = clone(literalCatalog);
      c.title = `title ${bad}`;
      expect(problemsOf(c)).toEqual([
        { where: "$.title", code: "xml-character", message: expect.stringMatching(/cannot store/) },
      ]);
    }
  });

  test("problems quote what was found, truncated; a missing field is reported once", () => {
    const c = clone(literalCatalog);
    c.products.ocr.billingItems[1].name = c.products.ocr.billingItems[0].name;
    c.title = "x".repeat(1_000_000);
    for (const p of problemsOf(c)) expect(p.message.length).toBeLessThan(300);
    const empty = problemsOf({});
    const paths = empty.map((p) => p.where);
    expect(new Set(paths).size).toBe(paths.length);
    expect(empty.map((p) => p.message).join("\n")).not.toMatch(/undefined/);
  });

  test("limits bound the work of any valid catalog", () => {
    const c = clone(literalCatalog);
    const tiers = Array.from({ length: LIMITS.tiers + 1 }, (_, i) => ({
      from: i * 10,
      to: i === LIMITS.tiers ? null : (i + 1) * 10,
      unitPrice: "0.1",
    }));
    c.products.ocr.billingItems[0].postpaid.tiers = tiers;
    expect(problemsOf(c)).toEqual([
      {
        where: "$.products.ocr.billingItems[0].postpaid.tiers",
        code: "too-many",
        message: expect.stringMatching(new RegExp(`more than the ${LIMITS.tiers} `)),
      },
    ]);
  });

  test("a UTF-8 byte order mark is read the same by every reader", () => {
    const r = parseCatalog("\uFEFF" + JSON.stringify(literalCatalog));
    expect(r.ok).toBe(true);
  });
});
