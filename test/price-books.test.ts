import { BLANK, call, forEachHost, loadExampleBook } from "./distFunctions";

beforeAll(loadExampleBook);

forEachHost(() => {
  describe("a price book is used by id like a catalog, by every function", () => {
    test('=TCLOUD.OCR_COST("驾驶证识别", 9000, , "acme-2026") is 1,200 × 0.8 = 960', () => {
      expect(call("OCR_COST", "驾驶证识别", 9000, BLANK, BLANK)).toEqual({ value: 1200 });
      expect(call("OCR_COST", "驾驶证识别", 9000, BLANK, "acme-2026")).toEqual({ value: 960 });
      expect(call("OCR_COST", "驾驶证识别", 9000, null, "acme-2026")).toEqual({ value: 960 });
    });

    test("unit price, bill, pack price and budget price through the book", () => {
      expect(call("OCR_UNIT_PRICE", "驾驶证识别", 9000, "acme-2026")).toEqual({ value: 0.12 });
      expect(
        call("OCR_BILL", [["驾驶证识别"], ["行驶证识别"], [BLANK]], [[6000], [3000], [BLANK]], "acme-2026"),
      ).toEqual({ value: 960 });
      expect(call("OCR_PACK_PRICE", "身份证识别", 100000, "acme-2026")).toEqual({ value: 3500 }); // paid
      expect(call("OCR_PACK_PRICE", "身份证识别", 1000, "acme-2026")).toEqual({ value: 96 }); // 120 × 0.8
      // 960 buys past the 1万 cliff: (13,000 − 1,000) × 0.10 × 0.8 = 960
      expect(call("OCR_MAX_CALLS", "驾驶证识别", 960, BLANK, "acme-2026")).toEqual({ value: 13000 });
      expect(call("OCR_COST", "通用印刷体识别", 2000000, BLANK, "acme-2026")).toEqual({ value: 79960 }); // negotiated 0.04
      const face = call("FACE_COST", "人脸比对", 3500000, BLANK, BLANK).value as number;
      expect(call("FACE_COST", "人脸比对", 3500000, BLANK, "acme-2026")).toEqual({ value: (face * 9) / 10 });
    });

    test("the pack ledger and plan use the book's free quota and pack prices", () => {
      const twelve = Array.from({ length: 12 }, () => [25000]);
      const { value } = call("OCR_PACK_LEDGER", "身份证识别", twelve, [[1, 100000, 3500]], "acme-2026");
      const rows = value as (string | number)[][];
      expect(rows[1].slice(0, 4)).toEqual([1, 25000, 2000, 23000]); // free quota 2,000 under the book
      const plan = call("OCR_PLAN", "身份证识别", twelve, BLANK, "acme-2026");
      expect(plan.value).toContainEqual(["pack", 100000, 3, 10500]); // 3 × the 3,500 paid, not 5,000 × 0.8
      expect(plan.value).toContainEqual(["all postpaid", "", "", 22080]); // 12 × 23,000 × 0.10 × 0.8
    });

    test("PRICES shows the base and the terms; CATALOGS lists the book and its base", () => {
      const rows = call("PRICES", "驾驶证识别", "acme-2026").value as (string | number)[][];
      expect(rows).toContainEqual(["price book", "", "", "", "on tencent-current: ocr all items: ×0.8"]);
      const first = rows.find((r) => r[0] === "postpaid tier")!;
      expect(first[3]).toBe(0.12);
      expect(first[4]).toMatch(/; in tencent-current: 0\.15$/);
      const catalogs = call("CATALOGS").value as string[][];
      expect(catalogs.find((r) => r[0] === "acme-2026")).toEqual([
        "acme-2026",
        "ACME contract 2026: 八折 on OCR, negotiated prices, 10万 packs at 3,500",
        "2022-01-01 (approx.)",
        expect.any(String),
        expect.stringMatching(/^price book on tencent-current: ocr all items: ×0\.8; /),
        "loaded",
      ]);
    });

    test("a date still picks the list version, never a book", () => {
      expect(call("OCR_COST", "驾驶证识别", 9000, BLANK, "2026-06-01")).toEqual({ value: 1200 });
    });
  });
});
