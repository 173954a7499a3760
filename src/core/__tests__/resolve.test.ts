import { excelCode } from "./fixtures";
import { PricingError } from "../errors";
import { resolveItem } from "../resolve";
import { literalFace, literalOcr } from "./fixtures";

const fail = (fn: () => unknown): PricingError => {
  try {
    fn();
  } catch (error) {
    return error as PricingError;
  }
  throw new Error("expected a PricingError");
};

describe("name matching", () => {
  test.each(["身份证识别", " 身份证 识别 ", "IDCardOCR", "idcardocr"])("%p finds 身份证识别", (name) => {
    expect(resolveItem(literalOcr, name).id).toBe("ocr.id-card");
  });

  test("full-width and ASCII parentheses are alike, white space is ignored", () => {
    expect(resolveItem(literalOcr, "增值税发票核验(新版)").id).toBe("ocr.verify");
    expect(resolveItem(literalOcr, "通用票据识别(大票)").id).toBe("ocr.large");
    expect(resolveItem(literalOcr, "ofd发票识别").id).toBe("ocr.large");
  });

  test("a billing item's alias is a valid name", () => {
    expect(resolveItem(literalFace, "人脸检索").id).toBe("face.search");
  });

  test("an interface listed under two billing items is ambiguous and names both", () => {
    const error = fail(() => resolveItem(literalOcr, "混贴票据识别"));
    expect(excelCode(error)).toBe("VALUE");
    expect(error.message).toContain("通用票据识别（大票）");
    expect(error.message).toContain("通用票据识别（小票）");
  });

  test("an unknown name is #VALUE! with suggestions and an example", () => {
    const error = fail(() => resolveItem(literalOcr, "身份证"));
    expect(excelCode(error)).toBe("VALUE");
    expect(error.message).toContain('"身份证识别"');
    expect(error.message).toMatch(/e\.g\./);
  });
});
