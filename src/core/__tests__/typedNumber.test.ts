import fc from "fast-check";
import { readTypedCount, readTypedNumber, splitTypedNumbers } from "../typedNumber";

describe("the one reader of typed numbers", () => {
  test.each([
    ["1,000,000", 1_000_000],
    ["１０００", 1000],
    ["１，０００", 1000],
    ["100万", 1_000_000],
    ["1.5亿", 150_000_000],
    ["1e6", 1_000_000],
    [" 9,999 ", 9999],
    ["12 345", 12345],
    ["0", 0],
  ])("%p is %p", (text, value) => {
    expect(readTypedCount(text)).toEqual({ ok: true, value });
  });

  test.each([
    ["9,99", "bad-grouping"],
    ["1,0000", "bad-grouping"],
    ["12.5", "not-whole"],
    ["-5", "not-a-number"],
    ["many", "not-a-number"],
    ["1e6万", "not-a-number"],
    ["9007199254740992", "too-large"],
  ])("%p is refused (%s), never a different number", (text, reason) => {
    expect(readTypedCount(text)).toEqual({ ok: false, reason });
  });

  test("decimals stay exact: 0.15, 3,500.50", () => {
    const read = readTypedNumber("3,500.50");
    expect(read.ok && read.value.toFixed()).toBe("3500.5");
    const small = readTypedNumber("0.0032");
    expect(small.ok && small.value.toFixed()).toBe("0.0032");
  });

  test("property: a count written with digit grouping, full width or in 万 reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 15 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        const fullWidth = String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        expect(readTypedCount(grouped)).toEqual({ ok: true, value: n });
        expect(readTypedCount(fullWidth)).toEqual({ ok: true, value: n });
        if (n % 10000 === 0) expect(readTypedCount(`${n / 10000}万`)).toEqual({ ok: true, value: n });
      }),
    );
  });

  test("lists: separators are clear, thousands groups stay one number", () => {
    expect(splitTypedNumbers("1000, 10000, 100000")).toEqual(["1000", "10000", "100000"]);
    expect(splitTypedNumbers("1,000,000; 2,000,000")).toEqual(["1,000,000", "2,000,000"]);
    expect(splitTypedNumbers("1000,10000")).toEqual(["1000", "10000"]);
    expect(splitTypedNumbers("100万 200万，3亿")).toEqual(["100万", "200万", "3亿"]);
  });
});
