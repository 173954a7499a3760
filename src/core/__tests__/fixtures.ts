import { compileCatalog } from "../../catalog/compile";
import { PricingError } from "../errors";
import type { ProductModel } from "../model";
import { excelErrorOf } from "../../functions/excelErrors";
import type { Catalog, Product } from "../../catalog/types";

/** A small literal catalog: the current OCR tiers for two items, and a 2020-style face product. */
export const literalCatalog: Catalog = {
  formatVersion: 1,
  id: "literal-test",
  title: "Literal tiers for unit tests",
  currency: "CNY",
  sources: [{ file: "src/core/__tests__/fixtures.ts" }],
  products: {
    ocr: {
      effectiveDate: "2022-01-01",
      dateIsClue: false,
      unit: "call",
      tierBasis: "total",
      monthlyFreeQuota: 1000,
      packValidityMonths: 12,
      packSizes: [1000, 10000, 100000],
      market: "mainland",
      qpsClasses: [
        {
          id: "A",
          cap: 100,
          inclusive: "lower",
          tiers: [
            { from: 0, to: 10, perDay: "15", perMonth: "300" },
            { from: 10, to: 100, perDay: "13", perMonth: "280" },
            { from: 100, to: null, perDay: "12", perMonth: "240" },
          ],
        },
      ],
      billingItems: [
        {
          id: "ocr.id-card",
          name: "身份证识别",
          interfaces: [{ name: "身份证识别", actions: ["IDCardOCR"], qpsClass: "A" }],
          postpaid: {
            inclusive: "lower",
            tiers: [
              { from: 0, to: 10000, unitPrice: "0.15" },
              { from: 10000, to: 100000, unitPrice: "0.10" },
              { from: 100000, to: 1000000, unitPrice: "0.06" },
              { from: 1000000, to: null, unitPrice: null },
            ],
          },
          packs: [
            { size: 1000, listPrice: "120" },
            { size: 10000, listPrice: "800" },
            { size: 100000, listPrice: "5000" },
          ],
        },
        {
          id: "ocr.verify",
          name: "增值税发票核验",
          interfaces: [{ name: "增值税发票核验（新版）" }, { name: "增值税发票核验" }],
          monthlyFreeQuota: 0,
          oneTimeFreePack: { calls: 50, validityMonths: 60 },
          postpaid: {
            inclusive: "lower",
            tiers: [
              { from: 0, to: 10000, unitPrice: "0.30" },
              { from: 10000, to: null, unitPrice: "0.28" },
            ],
          },
        },
        {
          id: "ocr.large",
          name: "通用票据识别（大票）",
          interfaces: [{ name: "混贴票据识别" }, { name: "OFD 发票识别" }],
          postpaid: { inclusive: "lower", tiers: [{ from: 0, to: null, unitPrice: "0.15" }] },
        },
        {
          id: "ocr.small",
          name: "通用票据识别（小票）",
          interfaces: [{ name: "混贴票据识别" }, { name: "火车票识别" }],
          postpaid: { inclusive: "lower", tiers: [{ from: 0, to: null, unitPrice: "0.10" }] },
        },
      ],
    },
    face: {
      effectiveDate: "2020-10-01",
      dateIsClue: true,
      unit: "call",
      tierBasis: "postpaid",
      monthlyFreeQuota: 10000,
      market: "mainland",
      freezeRatio: "1.2",
      billingItems: [
        {
          id: "face.search",
          name: "人脸搜索",
          aliases: ["人脸检索"],
          interfaces: [{ name: "人脸搜索" }, { name: "人员搜索" }],
          postpaid: {
            inclusive: "upper",
            tiers: [
              { from: 0, to: 3000000, unitPrice: "0.0032" },
              { from: 3000000, to: 15000000, unitPrice: "0.003" },
              { from: 15000000, to: null, unitPrice: "0.0027" },
            ],
          },
        },
      ],
    },
  },
};

export const compiledLiteral = compileCatalog(literalCatalog);
export const literalOcr = compiledLiteral.products.ocr as ProductModel;
export const literalFace = compiledLiteral.products.face as ProductModel;

/** A copy of the literal catalog's OCR product with changes, for one-off variations. */
export const withOcr = (changes: Partial<Product>): Catalog => ({
  ...literalCatalog,
  products: { ...literalCatalog.products, ocr: { ...(literalCatalog.products.ocr as Product), ...changes } },
});

/** The Excel error a failure shows, as the short code tests compare ("NA", "VALUE", "NUM"). */
export function excelCode(error: unknown): "NA" | "VALUE" | "NUM" {
  if (!(error instanceof PricingError)) throw error;
  return ({ "#N/A": "NA", "#VALUE!": "VALUE", "#NUM!": "NUM" } as const)[excelErrorOf(error.failure)];
}

/** The failure kind a step throws, or undefined when it returns. */
export function failureKind(step: () => unknown): string | undefined {
  try {
    step();
  } catch (error) {
    if (!(error instanceof PricingError)) throw error;
    return error.failure.kind;
  }
  return undefined;
}
