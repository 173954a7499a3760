import { displayValue } from "../render";

describe("display of cell values", () => {
  test("numbers keep their exact shortest text, grouped; currency and percent per format", () => {
    expect(displayValue(1349.85, "¥#,##0.00##")).toBe("¥1,349.85");
    expect(displayValue(-1200, "¥#,##0.00##")).toBe("-¥1,200");
    expect(displayValue(0.0004, "¥#,##0.00####")).toBe("¥0.0004");
    expect(displayValue(1000000, "#,##0")).toBe("1,000,000");
    expect(displayValue(-0.7142857142857143, "0.00%")).toBe("-71.43%");
    expect(displayValue(0.1 + 0.2, null)).toBe("0.30000000000000004");
    expect(displayValue(1e-7, null)).toBe("1e-7");
  });

  test("text is shown as it is; blanks are empty; booleans as Excel shows them", () => {
    expect(displayValue("=HYPERLINK(1)", null)).toBe("=HYPERLINK(1)");
    expect(displayValue(null, "¥#,##0.00##")).toBe("");
    expect(displayValue(true, null)).toBe("TRUE");
  });
});
