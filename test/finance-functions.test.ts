import { loadFunctions } from "../src/cli/loadFunctions";
import { BLANK, call, DIST, forEachHost } from "./distFunctions";

/** OCR_MAX_CALLS / FACE_MAX_IMAGES as Excel calls them, blanks as desktop (0) and web (null) pass them. */
forEachHost(() => {
  describe("budget → volume", () => {
    test("across the 阶梯到达 cliff: 1,349 buys 14,490 身份证识别 calls", () => {
      expect(call("OCR_MAX_CALLS", "身份证识别", 1349)).toEqual({ value: 14490 });
      expect(call("OCR_COST", "身份证识别", 14490)).toEqual({ value: 1349 });
      expect(call("OCR_COST", "身份证识别", 14491).value).toBeGreaterThan(1349);
    });

    test("blank prepaid and catalog cells are 0 and the default; prepaid calls add to the volume", () => {
      expect(call("OCR_MAX_CALLS", "身份证识别", 1349, BLANK, BLANK)).toEqual({ value: 14490 });
      expect(call("OCR_MAX_CALLS", "IDCardOCR", 1349, 2000, null)).toEqual({ value: 16490 });
      expect(call("OCR_MAX_CALLS", "身份证识别", BLANK)).toEqual({ value: 1000 });
      expect(call("FACE_MAX_IMAGES", "人脸比对", 10500, BLANK, BLANK)).toEqual({ value: 3500000 });
      expect(call("FACE_MAX_IMAGES", "五官定位", 1980, BLANK, "tencent-2020-face")).toEqual({ value: 1000000 });
    });

    test("never into a 联系商务 tier; errors say why", () => {
      expect(call("OCR_MAX_CALLS", "身份证识别", 1e9)).toEqual({ value: 999999 });
      expect(call("OCR_MAX_CALLS", "身份证识别", null)).toMatchObject({
        code: "#VALUE!",
        message: /budget is missing/,
      });
      expect(call("OCR_MAX_CALLS", "身份证识别", -5)).toMatchObject({ code: "#VALUE!", message: /negative/ });
      expect(call("OCR_MAX_CALLS", BLANK, 100)).toMatchObject({ code: "#VALUE!", message: /missing/ });
      expect(call("FACE_MAX_IMAGES", "获取人员列表", 100, BLANK, "tencent-2020-face")).toMatchObject({
        code: "#N/A",
        message: /no budget limits/,
      });
      expect(call("FACE_MAX_IMAGES", "人员查重", 100, BLANK, "tencent-2020-face")).toMatchObject({
        code: "#N/A",
        message: /beta/,
      });
    });
  });
});

/** OCR_PACK_LEDGER / FACE_PACK_LEDGER over sheet ranges with room to grow. */
forEachHost(() => {
  const twelve = Array.from({ length: 12 }, () => [25000]);
  const threePacks = [
    [1, 100000, 3500],
    [1, 100000, 3500],
    [1, 100000, 3500],
  ];
  const blankRows = (n: number, width: number) => Array.from({ length: n }, () => Array(width).fill(null));

  describe("pack ledger", () => {
    test("the worked example: 840 of pack expense a month, 12,000 calls (420) written off in month 12", () => {
      const { value } = call("OCR_PACK_LEDGER", "身份证识别", twelve, threePacks, BLANK);
      const rows = value as (string | number)[][];
      expect(rows).toHaveLength(14);
      expect(rows[1]).toEqual([1, 25000, 1000, 24000, 0, 0, 840, 0, 276000]);
      expect(rows[12]).toEqual([12, 25000, 1000, 24000, 0, 0, 840, 420, 0]);
      expect(rows[13]).toEqual(["total", 300000, 12000, 288000, 0, 0, 10080, 420, 0]);
    });

    test("blank months after the last and blank purchase rows are skipped on both hosts", () => {
      const plain = call("OCR_PACK_LEDGER", "身份证识别", twelve, threePacks, BLANK);
      const roomy = call(
        "OCR_PACK_LEDGER",
        "身份证识别",
        [...twelve, ...blankRows(24, 1)],
        [[null, null, null], ...threePacks, ...blankRows(5, 3)],
        null,
      );
      expect(roomy).toEqual(plain);
    });

    test("no purchases: everything past the free quota is postpaid", () => {
      const rows = call("OCR_PACK_LEDGER", "身份证识别", [[9000]], BLANK).value as (string | number)[][];
      expect(rows[1]).toEqual([1, 9000, 1000, 0, 8000, 1200, 0, 0, 0]);
    });

    test("bad purchases are #VALUE! saying what to type; an item without packs is #N/A", () => {
      expect(call("OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000, null]])).toMatchObject({
        code: "#VALUE!",
        message: /row 1 has no price paid/,
      });
      expect(call("OCR_PACK_LEDGER", "身份证识别", [[1000]], [[3, 1000, 84]])).toMatchObject({
        code: "#VALUE!",
        message: /1 to 1/,
      });
      expect(call("OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000]])).toMatchObject({
        code: "#VALUE!",
        message: /three columns/,
      });
      expect(call("OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, "十万", 84]])).toMatchObject({ code: "#VALUE!" });
      expect(call("FACE_PACK_LEDGER", "人脸比对", [[1000]], [[1, 100000, 1]])).toMatchObject({
        code: "#N/A",
        message: /no prepaid packs/,
      });
    });

    test("FACE_PACK_LEDGER under the 2020 face page: the 人员搜索 example", () => {
      const rows = call("FACE_PACK_LEDGER", "人员搜索", [[52000000]], [[1, 50000000, 142500]], "tencent-2020-face")
        .value as (string | number)[][];
      expect(rows[1]).toEqual([1, 52000000, 10000, 50000000, 1990000, 6368, 142500, 0, 0]);
    });
  });
});

describe("the ledger's words follow Office's display language", () => {
  test("Chinese headers and total in zh-CN Excel, English elsewhere", () => {
    const zh = loadFunctions(DIST, { displayLanguage: "zh-CN" }).registered.get("OCR_PACK_LEDGER")!;
    const rows = zh("身份证识别", [[9000]], [[1, 1000, 84]], null) as (string | number)[][];
    expect(rows[0]).toEqual([
      "月份",
      "调用量",
      "免费额度",
      "资源包抵扣",
      "后付费调用量",
      "后付费费用",
      "资源包费用",
      "资源包核销",
      "资源包余量",
    ]);
    expect(rows[2][0]).toBe("合计");
    expect(rows[1]).toEqual([1, 9000, 1000, 1000, 7000, 1050, 84, 0, 0]);
  });
});
