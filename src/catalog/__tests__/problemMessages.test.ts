import type { ProblemCode, ProblemParams } from "../problem";
import { PROBLEM_WORDING, problemText } from "../problemMessages";
import { finding } from "../problem";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { validateCatalog } from "../validate";

/** One example of every code's parameters: the type makes a code without an example a build error. */
const SAMPLES: { readonly [C in ProblemCode]: ProblemParams[C] } = {
  required: {},
  "unknown-field": { allowed: ["a", "b"] },
  "wrong-type": { expected: ["integer", "null"], found: "x" },
  "too-few": { min: 1 },
  "too-many": { count: 21, max: 20 },
  empty: {},
  "too-long": { length: 1_000_000, max: 100 },
  "control-characters": {},
  "bad-catalog-id": { found: "a b" },
  "bad-item-id": { found: "A" },
  "bad-action": { found: "1x" },
  "not-date": { found: "2020/1/1" },
  "not-decimal": { found: 0.1 },
  "too-small": { min: 1, found: 0 },
  "too-big": { max: 9007199254740991, found: 1e300 },
  "not-one-of": { allowed: ["lower", "upper"], found: "middle" },
  "no-product": {},
  invalid: { keyword: "oneOf" },
  "tier-first-from": {},
  "tier-gap": { expected: 10000 },
  "tier-open-before-last": {},
  "tier-last-closed": {},
  "tier-empty-range": { from: 10 },
  "duplicate-qps-class": { id: "A" },
  "unknown-qps-class": { id: "Z" },
  "duplicate-pack": { size: 1000 },
  "pack-not-in-sizes": { size: 2000, sizes: [1000, 10000] },
  "pack-sizes-order": {},
  "pack-sizes-required": {},
  "duplicate-item-id": { id: "ocr.id-card", at: "$.products.ocr.billingItems[0]" },
  "duplicate-item-name": { name: "身份证识别", at: "$.products.ocr.billingItems[0]" },
  "invisible-name": {},
  "not-calendar-date": { date: "2020-02-30" },
  "date-like-id": { id: "2020-06-01" },
  "reserved-id": { id: "International" },
  "xml-character": {},
  "blank-text": {},
  "too-many-problems": { max: 200 },
  "built-in-id": { id: "tencent-current" },
  "id-case-clash": { id: "TENCENT-CURRENT", other: "tencent-current" },
  "same-date": { date: "2023-01-01", other: "mine", product: "ocr", market: "mainland" },
  "item-renamed": { itemId: "ocr.id-card", name: "身份证", other: "tencent-current", otherName: "身份证识别" },
  "bad-factor": { found: "0" },
  "needs-billing-item": {},
  "adjusts-nothing": {},
  "unknown-base": { id: "tencent-2030", ids: ["tencent-current"] },
  "base-is-book": { id: "acme-2026" },
  "base-of-books": { id: "mine", books: ["acme-2026"] },
  "base-lacks-product": { base: "tencent-2020-face", product: "ocr" },
  "unknown-billing-item": { name: "驾驶证识别", base: "tencent-current", itemOf: "行驶证/驾驶证识别" },
  "unknown-tier": { from: 5000, froms: [0, 10000] },
  "pack-not-sold": { size: 5000, sizes: [1000, 10000] },
  "breaks-book": { book: "acme-2026", where: "$.adjustments[2].billingItem" },
  "too-large": { bytes: 3_000_000, max: 2 * 1024 * 1024 },
  "empty-input": {},
  "not-json": { detail: "Unexpected token" },
  "read-failed": { detail: "denied" },
  "url-invalid": { url: "nope" },
  "url-not-https": { protocol: "http:" },
  "url-network": { host: "example.com" },
  "url-timeout": { host: "example.com", seconds: 20 },
  "url-http-status": { status: 404, statusText: "Not Found" },
  "url-too-large": { max: 2 * 1024 * 1024 },
  "part-unreadable": { reason: "unknown-format" },
  "kept-not-loaded": { reason: "$.x: unknown field" },
  "default-kept": { id: "mine", reason: "$.x: unknown field" },
  "browser-unreadable": { reason: "not-json" },
  "browser-not-loaded": { reason: "$.x: unknown field" },
  "no-such-version": { id: "gone" },
  "store-too-large": { bytes: 5_000_000, max: 4_500_000 },
  "store-near-limit": { bytes: 3_700_000, max: 4_500_000 },
  "grid-no-header": { columns: ["product", "item id"] },
  "grid-no-rows": {},
  "grid-cell-empty": { field: "item-id" },
  "grid-price-empty": { field: "unit-price", contactSales: "联系商务" },
  "grid-not-number": { field: "to", found: "ten" },
  "grid-not-count": { field: "free-quota", found: -5 },
  "grid-bad-product": { found: "ocrx", allowed: ["ocr", "face"] },
  "grid-name-differs": { found: "身份证", expected: "身份证识别", row: 7, itemId: "ocr.id-card" },
  "grid-bad-bounds": { found: "middle", lower: "lower", upper: "upper" },
  "grid-no-interfaces": {},
  "grid-bad-row-kind": { found: "step", allowed: ["item", "tier"] },
  "range-too-narrow": {},
  "range-no-name": {},
  "range-name-not-text": { found: 12 },
};

describe("catalog problems are worded from one catalogue", () => {
  test.each(Object.keys(SAMPLES) as ProblemCode[])("%s has a text in English and in Chinese", (code) => {
    const f = finding("$", code, SAMPLES[code]);
    const en = problemText(f, "en");
    const zh = problemText(f, "zh");
    expect(en.trim()).not.toBe("");
    expect(zh.trim()).not.toBe("");
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(`${en}${zh}`).not.toMatch(/undefined|\[object|NaN/);
  });

  test("both languages word the same codes", () => {
    expect(Object.keys(PROBLEM_WORDING.zh).sort()).toEqual(Object.keys(PROBLEM_WORDING.en).sort());
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(PROBLEM_WORDING.en).sort());
  });

  test("validation answers in the language asked, with the same places and codes", () => {
    const bad = JSON.parse(JSON.stringify(literalCatalog));
    bad.currency = "USD";
    bad.products.ocr.billingItems[0].name = "x".repeat(1_000_000);
    const en = validateCatalog(bad, "en").problems;
    const zh = validateCatalog(bad, "zh").problems;
    expect(zh.map((p) => [p.where, p.code])).toEqual(en.map((p) => [p.where, p.code]));
    expect(zh[0].message).toMatch(/[\u4e00-\u9fff]/);
    for (const p of [...en, ...zh]) expect(p.message.length).toBeLessThan(300);
  });
});
