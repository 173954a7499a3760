import type { CellInput } from "../src/cli/excelHost";
import { BLANK, call, forEachHost } from "./distFunctions";

/**
 * The formulas finance users write over usage tables with room to grow. Each test runs twice,
 * with blank cells as desktop Excel passes them (0) and as Excel on the web does (null): the
 * results must be the same, and trailing blank rows or months never change a result.
 */
const idCardPlan = [
  ["what", "pack size", "count", "cost (CNY)"],
  ["pack", 100000, 3, 10500],
  ["postpaid", "", "", 0],
  ["plan total", "", "", 10500],
  ["all postpaid", "", "", 28800],
  ["saving", "", "", 18300],
];

forEachHost(() => {
  describe("blank cells where a name or a catalog belongs", () => {
    test("a blank catalog cell is the default version", () => {
      expect(call("OCR_COST", "身份证识别", 10000, BLANK, BLANK)).toEqual({ value: 900 });
      expect(call("OCR_UNIT_PRICE", "身份证识别", 10000, BLANK)).toEqual({ value: 0.1 });
      expect(call("QPS_COST", "身份证识别", 80, 5, BLANK, BLANK)).toEqual({ value: 5200 });
      expect(call("PRICES", "身份证识别", BLANK).code).toBeUndefined();
    });

    test("a blank name cell is a missing name, on both hosts", () => {
      expect(call("OCR_COST", BLANK, 100, null, null)).toMatchObject({ code: "#VALUE!", message: /missing/ });
    });

    test("blank number cells are 0", () => {
      expect(call("OCR_COST", "身份证识别", BLANK, null, null)).toEqual({ value: 0 });
      expect(call("FACE_FREEZE", BLANK, null)).toEqual({ value: 0 });
      expect(call("QPS_COST", "身份证识别", 80, BLANK, null, null)).toEqual({ value: 0 });
    });
  });

  describe("usage tables with trailing blank rows", () => {
    const names = [["驾驶证识别"], ["行驶证识别"], ["IDCardOCR"]];
    const calls = [[6000], [5000], [1500]];
    const withRoom = (rows: CellInput[][], extra: number): CellInput[][] => [
      ...rows,
      ...Array.from({ length: extra }, () => [null]),
    ];

    test("OCR_BILL(A2:A20, B2:B20) over a table that fills 3 of 19 rows", () => {
      expect(call("OCR_BILL", withRoom(names, 16), withRoom(calls, 16), BLANK)).toEqual({ value: 1075 });
      expect(call("OCR_BILL", withRoom(names, 16), withRoom(calls, 16), BLANK, withRoom([[0], [0], [0]], 16))).toEqual({
        value: 1075,
      });
    });

    test("blank rows in the middle are skipped; a volume without a name is an error", () => {
      const gappy = [["驾驶证识别"], [null], ["行驶证识别"], [null], ["IDCardOCR"]];
      expect(call("OCR_BILL", gappy, [[6000], [null], [5000], [null], [1500]], null)).toEqual({ value: 1075 });
      expect(call("OCR_BILL", gappy, [[6000], [7], [5000], [null], [1500]], null)).toMatchObject({
        code: "#VALUE!",
        message: /Cell 2 .* no interface name/,
      });
    });

    test("FACE_BILL with prepaid images per row", () => {
      const faceNames = [["创建人员"], ["增加人脸"], [null], [null]];
      const images = [[3000000], [2000000], [null], [null]];
      expect(call("FACE_BILL", faceNames, images, "tencent-2020-face")).toEqual({ value: 14970 });
      // 1,000,000 pack images: (5,000,000 − 10,000 − 1,000,000) × 0.003 = 11,970.
      expect(call("FACE_BILL", faceNames, images, "tencent-2020-face", [[1000000], [null], [null], [null]])).toEqual({
        value: 11970,
      });
    });
  });

  describe("monthly ranges with room to grow", () => {
    const year = Array.from({ length: 12 }, () => [25000]);
    const blanks = (n: number) => Array.from({ length: n }, () => [null]);

    test("OCR_PLAN over 24 cells with 12 filled is the 12-month plan", () => {
      expect(call("OCR_PLAN", "身份证识别", [...year, ...blanks(12)], [[100000, 3500]], BLANK)).toEqual({
        value: idCardPlan,
      });
    });

    test("blank rows in pack_prices are skipped (desktop passes them as [0, 0])", () => {
      const prices = [
        [100000, 3500],
        [null, null],
        [null, null],
      ];
      expect(call("OCR_PLAN", "身份证识别", year, prices, null)).toEqual({ value: idCardPlan });
      expect(call("OCR_PLAN", "身份证识别", year, [[100000, null]], null)).toMatchObject({
        code: "#VALUE!",
        message: /row 1 has no price/,
      });
    });

    test("more than 12 filled months is an error that says so", () => {
      expect(call("OCR_PLAN", "身份证识别", [...year, [1]], null, null)).toMatchObject({
        code: "#VALUE!",
        message: /13 months.*at most 12/,
      });
    });

    test("FACE_FREEZE_SCHEDULE ignores trailing blank months", () => {
      const schedule = call("FACE_FREEZE_SCHEDULE", [[1000], [3000], [500], ...blanks(9)], BLANK).value as unknown[][];
      expect(schedule.length).toBe(5); // header, 3 months, peak
      expect(schedule[4]).toEqual(["peak (month 2)", "", "", "", 6600]);
    });
  });
});
