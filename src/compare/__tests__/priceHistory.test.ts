import { EMBEDDED_CATALOGS } from "../../catalog/embedded";
import { CatalogRegistry } from "../../catalog/registry";
import { changesFrom, priceHistory } from "../../core/priceHistory";
import { excelCode } from "../../core/__tests__/fixtures";
import { pricingError } from "../../../test/support/ocrHistory";
import { chinesePunctuationIn, englishLeftIn } from "../../../test/support/historyText";
import { PRODUCT_KINDS } from "../../core/model";
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

describe("the Price history sheet's texts, whole, in each language", () => {
  /** Every billing item of every built-in version of a product (each name once). */
  const itemsOf = (kind: (typeof PRODUCT_KINDS)[number]): string[] => [
    ...new Set(productVersions(registry, kind).flatMap((p) => p.items.map((i) => i.name))),
  ];
  /** The sheet's texts that are words: not the item and version columns, the item list or the time stamp. */
  const wordTexts = (sheet: ReturnType<typeof priceHistorySheet>): string[] =>
    [
      ...sheet.headerBlock.map((line) => line[0]),
      ...sheet.columns,
      ...sheet.rows.flatMap((row) => row.slice(2)),
    ].filter((v): v is string => typeof v === "string");

  test.each(PRODUCT_KINDS.flatMap((kind) => (["postpaid", "packs"] as const).map((what) => [kind, what] as const)))(
    "%s %s: Chinese has no English word nor ASCII separator; English no Chinese separator",
    (kind, what) => {
      const items = itemsOf(kind);
      expect(items.length).toBeGreaterThan(3);
      const zh = priceHistorySheet(registry, items, what, { lang: "zh", generatedAt: "2026-01-01T00:00:00Z" });
      const en = priceHistorySheet(registry, items, what, { lang: "en", generatedAt: "2026-01-01T00:00:00Z" });
      const leftovers = wordTexts(zh)
        .map((text) => [text, englishLeftIn(text)] as const)
        .filter(([, bad]) => bad.length > 0);
      expect(leftovers).toEqual([]);
      expect(wordTexts(en).filter((text) => chinesePunctuationIn(text).length > 0)).toEqual([]);
      expect(zh.headerBlock[1][1]).toBe(items.join("、"));
    },
  );

  test("several changes of one version are joined with the language's separator", () => {
    const lastCell = (lang: "en" | "zh") => {
      const sheet = priceHistorySheet(registry, ["身份证识别"], "postpaid", { lang });
      const row = sheet.rows.find((r) => r[1] === "tencent-2019-ocr")!;
      return row[row.length - 1] as string;
    };
    expect(lastCell("en")).toContain("> 1,000 a month: 0.2 → 0.15; ");
    expect(lastCell("zh")).toContain("每月 > 1,000：0.2 → 0.15；");
    expect(lastCell("zh").split("；").length).toBe(lastCell("en").split("; ").length);
  });
});
