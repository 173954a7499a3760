import { BLANK, call, forEachHost } from "./distFunctions";

forEachHost(() => {
  /** Bad input never crashes and never returns a silent number: the right Excel error, with advice. */
  describe("errors as Excel shows them", () => {
    test.each([
      ["unknown name", ["不存在的接口", 100, null, null], "#VALUE!", /not an OCR interface.*e\.g\./],
      ["ambiguous name", ["混贴票据识别", 100, null, null], "#VALUE!", /通用票据识别（大票）.*通用票据识别（小票）/],
      ["face name in an OCR function", ["人脸比对", 100, null, null], "#VALUE!", /not an OCR interface/],
      // Excel converts a number given to the text parameter `api` into its text.
      ["a number for the name", [42, 100, null, null], "#VALUE!", /"42" is not an OCR interface/],
      ["missing name", [null, 100, null, null], "#VALUE!", /missing/],
      ["negative volume", ["身份证识别", -1, null, null], "#VALUE!", /negative/],
      ["fractional volume", ["身份证识别", 10.5, null, null], "#VALUE!", /whole number/],
      ["infinite volume", ["身份证识别", Infinity, null, null], "#VALUE!", /finite/],
      ["negative prepaid", ["身份证识别", 10, -5, null], "#VALUE!", /negative/],
      ["contact-sales tier", ["通用印刷体识别", 2000000, null, null], "#N/A", /联系商务/],
      ["unknown catalog", ["身份证识别", 100, null, "tencent-1999"], "#N/A", /no catalog version "tencent-1999"/i],
      ["international prices", ["身份证识别", 100, null, "international"], "#N/A", /international/],
      [
        "a date before any version",
        ["身份证识别", 100, null, 36526],
        "#N/A",
        /No catalog version prices OCR on 2000-01-01/,
      ],
      ["a catalog without OCR", ["身份证识别", 100, null, "tencent-2020-face"], "#N/A", /no OCR prices/],
    ])("OCR_COST with %s", (_label, args, code, message) => {
      const result = call("OCR_COST", ...args);
      expect(result.code).toBe(code);
      expect(result.message).toMatch(message);
    });

    test("omitted optional arguments arrive as null and count as blank", () => {
      expect(call("OCR_COST", "身份证识别", 2000, null, null)).toEqual({ value: 150 });
      expect(call("OCR_COST", "身份证识别", null, null, null)).toEqual({ value: 0 });
      expect(call("OCR_COST", "身份证识别", BLANK, BLANK, BLANK)).toEqual({ value: 0 });
    });

    test("text in a number argument is Excel's own #VALUE!, with no message (the function is not called)", () => {
      expect(call("OCR_COST", "身份证识别", "many", null, null)).toEqual({ code: "#VALUE!" });
      // Numeric text and TRUE/FALSE are converted by Excel: TRUE is 1 call.
      expect(call("OCR_COST", "身份证识别", "2000", null, null)).toEqual({ value: 150 });
      expect(call("OCR_COST", "身份证识别", true, null, null)).toEqual({ value: 0 });
    });

    test("a catalog argument may be an Excel date: the version in force that day", () => {
      // 2020-06-01 (serial 43983): the late-2019 list, whose first tier is (0, 1万], so 10,000 calls stay at 0.15.
      expect(call("OCR_COST", "身份证识别", 10000, null, 43983)).toEqual({ value: 1350 });
      expect(call("OCR_COST", "身份证识别", 10000, null, 46000)).toEqual({ value: 900 });
      expect(call("OCR_COST", "身份证识别", 10000, null, -5).code).toBe("#VALUE!");
    });

    test.each([
      ["OCR_PACK_PRICE", ["身份证识别", 5000, null], "#VALUE!", /pack sizes: 1,000/],
      ["OCR_PACK_PRICE", ["增值税发票核验", 10000000, null], "#N/A", /联系商务/],
      ["OCR_PACK_PRICE", ["身份证识别", null, null], "#VALUE!", /missing/],
      ["FACE_PACK_PRICE", ["人脸比对", 100000, null], "#N/A", /no prepaid packs/],
      ["QPS_COST", ["身份证识别", 101, 1, null, null], "#VALUE!", /cap of 100/],
      ["QPS_COST", ["营业执照识别", 51, 1, null, null], "#VALUE!", /cap of 50/],
      ["QPS_COST", ["增值税发票识别", 26, 1, null, null], "#VALUE!", /cap of 25/],
      ["QPS_COST", ["名片识别", 5, 1, null, null], "#N/A", /no QPS add-on/],
      ["QPS_COST", ["身份证识别", 5, 1, "week", null], "#VALUE!", /"day" or "month"/],
      ["FACE_FREEZE", [-1, null], "#VALUE!", /negative/],
      ["FACE_FREEZE", [100, "tencent-2020-face"], "#N/A", /no bill freeze/],
      ["FACE_COST", ["个体创建", 100, null, null], "#VALUE!", /人脸验证.*人脸检索/],
      ["FACE_UNIT_PRICE", ["身份证识别", 100, null], "#VALUE!", /not a Face Recognition interface/],
      ["OCR_BILL", [[["身份证识别"], ["银行卡识别"]], [[100]], null], "#VALUE!", /same shape/],
      ["OCR_BILL", [[[""], ["银行卡识别"]], [[100], [5]], null], "#VALUE!", /no interface name/],
      ["PRICES", ["nothing like it", null], "#VALUE!", /not an OCR interface/],
    ])("%s(%j) is %s", (name, args, code, message) => {
      const result = call(name, ...args);
      expect(result.code).toBe(code);
      expect(result.message).toMatch(message);
    });
  });

  describe("the other functions on good input", () => {
    test("OCR_BILL sums per billing item: shared free quota and tier, blank rows ignored", () => {
      const names = [["驾驶证识别"], ["行驶证识别"], [""], ["IDCardOCR"], [null]];
      const calls = [[6000], [5000], [null], [1500], [null]];
      // 行驶证/驾驶证识别: 11,000 calls → (11000 − 1000) × 0.10 = 1,000; 身份证识别: 500 × 0.15 = 75
      expect(call("OCR_BILL", names, calls, null)).toEqual({ value: 1075 });
    });

    test("unit and pack prices", () => {
      expect(call("OCR_UNIT_PRICE", "身份证识别", 9999, null)).toEqual({ value: 0.15 });
      expect(call("OCR_UNIT_PRICE", "身份证识别", 10000, null)).toEqual({ value: 0.1 });
      expect(call("FACE_UNIT_PRICE", "人脸检测与分析", 3000000, null)).toEqual({ value: 0.0004 });
      expect(call("FACE_UNIT_PRICE", "DetectFace", 2999999, null)).toEqual({ value: 0.0005 });
      expect(call("OCR_PACK_PRICE", "GeneralAccurateOCR", 1000, null)).toEqual({ value: 400 });
    });

    test("FACE_COST and FACE_FREEZE", () => {
      expect(call("FACE_COST", "人脸比对", 3000000, null, null)).toEqual({ value: 9000 });
      expect(call("FACE_FREEZE", 9000, null)).toEqual({ value: 10800 });
      expect(call("FACE_FREEZE", 0.1, null)).toEqual({ value: 0.12 });
    });

    test("CATALOGS spills a header and one row per version, the default marked", () => {
      const table = call("CATALOGS").value as string[][];
      expect(table[0]).toEqual(["id", "title", "OCR effective", "Face effective", "source", "default"]);
      expect(table.map((r) => r[0])).toEqual(
        expect.arrayContaining(["tencent-current", "tencent-2019-ocr", "tencent-2021-ocr", "tencent-2020-face"]),
      );
      expect(table.find((r) => r[0] === "tencent-current")![5]).toBe("default");
      expect(new Set(table.map((r) => r.length))).toEqual(new Set([6]));
    });

    test("PRICES spills an item's tiers and packs as a rectangle", () => {
      const table = call("PRICES", "行驶证识别", null).value as (string | number)[][];
      expect(table[0]).toEqual(["what", "from / size", "to", "price (CNY)", "note"]);
      expect(table.filter((r) => r[0] === "postpaid tier").map((r) => [r[1], r[2], r[3]])).toEqual([
        [0, 10000, 0.15],
        [10000, 100000, 0.1],
        [100000, 1000000, 0.06],
        [1000000, "", ""],
      ]);
      expect(table.filter((r) => r[0] === "prepaid pack").map((r) => [r[1], r[3]])).toEqual([
        [1000, 120],
        [10000, 800],
        [100000, 5000],
        [1000000, 30000],
        [10000000, 200000],
      ]);
      expect(new Set(table.map((r) => r.length))).toEqual(new Set([5]));
      expect((call("PRICES", "人脸比对", null).value as unknown[][]).length).toBeGreaterThan(3);
    });
  });
});
