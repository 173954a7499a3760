import { CatalogRegistry } from "../../catalog/registry";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { calculate, groupDigits, itemNames, parseCount, productsOf } from "../calculator";
import { translator } from "../i18n";
import { parseForecastRows, parsePackPrices, parseTsv, parseVolumes } from "../inputs";

const registry = new CatalogRegistry([literalCatalog], literalCatalog.id);
const t = translator("en");

describe("calculator", () => {
  test("counts and grouping", () => {
    expect(["", "0", "1,000", "10 000", "1_000", "12.5", "-1", "abc", "99999999999999999"].map(parseCount)).toEqual([
      0,
      0,
      1000,
      10000,
      1000,
      null,
      null,
      null,
      null,
    ]);
    expect(groupDigits("1234567.891")).toBe("1,234,567.891");
    expect(groupDigits("-1000")).toBe("-1,000");
    expect(groupDigits("0.45")).toBe("0.45");
  });

  test("prices through the core, exact decimal text", () => {
    const r = calculate(registry, { kind: "ocr", item: "IDCardOCR", volume: "9999", prepaid: "", version: "" });
    expect(r).toMatchObject({
      ok: true,
      catalogId: "literal-test",
      itemName: "身份证识别",
      amount: "1349.85",
      unitPrice: "0.15",
      tier: 1,
      freeCalls: 1000,
      postpaidCalls: 8999,
    });
  });

  test("errors carry the Excel code and the core's message", () => {
    expect(calculate(registry, { kind: "ocr", item: "nope", volume: "1", prepaid: "", version: "" })).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
    expect(
      calculate(registry, { kind: "ocr", item: "身份证识别", volume: "x", prepaid: "", version: "" }),
    ).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(
      calculate(registry, { kind: "ocr", item: "身份证识别", volume: "1", prepaid: "", version: "missing" }),
    ).toMatchObject({ ok: false, code: "#N/A" });
    expect(calculate(registry, { kind: "ocr", item: " ", volume: "1", prepaid: "", version: "" })).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
  });

  test("names and products of a version", () => {
    expect(itemNames(registry, "ocr", "")).toContain("身份证识别");
    expect(itemNames(registry, "ocr", "missing")).toEqual([]);
    expect(productsOf(registry, "literal-test")).toEqual(["ocr", "face"]);
  });
});

describe("form inputs", () => {
  test("forecast rows: name, volume[, prepaid]; every bad line reported", () => {
    expect(parseForecastRows("身份证识别, 10000\n\nIDCardOCR\t5000\t1000\n银行卡识别，1,000", t)).toEqual({
      ok: true,
      value: [
        { api: "身份证识别", volume: 10000 },
        { api: "IDCardOCR", volume: 5000, prepaid: 1000 },
        { api: "银行卡识别", volume: 1000 },
      ],
    });
    // A comma between digits belongs to the number: 9,999 calls, never 9 calls and 999 prepaid.
    expect(parseForecastRows("身份证识别, 9,999\n行驶证识别,1,000,000, 5,000\n驾驶证识别, 100万", t)).toEqual({
      ok: true,
      value: [
        { api: "身份证识别", volume: 9999 },
        { api: "行驶证识别", volume: 1_000_000, prepaid: 5000 },
        { api: "驾驶证识别", volume: 1_000_000 },
      ],
    });
    expect(parseForecastRows("身份证识别, 9,99", t)).toMatchObject({ ok: false });
    const bad = parseForecastRows("a, x\nb\n, 5", t);
    expect(bad).toEqual({
      ok: false,
      errors: [
        'Line 1: "a, x" is not "name, volume".',
        'Line 2: "b" is not "name, volume".',
        'Line 3: ", 5" is not "name, volume".',
      ],
    });
  });

  test("volumes and pack prices", () => {
    expect(parseVolumes("1000, 10000 100000;1000000", t)).toEqual({ ok: true, value: [1000, 10000, 100000, 1000000] });
    expect(parseVolumes("1000, -5, 1.5", t)).toEqual({
      ok: false,
      errors: ['"-5" is not a whole number of calls.', '"1.5" is not a whole number of calls.'],
    });
    expect(parsePackPrices("100000=3500, 1000=84.5", t)).toEqual({
      ok: true,
      value: [
        { size: 100000, price: "3500" },
        { size: 1000, price: "84.5" },
      ],
    });
    expect(parsePackPrices("100000=abc", t)).toMatchObject({ ok: false });
    expect(parsePackPrices("10万=3,500,1,000=84", t)).toEqual({
      ok: true,
      value: [
        { size: 100000, price: "3500" },
        { size: 1000, price: "84" },
      ],
    });
    expect(parseVolumes("1,000,000; 100万, １０００", t)).toEqual({ ok: true, value: [1000000, 1000000, 1000] });
  });

  test("TSV as copied from a sheet: quotes, numbers, formulas stay text", () => {
    expect(parseTsv('a\t1\t0.15\n"x\ty"\t"say ""hi"""\t=SUM(A1)\n\t\t@x\r\n')).toEqual([
      ["a", 1, 0.15],
      ["x\ty", 'say "hi"', "=SUM(A1)"],
      [null, null, "@x"],
    ]);
  });
});

describe("calculator product switch", () => {
  test("a face name typed under OCR is priced as Face Recognition, and says so", () => {
    const r = calculate(registry, { kind: "ocr", item: "人员搜索", volume: "3010000", prepaid: "", version: "" });
    // The literal face product: (3,010,000 − 10,000) = 3,000,000 in (0, 300万] at 0.0032.
    expect(r).toMatchObject({ ok: true, switchedTo: "face", amount: "9600" });
    const same = calculate(registry, { kind: "face", item: "人员搜索", volume: "3010000", prepaid: "", version: "" });
    expect(same.ok && same.switchedTo).toBeUndefined();
    expect(calculate(registry, { kind: "ocr", item: "nothing", volume: "1", prepaid: "", version: "" })).toMatchObject({
      ok: false,
      code: "#VALUE!",
    });
  });
});
