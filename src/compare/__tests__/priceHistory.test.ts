import { EMBEDDED_CATALOGS } from "../../catalog/embedded";
import { CatalogRegistry } from "../../catalog/registry";
import { changesFrom, priceHistory } from "../../core/priceHistory";
import { excelCode } from "../../core/__tests__/fixtures";
import { pricingError } from "../../../test/support/ocrHistory";
import { historyOf, priceHistorySheet, productVersions } from "../priceHistory";
import { priceHistoryWords } from "../priceHistoryWords";

const registry = new CatalogRegistry(EMBEDDED_CATALOGS, "tencent-current");

describe("price history words", () => {
  test("every word exists, non-empty, in English and Chinese, and the two differ", () => {
    const en = priceHistoryWords("en") as unknown as Record<string, unknown>;
    const zh = priceHistoryWords("zh") as unknown as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const texts = (w: Record<string, unknown>, key: string): string[] => {
      const v = w[key];
      if (typeof v === "function")
        return [(v as (x: string) => string)("postpaid"), (v as (x: string) => string)("packs")];
      if (typeof v === "object") return Object.values(v as Record<string, string>);
      return [v as string];
    };
    for (const key of Object.keys(en)) {
      for (const text of [...texts(en, key), ...texts(zh, key)])
        expect([key, text.trim() === ""]).toEqual([key, false]);
      if (key !== "contactSales") expect([key, texts(zh, key)]).not.toEqual([key, texts(en, key)]);
    }
  });
});

describe("price history core", () => {
  test("versions oldest first whatever order they are given in; international lists are left out", () => {
    const versions = productVersions(registry, "ocr");
    const forward = priceHistory(versions, "身份证识别", "postpaid");
    const backward = priceHistory([...versions].reverse(), "身份证识别", "postpaid");
    expect(backward.entries.map((e) => e.catalogId)).toEqual(forward.entries.map((e) => e.catalogId));
    const dates = forward.entries.map((e) => e.effectiveDate);
    expect([...dates].sort()).toEqual(dates);
  });
  test("a change lists exactly the columns whose price differs, and the free quota", () => {
    const history = historyOf(registry, "人脸比对", "postpaid");
    const legacy = history.entries.findIndex((e) => e.catalogId === "tencent-legacy-face");
    expect(changesFrom(history, legacy)).toEqual([{ kind: "free-quota", before: 0, after: 10000 }]);
    expect(changesFrom(history, 0)).toEqual([]);
  });
  test("an unknown name fails as unknown; an ambiguous one fails as ambiguous", () => {
    expect(excelCode(pricingError(() => historyOf(registry, "no such item", "postpaid")))).toBe("VALUE");
    expect(pricingError(() => historyOf(registry, "混贴票据识别", "postpaid")).failure.kind).not.toBe("unknown-name");
  });
});

describe("the Price history sheet", () => {
  test("one block per item on shared columns, a number format per column, Chinese with lang zh", () => {
    const sheet = priceHistorySheet(registry, ["身份证识别", "人脸比对"], "postpaid", {
      lang: "zh",
      generatedAt: "2026-01-01T00:00:00Z",
    });
    expect(sheet.sheetName).toBe("价格历史");
    expect(sheet.numberFormats).toHaveLength(sheet.columns.length);
    expect(sheet.rows.every((r) => r.length === sheet.columns.length)).toBe(true);
    const items = [...new Set(sheet.rows.map((r) => r[0]))];
    expect(items).toEqual(["身份证识别", "人脸比对"]);
    expect(sheet.headerBlock[2]).toEqual(["生成时间", "2026-01-01T00:00:00Z"]);
  });
  test("no items is an error saying a name is needed", () => {
    expect(excelCode(pricingError(() => priceHistorySheet(registry, [], "packs")))).toBe("VALUE");
  });
});
