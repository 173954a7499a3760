import { failureMessage } from "../../core/messages";
import type { PricingFailure } from "../../core/failure";
import { EXCEL_ERROR } from "../excelErrors";

describe("one map from failure to Excel error", () => {
  test("every failure that carries advice is #VALUE! or #N/A, the only codes whose message Excel shows", () => {
    const numKinds = Object.entries(EXCEL_ERROR)
      .filter(([, code]) => code === "#NUM!")
      .map(([kind]) => kind);
    expect(numKinds).toEqual(["result-too-large"]);
  });

  test("a price that does not exist is #N/A; an argument to change is #VALUE!", () => {
    expect(EXCEL_ERROR["no-list-price"]).toBe("#N/A");
    expect(EXCEL_ERROR["free-beta"]).toBe("#N/A");
    expect(EXCEL_ERROR["bad-count"]).toBe("#VALUE!");
    expect(EXCEL_ERROR["no-such-pack"]).toBe("#VALUE!");
    expect(EXCEL_ERROR["qps-over-cap"]).toBe("#VALUE!");
  });

  test("messages come from the failure's fields, quoting what the user typed", () => {
    const failure: PricingFailure = {
      kind: "unknown-name",
      product: "ocr",
      catalogId: "tencent-current",
      name: "身分证识别",
      suggestions: ["身份证识别"],
    };
    expect(failureMessage(failure)).toMatch(/^"身分证识别" is not an OCR interface.*Did you mean "身份证识别"\?/);
    expect(
      failureMessage({ kind: "free-beta", catalogId: "tencent-2020-face", item: "人员查重", until: "2021-02-01" }),
    ).toMatch(/free public beta \(免费公测\) until 2021-02-01.*no price was published/);
  });
});
