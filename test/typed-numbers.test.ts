/**
 * Every place a person types a number reads it through the one reader (src/core/typedNumber.ts):
 * "1,000,000", "１０００", "100万", "1.5亿" and "1e6" mean what they say in the pane's calculator
 * and forms, the command line's function arguments and comparison options; what the reader
 * cannot read exactly is an error that quotes it (or, on the command line, stays text, which
 * Excel's conversion then refuses), never a different number.
 */
import * as path from "path";
import { spawnSync } from "child_process";
import { parseCellArg } from "../src/cli/cellArgs";
import { parseCount } from "../src/taskpane/calculator";
import { parseForecastRows, parsePackPrices, parseVolumes } from "../src/taskpane/inputs";
import { translator } from "../src/taskpane/i18n";
import { parsePurchases } from "../src/taskpane/ledgerInputs";

const SPELLINGS: ReadonlyArray<readonly [string, number]> = [
  ["1,000,000", 1000000],
  ["１０００", 1000],
  ["１，０００", 1000],
  ["100万", 1000000],
  ["1.5亿", 150000000],
  ["1e6", 1000000],
  ["2.5万", 25000],
  ["9,999", 9999],
];
/** Not a whole count, exactly: each is refused, never read as some other number. */
const NOT_COUNTS = ["9,99", "1,0000", "12abc", "1e6万", "1.5", "1万5", "1..5", "0x10"];

const langs = ["en", "zh"] as const;

/** Each entry point, as a function from what was typed to the count it reads, or the errors it reports. */
const ENTRY_POINTS: Record<string, (typed: string, lang: (typeof langs)[number]) => number | string[]> = {
  "pane calculator (volume, prepaid)": (typed) => parseCount(typed) ?? ["not a count"],
  "pane volume lists (ladder, forecast months)": (typed, lang) => {
    const parsed = parseVolumes(typed, translator(lang));
    return parsed.ok ? (parsed.value.length === 1 ? parsed.value[0] : ["not one number"]) : [...parsed.errors];
  },
  "pane forecast lines (name, volume)": (typed, lang) => {
    const parsed = parseForecastRows(`身份证识别\t${typed}`, translator(lang));
    return parsed.ok ? parsed.value[0].volume : [...parsed.errors];
  },
  "pane forecast lines (name, volume, prepaid)": (typed, lang) => {
    const parsed = parseForecastRows(`身份证识别\t${typed}\t${typed}`, translator(lang));
    return parsed.ok ? (parsed.value[0].prepaid ?? NaN) : [...parsed.errors];
  },
  "pane pack prices (size=price)": (typed, lang) => {
    const parsed = parsePackPrices(`${typed}=${typed}`, translator(lang));
    if (!parsed.ok) return [...parsed.errors];
    const [{ size, price }] = parsed.value;
    return String(size) === price ? size : ["size and price disagree"];
  },
  "pane pack purchases (month, size, price)": (typed, lang) => {
    const parsed = parsePurchases(`1, ${typed}, ${typed}`, translator(lang));
    if (!parsed.ok) return [...parsed.errors];
    const [{ size, price }] = parsed.value;
    return String(size) === price ? size : ["size and price disagree"];
  },
  "command line function arguments": (typed) => {
    const arg = parseCellArg(typed);
    return typeof arg === "number" ? arg : [`kept as the text ${JSON.stringify(arg)}`];
  },
};

describe.each(Object.entries(ENTRY_POINTS))("%s", (entry, read) => {
  test.each(langs)("typed spellings mean what they say (%s)", (lang) => {
    for (const [typed, value] of SPELLINGS) expect([typed, read(typed, lang)]).toEqual([typed, value]);
  });

  test.each(langs)("what is not a whole count exactly is never read as a number (%s)", (lang) => {
    for (const typed of NOT_COUNTS) {
      const got = read(typed, lang);
      // The command line passes 1.5 on as the number it is, and the function refuses it as not whole.
      if (typed === "1.5" && entry === "command line function arguments") expect(got).toBe(1.5);
      else expect([typed, typeof got]).toEqual([typed, "object"]);
    }
  });
});

test("the pane's errors quote what was typed, in its language", () => {
  expect(parseForecastRows("身份证识别, 12abc", translator("en"))).toEqual({
    ok: false,
    errors: ['Line 1: "身份证识别, 12abc" is not "name, volume".'],
  });
  expect(parseVolumes("1000, 1.5", translator("en"))).toEqual({
    ok: false,
    errors: ['"1.5" is not a whole number of calls.'],
  });
  expect(parseVolumes("1000, 12abc", translator("zh"))).toEqual({ ok: false, errors: ["“12abc”不是整数调用量。"] });
});

test("the command line prices 100万, 1.5亿 and 1,000,000 as the numbers they are", () => {
  const BIN = path.resolve(__dirname, "..", "bin", "tcprice.js");
  const cost = (volume: string) =>
    spawnSync(process.execPath, [BIN, "fn", "OCR_UNIT_PRICE", "身份证识别", volume], {
      encoding: "utf8",
      env: { ...process.env, LC_ALL: "", LANG: "" },
    });
  const plain = cost("50000");
  expect(plain.status).toBe(0);
  for (const typed of ["5万", "50,000", "５００００", "5e4", "0.0005亿"]) expect(cost(typed).stdout).toBe(plain.stdout);
  const broken = cost("5,0000");
  expect(broken.status).not.toBe(0);
  expect(broken.stdout).toBe("");
});
