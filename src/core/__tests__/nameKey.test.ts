import fc from "fast-check";
import { nameKey } from "../names";

/** The rule as the names module states it, with no shortcut. */
const fullKey = (name: string): string =>
  name
    .normalize("NFKC")
    .replace(/[\s\p{Cf}]+/gu, "")
    .toLowerCase();

describe("nameKey", () => {
  it("equals the full NFKC rule for names from every character class the shortcut borders", () => {
    // Characters on both sides of the shortcut's ranges: the space and controls, ASCII, the
    // ideograph block's edges, full-width forms, compatibility ideographs, format characters.
    const borders = [
      ..." !~\u007f\u00a0\u2000\u3000\u3001\u4dff\u4e00\u9fa5\u9fff\ua000\uf900\ufa0a\uff00\uff01\uff08\uff09\uff21\uff41\uff5e\uff5f\uffe0\u200b\ufeff\u2460\u00bd",
    ];
    const char = fc.oneof(
      fc.constantFrom(...borders),
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0xfee0, max: 0xff70 }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const name = chars.join("");
        expect(nameKey(name)).toBe(fullKey(name));
      }),
      { numRuns: 20000 },
    );
  });

  it("folds what users type alike", () => {
    expect(nameKey("车辆VIN码识别")).toBe(nameKey("车辆 vin 码识别"));
    expect(nameKey("身份证识别（国际版）")).toBe("身份证识别(国际版)");
    expect(nameKey("银行卡\u200b识别")).toBe("银行卡识别");
    expect(nameKey("ＩＤＣａｒｄＯＣＲ")).toBe("idcardocr");
  });
});
