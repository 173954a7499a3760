import { loadCatalog } from "../../catalog/loadCatalog";
import { priceChanges } from "../priceChanges";
import { GENERATED_AT, HOSTILE_NAMES, testRegistry } from "./fixtures";

describe("priceChanges", () => {
  const registry = testRegistry();
  const table = priceChanges(registry, "literal-test", "literal-new", "ocr", { generatedAt: GENERATED_AT });
  const find = (id: string, what: RegExp) => table.rows.filter((r) => r[1] === id && what.test(String(r[3])));

  it("lists every item, tier and pack with old, new, change and percent", () => {
    expect(table.columns).toEqual([
      "product",
      "item id",
      "billing item",
      "what",
      "literal-test",
      "literal-new",
      "change",
      "change %",
      "status",
      "note",
    ]);
    expect(find("ocr.id-card", /free quota/)).toEqual([
      ["ocr", "ocr.id-card", "身份证识别", "monthly free quota (calls)", 1000, 1000, 0, 0, "unchanged", null],
    ]);
    expect(find("ocr.id-card", /^postpaid \[0, 10,000\)/)[0].slice(4, 9)).toEqual([0.15, 0.12, -0.03, -0.2, "changed"]);
    expect(find("ocr.id-card", /^postpaid \[10,000, 100,000\)/)[0].slice(4, 9)).toEqual([0.1, 0.1, 0, 0, "unchanged"]);
    const third = find("ocr.id-card", /^postpaid \[100,000, 1,000,000\)/)[0];
    expect(third.slice(4, 7)).toEqual([0.06, 0.05, -0.01]);
    expect(third[7]).toBeCloseTo(-1 / 6, 15);
    // Contact sales is never 0 and has no computed change.
    expect(find("ocr.id-card", /^postpaid 1,000,000 and above/)[0].slice(4, 9)).toEqual([
      "联系商务",
      0.04,
      null,
      null,
      "changed",
    ]);
    expect(find("ocr.id-card", /pack of 100,000/)[0].slice(4, 9)).toEqual([5000, "联系商务", null, null, "changed"]);
    expect(find("ocr.id-card", /pack of 1,000,000/)[0].slice(4, 9)).toEqual([null, 40000, null, null, "added"]);
    expect(find("ocr.id-card", /pack of 1,000 /)[0].slice(4, 8)).toEqual([120, 100, -20, -1 / 6]);
  });

  it("marks removed and added items, keeps hostile names as plain data", () => {
    const removed = table.rows.filter((r) => r[1] === "ocr.verify");
    expect(removed.length).toBe(3); // free quota + 2 tiers
    expect(removed.every((r) => r[8] === "removed" && r[5] === null && r[4] !== null)).toBe(true);
    expect(removed[0][4]).toBe(0); // no free quota: 0 is a real quota here, not a missing price
    const added = table.rows.filter((r) => r[1] === "ocr.hostile");
    expect(added.map((r) => r[8])).toEqual(["added", "added"]);
    expect(added[0][2]).toBe(HOSTILE_NAMES[0]);
    expect(table.notes![0]).toBe("5 changed, 3 added, 3 removed, 7 unchanged.");
    expect(table.headerBlock[2]).toEqual(["generated at", GENERATED_AT]);
  });

  it("a version without the product: every line added or removed, with a note", () => {
    const faces = priceChanges(registry, "literal-test", "literal-face", undefined, { generatedAt: GENERATED_AT });
    const ocrRows = faces.rows.filter((r) => r[0] === "ocr");
    expect(ocrRows.length).toBeGreaterThan(0);
    expect(ocrRows.every((r) => r[8] === "removed")).toBe(true);
    expect(faces.rows.filter((r) => r[0] === "face").every((r) => r[8] === "unchanged")).toBe(true);
    expect(faces.notes!.join("\n")).toMatch(/literal-face has no OCR prices/);
  });

  it("unknown version is #N/A", () => {
    expect(() => priceChanges(registry, "literal-test", "nope")).toThrow(/There is no catalog version "nope"/);
  });

  it("tier bounds that switch side are a change", () => {
    const upper = JSON.parse(JSON.stringify(registry.catalog("literal-test")));
    upper.id = "literal-upper";
    upper.products.ocr.effectiveDate = "2022-06-01";
    upper.products.ocr.billingItems[0].postpaid.inclusive = "upper";
    const r = testRegistry();
    expect(loadCatalog(r, upper).ok).toBe(true);
    const t = priceChanges(r, "literal-test", "literal-upper", "ocr", { generatedAt: GENERATED_AT });
    const tier = t.rows.find(
      (row) => row[1] === "ocr.id-card" && String(row[3]).startsWith("postpaid (10,000, 100,000]"),
    )!;
    expect(tier.slice(4, 10)).toEqual([0.1, 0.1, 0, 0, "changed", "bounds [10,000, 100,000) → (10,000, 100,000]"]);
  });
});

describe("priceChanges in Chinese", () => {
  const registry = testRegistry();
  const en = priceChanges(registry, "literal-test", "literal-new", undefined, { generatedAt: GENERATED_AT });
  const zh = priceChanges(registry, "literal-test", "literal-new", undefined, {
    generatedAt: GENERATED_AT,
    lang: "zh",
  });

  it("the same numbers, every word Chinese (catalog names and ids stay as typed)", () => {
    expect(zh.rows.map((r) => r.slice(4, 8))).toEqual(en.rows.map((r) => r.slice(4, 8)));
    expect(zh.changeCounts).toEqual(en.changeCounts);
    expect(zh.columns.slice(0, 4)).toEqual(["产品", "计费项 ID", "计费项", "项目"]);
    expect(zh.sheetName).toBe("价格变化 literal-test 对比 literal-new");
    const words = [
      zh.title,
      ...zh.headerBlock.map((r) => String(r[0])),
      ...zh.columns,
      ...zh.rows.flatMap((r) => [r[0], r[3], r[8], r[9]].map((c) => String(c ?? ""))),
      ...zh.notes!,
    ];
    for (const text of words) expect([text, /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/.test(text)]).toEqual([text, false]);
    expect(new Set(zh.rows.map((r) => r[8]))).toEqual(
      new Set(["未变", "变化", "新增", "删除"].filter((s) => zh.rows.some((r) => r[8] === s))),
    );
    expect(zh.rows.find((r) => r[1] === "ocr.id-card" && String(r[3]).startsWith("每月免费额度"))?.[3]).toBe(
      "每月免费额度（次）",
    );
    expect(zh.notes![0]).toBe(
      `变化 ${en.changeCounts!.changed}，新增 ${en.changeCounts!.added}，删除 ${en.changeCounts!.removed}，未变 ${en.changeCounts!.unchanged}。`,
    );
  });
});
