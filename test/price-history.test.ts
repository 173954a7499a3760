/**
 * PRICE_HISTORY as Excel calls it: every version that prices the item, oldest first, each cell
 * checked against the other functions of the same version (never against a copy of the table).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { BLANK, call, forEachHost, inDisplayLanguage } from "./distFunctions";
import { englishLeftIn } from "./support/historyText";

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

describe("issue 16's done-when, through the built functions bundle", () => {
  /** The documents seeds/history/README.md lists (its table's first column). */
  const HISTORY_DOCS = [
    ...readFileSync(join(__dirname, "..", "sources", "history", "README.md"), "utf8").matchAll(/^\| ([\w-]+\.md) \|/gm),
  ].map((m) => m[1]);
  /** CATALOGS' rows by id; a row's documents are the files its source column names, first the main one. */
  const catalogs = (): Map<string, string[]> => {
    const [header, ...rows] = call("CATALOGS").value as string[][];
    const source = header.indexOf("source");
    return new Map(rows.map((r) => [r[0], r[source].split("; ").map((s) => s.replace(/ @ \w+$/, ""))]));
  };
  /** The version transcribed from a document: the one naming it first among its sources. */
  const versionOf = (doc: string): string | undefined =>
    [...catalogs()].find(([, sources]) => sources[0] === `sources/history/${doc}`)?.[0];

  test("=TCLOUD.CATALOGS() lists one version per history document, and the current one", () => {
    expect(HISTORY_DOCS).toHaveLength(7);
    const versions = HISTORY_DOCS.map((doc) => [doc, versionOf(doc)]);
    expect(versions.filter(([, id]) => id === undefined)).toEqual([]);
    expect(new Set(versions.map(([, id]) => id)).size).toBe(7);
    expect(catalogs().get("tencent-current")).toEqual([
      "sources/ocr-pricing.md",
      "sources/face-recognition-pricing.md",
    ]);
  });

  test.each([
    ["身份证识别", "ocr-"],
    ["人脸比对", "face-"],
  ])(
    'PRICE_HISTORY("%s") has a row with priced tiers for every %s document\'s version and the current one',
    (name, prefix) => {
      const [header, ...rows] = history(name);
      const tierColumns = header.slice(3, -1).length;
      const expected = [...HISTORY_DOCS.filter((d) => d.startsWith(prefix)).map(versionOf), "tencent-current"];
      for (const id of expected) {
        const row = rows.find((r) => r[0] === id);
        const priced = row
          ?.slice(3, 3 + tierColumns)
          .filter((c) => typeof c === "number" || c === "联系商务 (contact sales)");
        expect([id, (priced?.length ?? 0) >= 3]).toEqual([id, true]);
      }
      expect(rows).toHaveLength(new Set(rows.map((r) => r[0])).size);
    },
  );
});

describe("PRICE_HISTORY as zh-CN Excel shows it", () => {
  inDisplayLanguage("zh-CN");
  test.each([
    ["身份证识别", null],
    ["身份证识别", "packs"],
    ["人脸比对", null],
    ["快速文本检测", null],
  ])("%s %s: every word Chinese, changes joined with ；", (name, what) => {
    const [header, ...rows] = history(name, what);
    expect(header[header.length - 1]).toBe("相对上一版本的变化");
    // The version column holds ids (data); every other text is a word of the table.
    const words = [...header, ...rows.flatMap((r) => r.slice(1))].filter((v): v is string => typeof v === "string");
    expect(words.map((w) => [w, englishLeftIn(w)]).filter(([, bad]) => bad.length > 0)).toEqual([]);
  });

  test("several changes of one version: ；between them, ：after each label", () => {
    const row = history("身份证识别").find((r) => r[0] === "tencent-2019-ocr")!;
    const changes = String(row[row.length - 1]).split("；");
    expect(changes.length).toBeGreaterThan(2);
    expect(changes).toContain("每月 > 1,000：0.2 → 0.15");
    expect(changes.every((c) => /^每月 > [\d,]+：\S+ → \S+$/.test(c))).toBe(true);
  });
});
