import { call, forEachHost } from "./distFunctions";

forEachHost(() => {
  /** PRICING-RULES.md "Worked examples", computed by the registered functions as Excel calls them. */
  describe("worked examples of the current documents (default catalog)", () => {
    test.each([
      ["身份证识别", 900, null, 0],
      ["驾驶证识别", 9000, null, 1200],
      ["通用印刷体识别", 90000, null, 8900],
      ["银行卡识别", 900000, null, 53940],
      ["银行卡识别", 2500, 1000, 75], // + 84 paid for the 1,000-call pack = 159
    ])("OCR_COST(%p, %p, %p) = %p", (api, calls, prepaid, expected) => {
      expect(call("OCR_COST", api, calls, prepaid, null)).toEqual({ value: expected });
    });

    test("银行卡识别, 2,500 calls, one 1,000-call pack bought for 84: 159", () => {
      expect((call("OCR_COST", "银行卡识别", 2500, 1000, null).value as number) + 84).toBe(159);
    });

    test("身份证识别, 300,000 calls in a year, three 10万 packs at 3,500: 10,500 with nothing postpaid", () => {
      let packCalls = 3 * 100000;
      let postpaid = 0;
      for (let month = 0; month < 12; month++) {
        const calls = 25000;
        postpaid += call("OCR_COST", "身份证识别", calls, packCalls, null).value as number;
        packCalls -= Math.min(packCalls, calls - 1000);
      }
      expect(3 * 3500 + postpaid).toBe(10500);
    });

    test("身份证识别 QPS raised from 20 to 100 for 5 days: 13 × 80 × 5 = 5,200", () => {
      expect(call("QPS_COST", "身份证识别", 80, 5, null, null)).toEqual({ value: 5200 });
    });
  });

  describe("worked examples of the older and later documents (their catalog versions)", () => {
    test("2019: three 10万 packs of 身份证识别 at list price = 15,000", () => {
      expect(3 * (call("OCR_PACK_PRICE", "身份证识别", 100000, "tencent-2019-ocr").value as number)).toBe(15000);
    });
    test("2019: 银行卡识别, 2,500 calls, one 1,000-call pack at 120 = 195", () => {
      expect((call("OCR_COST", "银行卡识别", 2500, 1000, "tencent-2019-ocr").value as number) + 120).toBe(195);
    });
    test.each([
      ["五官定位", 1000000, null, 1980],
      ["人脸比对", 3500000, null, 10470],
      ["人员库管理", 3000000 + 2000000, null, 14970],
    ])("2020 face: FACE_COST(%p, %p) = %p", (api, images, prepaid, expected) => {
      expect(call("FACE_COST", api, images, prepaid, "tencent-2020-face")).toEqual({ value: expected });
    });
    test("2020 face: 人脸搜索 3,200万 + 人员搜索 2,000万 with one 5000万 pack at 142,500 = 148,868 (tier of the postpaid remainder)", () => {
      const postpaid = call("FACE_COST", "人员搜索", 32000000 + 20000000, 50000000, "tencent-2020-face")
        .value as number;
      expect(postpaid + 142500).toBe(148868);
      expect(call("FACE_UNIT_PRICE", "人脸搜索", 1990000, "tencent-2020-face")).toEqual({ value: 0.0032 });
    });
    test("2020 face: 人脸比对 three 1000万 packs = 91,200", () => {
      expect(3 * (call("FACE_PACK_PRICE", "人脸比对", 10000000, "tencent-2020-face").value as number)).toBe(91200);
    });
    test("2020 face QPS: 10 QPS for 1 month + 5 days is 10 × 370 = 3,700 (the page's 370 is the price of one QPS)", () => {
      const month = call("QPS_COST", "人脸比对", 10, 1, "month", "tencent-2020-face").value as number;
      const days = call("QPS_COST", "人脸比对", 10, 5, "day", "tencent-2020-face").value as number;
      expect(month + days).toBe(3700);
      expect(
        (call("QPS_COST", "人脸比对", 1, 1, "month", "tencent-2020-face").value as number) +
          (call("QPS_COST", "人脸比对", 1, 5, "day", "tencent-2020-face").value as number),
      ).toBe(370);
    });
  });

  describe("worked examples of the late-2020 page, the 2020-10-07 notice and the legacy pages", () => {
    test("late 2020: three 10万 packs of 身份证识别 at the page's promotional 3,500 = 10,500", () => {
      expect(3 * (call("OCR_PACK_PRICE", "身份证识别", 100000, "tencent-2020-ocr").value as number)).toBe(10500);
    });
    test("late 2020: PRICES says the pack prices are promotional (活动折扣价格), other versions say list price", () => {
      const packNotes = (version: string) =>
        (call("PRICES", "身份证识别", version).value as string[][])
          .filter((r) => r[0] === "prepaid pack")
          .map((r) => r[4]);
      expect(packNotes("tencent-2020-ocr").every((n) => n.startsWith("promotional price (活动折扣价格)"))).toBe(true);
      expect(packNotes("tencent-2021-ocr").every((n) => n.startsWith("list price (刊例价)"))).toBe(true);
    });
    test("late 2020: 银行卡识别, 2,500 calls, one 1,000-call pack at the printed 84 = 159", () => {
      const pack = call("OCR_PACK_PRICE", "银行卡识别", 1000, "tencent-2020-ocr").value as number;
      expect(pack).toBe(84);
      expect((call("OCR_COST", "银行卡识别", 2500, 1000, "tencent-2020-ocr").value as number) + pack).toBe(159);
    });
    test.each([
      ["身份证识别", 900, 0],
      ["驾驶证识别", 9000, 1200],
      ["通用印刷体识别", 90000, 8900],
      ["银行卡识别", 900000, 53940],
    ])("late 2020: OCR_COST(%p, %p) = %p", (api, calls, expected) => {
      expect(call("OCR_COST", api, calls, null, "tencent-2020-ocr")).toEqual({ value: expected });
    });
    test("2020-10-07 notice: a date from that day prices 二维码和条形码识别 at 0.12 (the day before: no version prices it)", () => {
      expect(call("OCR_UNIT_PRICE", "二维码和条形码识别", 5000, "2020-10-07")).toEqual({ value: 0.12 });
      expect(call("OCR_COST", "快速文本检测", 200000, null, "2020-10-07")).toEqual({ value: 11940 }); // 199,000 × 0.06;
      expect(call("OCR_COST", "二维码和条形码识别", 5000, null, "2020-10-06")).toMatchObject({ code: "#VALUE!" });
    });
    test("legacy OCR: 1,001 身份证识别 calls cost 0.2 (free 1,000 deducted first), 20,000 calls cost 19,000 × 0.12", () => {
      expect(call("OCR_COST", "身份证识别", 1001, null, "tencent-legacy-ocr")).toEqual({ value: 0.2 });
      expect(call("OCR_COST", "身份证识别", 20000, null, "tencent-legacy-ocr")).toEqual({ value: 2280 });
    });
    test("legacy face: 1万 free, 人脸静态活体检测 0.0019 above it; the freeze is 120%", () => {
      expect(call("FACE_COST", "人脸静态活体检测", 10000, null, "tencent-legacy-face")).toEqual({ value: 0 });
      expect(call("FACE_COST", "人脸静态活体检测", 110000, null, "tencent-legacy-face")).toEqual({ value: 190 });
      expect(call("FACE_FREEZE", 1000, "tencent-legacy-face")).toEqual({ value: 1200 });
    });
  });
});
