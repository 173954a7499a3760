import { readFileSync } from "fs";
import { join } from "path";
import { compileCatalog } from "../../src/catalog/compile";
import type { ItemModel, ProductModel } from "../../src/core/model";
import { PricingError } from "../../src/core/errors";
import { Money } from "../../src/core/money";
import { nameKey } from "../../src/core/names";
import { resolveItem } from "../../src/core/resolve";
import { monthlyCharge } from "../../src/core/charges/monthly";
import { validateCatalog, type ValidationResult } from "../../src/catalog/validate";
import { readSource } from "./seedTables";

/** An older OCR price page and the catalog version transcribed from it, compiled through the core. */
export function loadOcrVersion(
  sourceFile: string,
  catalogFile: string,
): {
  doc: string;
  json: unknown;
  validation: ValidationResult;
  product: ProductModel;
} {
  const doc = readSource(sourceFile);
  const json: unknown = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "src", "catalog", "data", catalogFile), "utf8"),
  );
  const validation = validateCatalog(json);
  const product = (validation.ok ? compileCatalog(validation.catalog).products.ocr : undefined) as ProductModel;
  return { doc, json, validation, product };
}

/** "1000次" → 1000, "1万次" → 10000, "100万" → 1000000. */
export function count(text: string): number {
  const m = /^(\d+)(万)?次?$/.exec(text.replace(/\s+/g, ""));
  if (!m) throw new Error(`not a count: ${JSON.stringify(text)}`);
  return Number(m[1]) * (m[2] ? 10000 : 1);
}

export interface Range {
  readonly from: number;
  readonly to: number | null;
}

/** "1万 < 调用量 ≤ 10万" → (10000, 100000]; "100万以上" → above 1000000. Anything else is not a tier head. */
export function tierRange(head: string): Range | null {
  const text = head.replace(/\s+/g, "");
  const between = /^(\d+万?)<调用量≤(\d+万?)$/.exec(text);
  if (between) return { from: count(between[1]), to: count(between[2]) };
  const above = /^(\d+万?)以上$/.exec(text);
  if (above) return { from: count(above[1]), to: null };
  return null;
}

/** Volumes inside an upper-inclusive range as the heads print it: just above the lower bound, the middle, the upper bound itself. */
export function volumesIn(range: Range): number[] {
  if (range.to === null) return [range.from + 1, range.from * 10];
  return [...new Set([range.from + 1, Math.floor((range.from + range.to) / 2), range.to])];
}

export const isCountHead = (head: string): boolean => /^\d+万?次$/.test(head.replace(/\s+/g, ""));

/** An example line as the document prints it, with Markdown's escaped asterisks undone. */
export const expectExampleLine = (doc: string, text: string): void => expect(doc.replace(/\\\*/g, "*")).toContain(text);

/** A decimal string in canonical form, so "0.10" and "0.1" compare equal. */
export const dec = (text: string): string => new Money(text).toFixed();

/** The PricingError a call throws; a returned value or another error fails the test. */
export function pricingError(fn: () => unknown): PricingError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
  throw new Error("expected a PricingError, but the call returned a value");
}

/** The name keys a billing item answers to: its name and aliases. */
export const namesOf = (item: ItemModel): string[] => [item.name, ...item.aliases].map(nameKey);

/**
 * The 后付费 examples the 2019, late-2020 and late-2021 pages print alike: each line is checked in
 * the page's text, and its bill through the core (call inside the page's examples describe).
 */
export function postpaidExampleTests(product: ProductModel, doc: string): void {
  const item = (name: string): ItemModel => resolveItem(product, name);
  test("后付费 示例一: 身份证识别, 900 calls: no charge", () => {
    expectExampleLine(doc, "用户当月累计调用身份证识别接口900次，因当月调用量不足1000次，本次使用无需扣费");
    expect(monthlyCharge(product, item("身份证识别"), 900).amount.toFixed()).toBe("0");
  });
  test.each([
    ["驾驶证识别", 9000, "（9000 - 1000） * 0.15 = 1200（元）", "1200"],
    ["通用印刷体识别", 90000, "（90000 - 1000） * 0.10 = 8900（元）", "8900"],
    ["银行卡识别", 900000, "（900000 - 1000） * 0.06 = 53940（元）", "53940"],
  ])("后付费: %s, %p calls: %s", (name, calls, line, expected) => {
    expectExampleLine(doc, line);
    expect(monthlyCharge(product, item(name), calls).amount.toFixed()).toBe(expected);
  });
}
