import type { ArgLabel } from "../failure";
import { failureMessage } from "../messages";

/**
 * The English slips issue 11 found in failure messages: "The monthly calls is too large" (a
 * plural subject), "a OCR interface", counts of 16 digits without grouping.
 */
const LABELS: readonly ArgLabel[] = [
  { key: "monthly-volume", unit: "call" },
  { key: "monthly-volume", unit: "image" },
  { key: "prepaid", unit: "call" },
  { key: "pack-size" },
  { key: "qps" },
  { key: "periods", period: "day" },
  { key: "volume-cell", cell: 3 },
  { key: "prepaid-cell", cell: 3 },
  { key: "line-volume", line: 2 },
  { key: "month-volume", month: 4 },
  { key: "pack-size-row", row: 1 },
];

describe("failure messages read as English", () => {
  test.each(LABELS.map((label) => [JSON.stringify(label), label] as const))(
    "%s: its subject agrees with 'is', the limit is grouped",
    (_, label) => {
      for (const problem of ["not-finite", "negative", "not-whole", "too-large"] as const) {
        const text = failureMessage({ kind: "bad-count", label, value: 1.5, problem });
        // A plural subject never takes "is" ("The monthly calls is too large").
        expect(text).not.toMatch(/^The (?:\w+ )?(?:calls|images)(?: of month \d+| in cell \d+)? is\b/);
        expect(text).not.toMatch(/\d{5,}/);
      }
      expect(failureMessage({ kind: "bad-count", label, value: 1e16, problem: "too-large" })).toContain(
        "9,007,199,254,740,991",
      );
    },
  );

  test("an OCR interface, a Face Recognition interface", () => {
    const unknown = (product: "ocr" | "face") =>
      failureMessage({ kind: "unknown-name", name: "x", product, catalogId: "c", suggestions: [] });
    expect(unknown("ocr")).toContain("is not an OCR interface");
    expect(unknown("face")).toContain("is not a Face Recognition interface");
  });
});
