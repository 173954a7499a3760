import { displayCell, formatNumber } from "../../compare/layout";

describe("display of cell values (what Excel, the .xlsx and the pane show)", () => {
  test("numbers under the builders' formats: ¥ with 2 to 4 decimals, counts grouped, percentages", () => {
    expect(displayCell(1349.85, "¥#,##0.00##")).toBe("¥1,349.85");
    expect(displayCell(900, "¥#,##0.00##")).toBe("¥900.00");
    expect(displayCell(-1200, "¥#,##0.00##")).toBe("-¥1,200.00");
    expect(displayCell(0.0004, "¥#,##0.00####")).toBe("¥0.0004");
    expect(displayCell(0.15, "¥#,##0.00####")).toBe("¥0.15");
    expect(displayCell(1000000, "#,##0")).toBe("1,000,000");
    expect(displayCell(-0.7142857142857143, "0.00%")).toBe("-71.43%");
    expect(displayCell(0.12345, "¥#,##0.00##")).toBe("¥0.1235"); // half away from zero, as Excel
  });

  test("without a format: the shortest exact text, grouped, never exponent notation", () => {
    expect(displayCell(0.1 + 0.2, null)).toBe("0.30000000000000004");
    expect(displayCell(1e-7, null)).toBe("0.0000001");
    expect(displayCell(1234567.5, null)).toBe("1,234,567.5");
    expect(formatNumber("1349.85", "¥#,##0.00##")).toBe("¥1,349.85");
  });

  test("text is shown as it is; blanks are empty; booleans and errors as Excel shows them", () => {
    expect(displayCell("=HYPERLINK(1)", null)).toBe("=HYPERLINK(1)");
    expect(displayCell(null, "¥#,##0.00##")).toBe("");
    expect(displayCell(true, null)).toBe("TRUE");
    expect(displayCell({ error: "#N/A" }, "¥#,##0.00##")).toBe("#N/A");
  });
});
