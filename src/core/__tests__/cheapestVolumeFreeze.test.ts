import { cheapestVolumeFrom } from "../cheapestVolume";
import { freezeSchedule } from "../freeze";
import { Money } from "../money";
import { resolveItem } from "../resolve";
import { literalFace, literalOcr } from "./fixtures";

const idCard = resolveItem(literalOcr, "身份证识别");

describe("cheapestVolumeFrom (阶梯到达 cliffs)", () => {
  test.each([
    [9999, 10000, "900"], // 9,999 calls cost 1,349.85; 10,000 cost 900
    [9000, 10000, "900"], // 9,000 cost 1,200
    [99999, 100000, "5940"],
  ])("from %i calls the cheapest is %i at %s", (volume, expectedVolume, cost) => {
    const r = cheapestVolumeFrom(literalOcr, idCard, volume);
    expect([r.volume, r.cost.toFixed()]).toEqual([expectedVolume, cost]);
  });
  test("a volume already at its cheapest stays", () => {
    expect(cheapestVolumeFrom(literalOcr, idCard, 500).volume).toBe(500);
    expect(cheapestVolumeFrom(literalOcr, idCard, 10000).volume).toBe(10000);
    expect(cheapestVolumeFrom(literalOcr, idCard, 5000).volume).toBe(5000); // 600 < 900
  });
  test("contact-sales tiers are skipped; nothing priced above is #N/A", () => {
    expect(cheapestVolumeFrom(literalOcr, idCard, 999999).volume).toBe(999999);
    expect(() => cheapestVolumeFrom(literalOcr, idCard, 1000000)).toThrow(
      expect.objectContaining({ failure: expect.objectContaining({ kind: "no-list-price-from" }) }),
    );
  });
  test("under the postpaid basis the tier edges shift by the free quota", () => {
    const search = resolveItem(literalFace, "人脸搜索");
    const r = cheapestVolumeFrom(literalFace, search, 3_010_000);
    // 3,010,000 leaves 3,000,000 postpaid at 0.0032 (9,600); one more call reaches (300万, 1500万] at 0.003.
    expect([r.volume, r.cost.toFixed()]).toEqual([3_010_001, "9000.003"]);
  });
});

describe("freezeSchedule", () => {
  test("release, charge, freeze, and the peak of cash needed", () => {
    const s = freezeSchedule(literalFace, [new Money(1000), new Money(3000), new Money(500)]);
    expect(s.months.map((m) => [m.bill, m.frozen, m.released, m.cashNeeded].map((x) => x.toFixed()))).toEqual([
      ["1000", "1200", "0", "2200"],
      ["3000", "3600", "1200", "6600"],
      ["500", "600", "3600", "1100"],
    ]);
    expect([s.peak.toFixed(), s.peakMonth]).toEqual(["6600", 2]);
  });
});
