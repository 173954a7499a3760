import { SHEET_WORDS } from "../src/compare/sheetWords";
import { PLANNING_WORDS } from "../src/functions/planning";
import { CLI_WORDS } from "../src/cli/cliWords";
import { OFFICE_STEPS, OFFICE_WORDS } from "../src/sheets/officeWords";
import { describeOfficeError } from "../src/sheets/excelRun";

/** The sheets' word tables, the CLI's own and the Excel writers' errors. */
const TABLES = { ...SHEET_WORDS, cli: CLI_WORDS, office: OFFICE_WORDS };

/**
 * Every text of every generated sheet, rendered in English and Chinese: none missing, none
 * empty, no English sentence in the Chinese sheets, and none of the English slips issue 11
 * found ("a OCR", "1 lines", "month(s)", 16 ungrouped digits).
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (...args: any[]) => unknown;
type HasFn<T> = T extends Fn
  ? true
  : T extends object
    ? true extends { [K in keyof T]: HasFn<T[K]> }[keyof T]
      ? true
      : false
    : false;
/** For each function of a word table, the argument lists to render it with; the type makes a missing one a build error. */
type Samples<W> = {
  readonly [K in keyof W as HasFn<W[K]> extends true ? K : never]: W[K] extends (...args: infer A) => unknown
    ? readonly A[]
    : Samples<W[K]>;
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const BIG = 9007199254740991;
const ONE = 1;

const SAMPLES: { readonly [S in keyof typeof TABLES]: Samples<(typeof TABLES)[S]["en"]> } = {
  ledgerGrid: {},
  packLedger: {
    title: [["IDCardOCR", "tencent-current"]],
    sheetName: [["身份证识别"]],
    source: [
      [ONE, ONE, "TCLOUD.OCR_PACK_LEDGER"],
      [36, 12, "TCLOUD.FACE_PACK_LEDGER"],
    ],
  },
  office: { failed: OFFICE_STEPS.map((step) => [step, "Sheet1", "ItemNotFound"] as const) },
  cli: {
    usage: [["  tcprice compare …"]],
    needsValue: [["--item"]],
    mustBeOneOf: [["--lang", ["zh-CN", "en"]]],
    required: [["--item"]],
    unexpectedArgument: [["--bogus"]],
    unknownComparison: [["nothing"]],
    noSuchFunction: [["NOPE", ["OCR_COST", "FACE_COST"]]],
    hostConverts: [
      ["monthly_calls", "OCR_COST", "many"],
      ["monthly_calls", "OCR_COST", null],
    ],
    cannotRead: [["a.json", "ENOENT"]],
    problemCount: [
      ["a.json", ONE],
      ["a.json", BIG],
    ],
    validOk: [
      ["a.json", "mine", ONE],
      ["a.json", "mine", BIG],
    ],
    validBookOk: [
      ["acme.json", "acme-2026", "tencent-current", ONE],
      ["acme.json", "acme-2026", "tencent-current", BIG],
    ],
    internalError: [["boom"]],
  },
  forecast: {
    source: [[ONE], [BIG]],
    cost: [["tencent-2019-ocr"]],
    change: [["tencent-current", "tencent-2019-ocr"]],
    changePercent: [["tencent-current"]],
    lineCount: [[ONE], [BIG]],
    billNote: [[true], [false]],
    unpricedNote: [
      ["tencent-current", ONE, ONE],
      ["tencent-current", ONE, 3],
    ],
  },
  ladder: {
    source: [
      [ONE, null, ONE],
      [BIG, BIG, BIG],
    ],
    cost: [["tencent-current"]],
    unitPrice: [["tencent-current"]],
    cheaper: [["tencent-current"]],
    cliff: [["9,999"]],
    cheaperAt: [
      ["10,000", "call", "800"],
      ["1", "image", "0.15"],
    ],
    cliffNote: [[ONE], [BIG]],
  },
  plan: {
    sheetName: [["身份证识别"]],
    title: [["IDCardOCR", "tencent-current"]],
    heading: [["IDCardOCR", "身份证识别", "tencent-current"]],
    compared: [
      ["tencent-current", "ocr"],
      ["tencent-current", "face"],
    ],
    source: [
      [ONE, "call", ONE, null],
      [12, "image", 12, "100,000 at 3500"],
    ],
    paidPrice: [[BIG, "3500.50"]],
    columns: [["call"], ["image"]],
    allPostpaidNaNote: [["身份证识别", "tencent-current"]],
    leftNote: [
      [ONE, "call", ONE],
      [BIG, "image", 12],
    ],
  },
  priceChanges: {
    sheetName: [["tencent-2019-ocr", "tencent-current"]],
    title: [["tencent-2019-ocr", "tencent-current"]],
    compared: [["a1", "价目 A", "b2", "价目 B"]],
    source: [
      ["a1", "b2", ["ocr"]],
      ["a1", "b2", ["ocr", "face"]],
    ],
    columns: [["tencent-2019-ocr", "tencent-current"]],
    tierLine: [
      ["[1,000, 10,000)", "call"],
      ["(0, 1]", "image"],
    ],
    packLine: [
      [ONE, "call"],
      [BIG, "image"],
    ],
    quotaLine: [["call"], ["image"]],
    boundsNote: [["[0, 1,000)", "(0, 1,000]"]],
    renamedNote: [["身份证"]],
    noPricesNote: [
      ["tencent-2020-face", "ocr", "added"],
      ["tencent-2019-ocr", "face", "removed"],
    ],
    basisNote: [["ocr", "total", "postpaid"]],
    countsNote: [[{ changed: ONE, added: 0, removed: BIG, unchanged: 12 }]],
  },
  priceHistory: {
    above: [["1,000,000"]],
    pack: [["100,000"]],
    labelled: [["free a month", "1,000 → 0"]],
    source: [["postpaid"], ["packs"]],
  },
  catalogTable: {
    sheetName: [["tencent-current"]],
    title: [["tencent-current"]],
    heading: [["tencent-current"]],
    priceNote: [["联系商务", ";"]],
  },
  portable: {
    columns: { tierFrom: [[ONE]], tierPrice: [[ONE]], pack: [[ONE], [BIG]] },
    status: [
      [{ kind: "priced" }],
      [{ kind: "free-beta", until: null }],
      [{ kind: "free-beta", until: "2020-12-31" }],
      [{ kind: "not-billed", group: "人脸核身" }],
    ],
    basisWord: [["total"], ["postpaid"]],
    oneTimePack: [
      [ONE, ONE],
      [50, 60],
    ],
    billColumns: { itemUnder: [["tencent-current"]] },
    forecastSource: [[ONE], [BIG]],
    lots: { used: [[ONE], [12]], left: [[ONE], [12]] },
  },
};

/** Every text a word table can show, with where it comes from. */
function texts(words: unknown, samples: unknown, path: string): [string, string][] {
  if (typeof words === "string") return [[path, words]];
  if (typeof words === "boolean" || typeof words === "number") return [];
  if (Array.isArray(words)) return words.flatMap((w, i) => texts(w, undefined, `${path}[${i}]`));
  if (typeof words === "function") {
    const argLists = samples as unknown[][] | undefined;
    if (!argLists || argLists.length === 0) throw new Error(`${path} has no sample arguments`);
    return argLists.flatMap((args, i) => texts(words(...args), undefined, `${path}(#${i})`));
  }
  if (typeof words === "object" && words !== null)
    return Object.entries(words).flatMap(([k, w]) =>
      texts(w, (samples as Record<string, unknown> | undefined)?.[k], `${path}.${k}`),
    );
  throw new Error(`${path} is ${String(words)}`);
}

const keysDeep = (value: unknown): string[] =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => [k, ...keysDeep(v).map((sub) => `${k}.${sub}`)])
    : [];

