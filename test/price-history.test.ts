/**
 * PRICE_HISTORY as Excel calls it: every version that prices the item, oldest first, each cell
 * checked against the other functions of the same version (never against a copy of the table).
 */
import { EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { BLANK, call, forEachHost } from "./distFunctions";

type Grid = (string | number)[][];
const history = (...args: (string | number | null | typeof BLANK)[]): Grid =>
  call("PRICE_HISTORY", ...args).value as Grid;

/** Built-in mainland versions of a product, oldest first (the ids decide a shared date). */
const versionsOf = (kind: "ocr" | "face"): string[] =>
  EMBEDDED_CATALOGS.filter((c) => c.products[kind]?.market === "mainland")
    .sort(
      (a, b) =>
        a.products[kind]!.effectiveDate.localeCompare(b.products[kind]!.effectiveDate) || a.id.localeCompare(b.id),
    )
    .map((c) => c.id);

/** "> 10,000 a month" → 10000; "pack of 1,000" → 1000. */
const headNumber = (head: string | number): number => Number(String(head).replace(/[^\d]/g, ""));

forEachHost(() => {
  test('PRICE_HISTORY("身份证识别") shows every version\'s tiers, oldest first, each equal to OCR_UNIT_PRICE', () => {
    const [header, ...rows] = history("身份证识别");
    expect(header.slice(0, 3)).toEqual(["version", "effective date", "free a month"]);
    expect(header[header.length - 1]).toBe("change from the previous version");
    expect(rows.map((r) => r[0])).toEqual(versionsOf("ocr"));
    const tierHeads = header.slice(3, -1);
    expect(tierHeads.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      const version = row[0] as string;
      const free = row[2] as number;
      tierHeads.forEach((head, i) => {
        const volume = Math.max(headNumber(head), free) + 1;
        const unit = call("OCR_UNIT_PRICE", "身份证识别", volume, version);
        const cell = row[3 + i];
        if (unit.code === "#N/A") expect([version, head, cell]).toEqual([version, head, "联系商务 (contact sales)"]);
        else expect([version, head, cell]).toEqual([version, head, unit.value]);
      });
    }
  });

  test("the change column says when and how the price moved", () => {
    const rows = history("身份证识别").slice(1);
    expect(rows[0][rows[0].length - 1]).toBe("first version");
    const legacyTo2019 = rows.find((r) => r[0] === "tencent-2019-ocr")!;
    expect(legacyTo2019[legacyTo2019.length - 1]).toContain("> 1,000 a month: 0.2 → 0.15");
    expect(legacyTo2019[legacyTo2019.length - 1]).toContain("> 10,000 a month: 0.12 → 0.1");
    expect(rows.find((r) => r[0] === "tencent-2021-ocr")!.slice(-1)).toEqual(["no change"]);
  });

  test('"packs": each pack size as OCR_PACK_PRICE gives it, promotional on the late-2020 page', () => {
    const [header, ...rows] = history("身份证识别", "packs");
    expect(header[2]).toBe("pack prices");
    const sizes = header.slice(3, -1).map(headNumber);
    expect(sizes).toEqual([1000, 10000, 100000, 1000000, 10000000]);
    for (const row of rows) {
      const version = row[0] as string;
      expect([version, row[2]]).toEqual([
        version,
        version.startsWith("tencent-2020") ? "promotional (活动折扣价格)" : "list (刊例价)",
      ]);
      sizes.forEach((size, i) => {
        const price = call("OCR_PACK_PRICE", "身份证识别", size, version);
        expect([version, size, row[3 + i]]).toEqual([version, size, price.code ? "" : price.value]);
      });
    }
    const late2020 = rows.find((r) => r[0] === "tencent-2020-ocr")!;
    expect(late2020.slice(3, -1)).toEqual([84, 560, 3500, 21000, 140000]);
  });

  test("a Face Recognition name is priced in the face versions (one function, by name)", () => {
    const [header, ...rows] = history("人脸比对");
    expect(rows.map((r) => r[0])).toEqual(versionsOf("face"));
    expect(header.slice(3, -1).map(headNumber)).toEqual([0, 10000, 3000000, 15000000]);
    const legacy = rows.find((r) => r[0] === "tencent-legacy-face")!;
    expect(legacy[2]).toBe(10000);
    expect(legacy[legacy.length - 1]).toBe("free a month: 0 → 10,000");
  });

  test("a name only some versions know starts at the first that prices it; a free beta says so", () => {
    const rows = history("二维码和条形码识别").slice(1);
    expect(rows[0][0]).toBe("tencent-2020-10-07-ocr");
    const beta = history("快速文本检测").slice(1);
    expect(beta[0].slice(-1)).toEqual(["free beta, no price published"]);
    expect(beta[1][beta[1].length - 1]).toContain("free beta, no price published → priced");
  });

  test("blank what is postpaid; a bad what or an unknown name is #VALUE! saying what to type", () => {
    expect(history("身份证识别", BLANK)).toEqual(history("身份证识别"));
    expect(history("身份证识别", "后付费")).toEqual(history("身份证识别"));
    expect(history("身份证识别", "资源包")).toEqual(history("身份证识别", "packs"));
    const bad = call("PRICE_HISTORY", "身份证识别", "tiers please");
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/"postpaid".*"packs"/);
    expect(call("PRICE_HISTORY", "no such thing").code).toBe("#VALUE!");
    expect(call("PRICE_HISTORY", "混贴票据识别").code).toBe("#VALUE!");
  });
});
