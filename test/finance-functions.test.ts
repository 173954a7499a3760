import { BLANK, call, forEachHost } from "./distFunctions";

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
