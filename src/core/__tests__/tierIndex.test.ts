import fc from "fast-check";
import { tierIndex } from "../tiers";
import type { TierTable } from "../model";

/** The tier a quantity falls in, by reading the tiers in order (the definition the search must match). */
function byScan(table: TierTable, quantity: number): number {
  const last = table.tiers.length - 1;
  for (let i = 0; i < last; i++) {
    const to = table.tiers[i].to as number;
    if (table.inclusive === "lower" ? quantity < to : quantity <= to) return i;
  }
  return last;
}

describe("tierIndex (binary search)", () => {
  test("finds the tier a scan in order finds, for any tiers and quantity, bounds included", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 25 }),
        fc.constantFrom<"lower" | "upper">("lower", "upper"),
        fc.integer({ min: 0, max: 1_100_000 }),
        (bounds, inclusive, quantity) => {
          const ends = [...bounds].sort((a, b) => a - b);
          const tiers = [...ends, null].map((to, i) => ({ from: i === 0 ? 0 : ends[i - 1], to }));
          const table = { inclusive, tiers } as unknown as TierTable;
          for (const q of [quantity, ...ends, ...ends.map((e) => e - 1), ...ends.map((e) => e + 1)])
            expect(tierIndex(table, q)).toBe(byScan(table, q));
        },
      ),
      { numRuns: 500 },
    );
  });
});