/** English slips: an article before a vowel sound, a noun not agreeing with 1, "(s)", 16 digits ungrouped. */
const ENGLISH_SLIPS =
  /\ba (?:OCR|[aeiou])|(?:^|[^\d.,])1 (?:calls|images|lines|months|volumes|interfaces|points|items|problems|versions|rows|days|packs)\b|\(s\)|\d{5,}/;
/** Two English words in a row in a Chinese text (function names, ids and codes are single tokens). */
const ENGLISH_PHRASE = /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/;

describe.each(Object.keys(TABLES) as (keyof typeof TABLES)[])("the %s words", (sheet) => {
  const table = TABLES[sheet];
  // The CLI's usage quotes command lines and examples ("null = a blank cell"): cli.test.ts checks it line by line.
  const prose = ([where]: [string, string]): boolean => !/^cli\.(usage|compareUsage)\b/.test(where);
  const allEn = texts(table.en, SAMPLES[sheet], sheet);
  const allZh = texts(table.zh, SAMPLES[sheet], sheet);
  const en = allEn.filter(prose);
  const zh = allZh.filter(prose);

  test("English and Chinese have the same keys and as many texts", () => {
    expect(keysDeep(table.zh)).toEqual(keysDeep(table.en));
    expect(allZh.map(([where]) => where)).toEqual(allEn.map(([where]) => where));
  });

  test("no text is empty or shows a missing value", () => {
    for (const [where, text] of [...allEn, ...allZh]) expect([where, text.trim() === ""]).toEqual([where, false]);
    for (const [where, text] of [...en, ...zh]) {
      expect([where, text.trim() === ""]).toEqual([where, false]);
      expect([where, /undefined|NaN|\[object|null/.test(text)]).toEqual([where, false]);
    }
  });

  test("English has none of the slips issue 11 found", () => {
    for (const [where, text] of en) expect([where, text.match(ENGLISH_SLIPS)?.[0] ?? null]).toEqual([where, null]);
  });

  test("Chinese is Chinese: no English phrase, big counts grouped", () => {
    for (const [where, text] of zh) {
      // A command in backquotes (`npm run build`) is typed as it is.
      expect([where, text.replace(/`[^`]*`/g, "").match(ENGLISH_PHRASE)?.[0] ?? null]).toEqual([where, null]);
      expect([where, /\d{5,}/.test(text)]).toEqual([where, false]);
    }
  });
});

test("the slip detector catches the slips it names", () => {
  for (const slip of ["a OCR interface", "1 lines", "12 month(s)", "at most 9007199254740991", "a interface"])
    expect(slip).toMatch(ENGLISH_SLIPS);
  for (const fine of ["an OCR interface", "1 line", "12 months", "at most 9,007,199,254,740,991", "11 lines"])
    expect(fine).not.toMatch(ENGLISH_SLIPS);
});

test("an Office.js failure says what failed in the user's language and keeps Office's own words", () => {
  const office = { code: "InvalidArgument", message: "The argument is invalid." };
  expect(describeOfficeError("write-sheet", office, { name: "用量预测", lang: "zh" }).message).toBe(
    "写入工作表“用量预测”失败：InvalidArgument: The argument is invalid.",
  );
  expect(describeOfficeError("write-sheet", office, { name: "Forecast" }).message).toBe(
    'Writing the sheet "Forecast" failed: InvalidArgument: The argument is invalid.',
  );
});

test("OCR_PLAN's pack table is the Plan sheet's", () => {
  for (const lang of ["en", "zh"] as const) {
    expect(PLANNING_WORDS[lang].packHeader).toEqual(SHEET_WORDS.plan[lang].packHeader);
    expect(PLANNING_WORDS[lang].saving).toBe(SHEET_WORDS.plan[lang].saving);
  }
});
