import * as fs from "fs";
import * as path from "path";
import { MESSAGE_KINDS, RANGE_ARGUMENT_ZH } from "../src/core/messages";
import type { FailureKind } from "../src/core/failure";
import { EXCEL_ERROR } from "../src/functions/excelErrors";
import * as source from "../src/functions/functions";
import {
  BLANK,
  EXCEL_HOSTS,
  passArguments,
  type ArgInput,
  type CellInput,
  type ExcelHostKind,
} from "../src/cli/excelHost";
import { ERROR_CODES, ExcelError, loadFunctions } from "../src/cli/loadFunctions";
import { chineseIn, englishIn } from "./support/messageLanguage";
import { spawnSync } from "child_process";

/**
 * With Office's display language zh-CN, every error every function returns is in Chinese (no
 * English sentence); without Office, in English (no Chinese but what it quotes). Every function
 * is driven through the failure kinds it can return, on both hosts' blank cells; the kind is read
 * from the source functions (the shipped bundle's messages must be theirs, word for word).
 */

// The source functions' errors, with the failure kind they came from (the bundle's carry none).
jest.mock("../src/functions/excelErrors", () => {
  const actual = jest.requireActual("../src/functions/excelErrors");
  return {
    ...actual,
    toExcelError: (error: { failure?: { kind: string } }) =>
      Object.assign(actual.toExcelError(error), { kind: error.failure?.kind }),
  };
});
Object.assign(globalThis, { CustomFunctions: { Error: ExcelError, ErrorCode: ERROR_CODES } });

const ROOT = path.resolve(__dirname, "..");
const zh = loadFunctions(path.join(ROOT, "dist"), { displayLanguage: "zh-CN" });
const en = loadFunctions(path.join(ROOT, "dist"));

type Outcome = { code: string; message: string; kind?: string };

function errorOf(
  fn: (...args: unknown[]) => unknown,
  meta: (typeof en.metadata)[number],
  host: ExcelHostKind,
  inputs: ArgInput[],
): Outcome {
  const passed = passArguments(meta, inputs, host);
  if ("hostError" in passed) throw new Error(`Excel refuses ${meta.id}'s ${passed.argument} itself`);
  try {
    fn(...passed.args);
  } catch (error) {
    const e = error as Outcome;
    return { code: e.code, message: e.message, ...(e.kind ? { kind: e.kind } : {}) };
  }
  throw new Error(`${meta.id} returned a value`);
}

/** The source function's error as Excel showing `language` gets it. */
function sourceError(name: string, language: string | undefined, host: ExcelHostKind, inputs: ArgInput[]): Outcome {
  const meta = en.metadata.find((f) => f.id === name)!;
  const fn = (source as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
  const g = globalThis as { Office?: unknown };
  g.Office = language ? { context: { displayLanguage: language } } : undefined;
  try {
    return errorOf(fn, meta, host, inputs);
  } finally {
    delete g.Office;
  }
}

const bundleError = (loaded: typeof en, name: string, host: ExcelHostKind, inputs: ArgInput[]): Outcome =>
  errorOf(
    loaded.registered.get(name)!,
    loaded.metadata.find((f) => f.id === name)!,
    host,
    inputs,
  );

const months = (n: number, v: CellInput): CellInput[][] => Array.from({ length: n }, () => [v]);

/** Bad calls of every function, each with the failure kind it must give. */
const BAD_CALLS: Array<[FailureKind, string, ...ArgInput[]]> = [
  ["unknown-name", "OCR_COST", "不存在的接口", 100],
  ["unknown-name", "FACE_COST", "no such face", 100],
  ["unknown-name", "PRICES", "不存在", null],
  ["unknown-name", "PRICE_HISTORY", "不存在", null],
  ["ambiguous-name", "OCR_COST", "混贴票据识别", 100],
  ["ambiguous-name", "OCR_UNIT_PRICE", "混贴票据识别", 100],
  ["no-list-price", "OCR_COST", "通用印刷体识别", 2000000],
  ["no-list-price", "OCR_UNIT_PRICE", "身份证识别", 2000000],
  ["no-list-price-from", "OCR_NEXT_TIER", "身份证识别", 2000000],
  ["free-beta", "FACE_COST", "人员查重", 100, null, "tencent-2020-face"],
  ["free-beta", "FACE_MAX_IMAGES", "人员查重", 100, null, "tencent-2020-face"],
  ["not-billed-no-packs", "FACE_PACK_PRICE", "获取人员列表", 10000, "tencent-2020-face"],
  ["no-packs", "FACE_PACK_PRICE", "人脸比对", 100000],
  ["no-packs", "FACE_PACK_LEDGER", "人脸比对", [[1000]], [[1, 1000, 84]]],
  ["no-such-pack", "OCR_PACK_PRICE", "身份证识别", 5000],
  ["no-such-pack", "OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 5000, 84]]],
  ["pack-no-list-price", "OCR_PACK_PRICE", "增值税发票核验", 10000000],
  ["budget-no-limit", "FACE_MAX_IMAGES", "获取人员列表", 100, null, "tencent-2020-face"],
  ["no-freeze", "FACE_FREEZE", 100, "tencent-2020-face"],
  ["no-freeze", "FACE_FREEZE_SCHEDULE", [[100]], "tencent-2020-face"],
  ["no-qps-price", "QPS_COST", "名片识别", 5, 1],
  ["qps-over-cap", "QPS_COST", "身份证识别", 101, 1],
  ["qps-over-cap", "QPS_COST", "营业执照识别", 60, 1],
  ["unknown-catalog", "OCR_COST", "身份证识别", 100, null, "tencent-1999"],
  ["unknown-catalog", "FACE_BILL", [["人脸比对"]], [[100]], "tencent-1999"],
  ["product-not-in-catalog", "FACE_COST", "人脸比对", 100, null, "tencent-2019-ocr"],
  ["product-not-in-catalog", "FACE_FREEZE", 100, "tencent-2019-ocr"],
  ["no-version-on-date", "OCR_COST", "身份证识别", 100, null, 36526],
  ["no-international", "OCR_COST", "身份证识别", 100, null, "international"],
  ["no-international", "PRICES", "身份证识别", "international"],
  ["bad-count", "OCR_COST", "身份证识别", -1],
  ["bad-count", "OCR_COST", "身份证识别", 10.5],
  ["bad-count", "OCR_COST", "身份证识别", 1e300],
  ["bad-count", "FACE_UNIT_PRICE", "人脸比对", -1],
  ["bad-count", "OCR_NEXT_TIER", "身份证识别", 0.5],
  ["bad-count", "OCR_PACK_PRICE", "身份证识别", -1000],
  ["bad-count", "FACE_BILL", [["人脸比对"]], [[-1]]],
  ["bad-count", "OCR_BILL", [["身份证识别"]], [[100]], null, [[-1]]],
  ["bad-count", "QPS_COST", "身份证识别", 5.5, 1],
  ["bad-count", "QPS_COST", "身份证识别", 5, 1.5],
  ["bad-count", "OCR_PLAN", "身份证识别", [[1000], [-1]]],
  ["bad-count", "OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1.5, 1000, 84]]],
  ["bad-count", "FACE_PACK_LEDGER", "人员搜索", [[-5]], [[1, 50000000, 142500]], "tencent-2020-face"],
  ["bad-amount", "FACE_FREEZE", -1],
  ["bad-amount", "OCR_MAX_CALLS", "身份证识别", -1],
  ["bad-amount", "FACE_FREEZE_SCHEDULE", [[-1]]],
  ["bad-amount", "OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000, -84]]],
  ["sum-too-large", "OCR_BILL", [["身份证识别"], ["身份证识别"]], [[9007199254740991], [9007199254740991]]],
  ["forecast-empty", "OCR_PLAN", "身份证识别", [[null]]],
  ["forecast-too-long", "OCR_PLAN", "身份证识别", months(13, 1)],
  ["bills-empty", "FACE_FREEZE_SCHEDULE", [[null]]],
  ["too-many-bills", "FACE_FREEZE_SCHEDULE", months(1201, 1)],
  ["ledger-months", "OCR_PACK_LEDGER", "身份证识别", months(37, 1), [[1, 1000, 84]]],
  ["purchase-month", "OCR_PACK_LEDGER", "身份证识别", [[1000]], [[2, 1000, 84]]],
  ["purchases-columns", "OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000]]],
  ["purchase-no-price", "OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000, null]]],
  ["missing-argument", "OCR_COST", BLANK, 100],
  ["missing-argument", "OCR_MAX_CALLS", "身份证识别", null],
  ["missing-argument", "OCR_PACK_LEDGER", BLANK, [[1000]], [[1, 1000, 84]]],
  ["not-text", "OCR_BILL", [[true]], [[100]]],
  ["not-a-number", "OCR_BILL", [["身份证识别"]], [["一千"]]],
  ["bad-date", "OCR_COST", "身份证识别", 100, null, -5],
  ["bad-catalog-ref", "OCR_COST", "身份证识别", 100, null, true],
  ["bad-period-unit", "QPS_COST", "身份证识别", 5, 1, "week"],
  ["bad-history-what", "PRICE_HISTORY", "身份证识别", "all"],
  ["range-shape", "OCR_BILL", [["身份证识别"], ["银行卡识别"]], [[100]]],
  ["volume-without-name", "OCR_BILL", [[null], ["银行卡识别"]], [[100], [5]]],
  ["pack-prices-columns", "OCR_PLAN", "身份证识别", [[1000]], [[100000, 3500, 1]]],
  [
    "pack-prices-duplicate",
    "OCR_PLAN",
    "身份证识别",
    [[1000]],
    [
      [100000, 3500],
      [100000, 3000],
    ],
  ],
  ["pack-prices-no-price", "OCR_PLAN", "身份证识别", [[1000]], [[100000, null]]],
];

/** Kinds no bad call above reaches, and why; their words are tested on samples (src/core/__tests__/messages.test.ts). */
const NOT_REACHED: Partial<Record<FailureKind, string>> = {
  "plan-no-list-price": "the built-in catalogs sell packs for every item with a 联系商务 tier",
  "budget-no-price": "every built-in item has a list price right after its free quota",
  "qps-mixed-classes": "no built-in billing item spans two QPS classes",
  "qps-tier-no-price": "every built-in QPS class prices every tier",
  "default-unavailable": "needs a workbook default version this add-in cannot load",
  "result-too-large": "#NUM!, which shows no message; no built-in price makes a result beyond a double",
  "pack-sizes-not-nested": "every built-in catalog's pack sizes divide one another",
  "no-pack-validity": "every built-in catalog states its packs' validity",
  "no-versions": "comparison sheets only",
  "version-twice": "comparison sheets only",
  "bad-growth": "the Scenario comparison only (pane, CLI); no function takes a growth rate",
  "scenario-months": "the Scenario comparison only (pane, CLI)",
  "scenario-shared-item": "the Scenario comparison only (pane, CLI)",
  "not-ranges": "Excel passes every range parameter as rows of cells",
};
/** Functions no argument makes fail. */
const CANNOT_FAIL = new Set(["CATALOGS"]);

/** Every name the catalogs hold with Chinese in it: an English message may name an item by it. */
const CATALOG_NAMES: string[] = (() => {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string" && /\p{Script=Han}/u.test(v)) names.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  const dir = path.join(ROOT, "src/catalog/data");
  for (const file of fs.readdirSync(dir)) walk(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  return [...names];
})();

/** The texts a call passes (TRUE/FALSE as Excel shows them): a message may quote them as typed. */
const typedTexts = (inputs: ArgInput[]): string[] =>
  inputs
    .flat(2)
    .flatMap((v) => (typeof v === "string" ? [v] : typeof v === "boolean" ? [String(v).toUpperCase()] : []));

describe("Chinese first: the functions answer in Office's display language", () => {
  test("English and Chinese have words for the same failures", () => {
    expect(MESSAGE_KINDS.zh).toEqual(MESSAGE_KINDS.en);
  });

  test("the bad calls reach every failure kind a function can give, and every function that can fail", () => {
    const reached = new Set(BAD_CALLS.map(([kind]) => kind));
    for (const kind of Object.keys(NOT_REACHED)) expect(reached.has(kind as FailureKind)).toBe(false);
    expect([...reached, ...Object.keys(NOT_REACHED)].sort()).toEqual([...MESSAGE_KINDS.en].sort());
    const called = new Set(BAD_CALLS.map(([, name]) => name));
    expect(en.metadata.filter((f) => !called.has(f.id)).map((f) => f.id)).toEqual([...CANNOT_FAIL]);
  });

  test("range arguments are named in Chinese as zh-CN Excel names them (src/functions/locales/zh-CN.json)", () => {
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, "src/functions/locales/zh-CN.json"), "utf8")) as {
      functions: Record<string, { name: string; parameters: Record<string, { name: string }> }>;
    };
    for (const [arg, zhName] of Object.entries(RANGE_ARGUMENT_ZH)) {
      const shown = [
        ...(table.functions[arg] ? [table.functions[arg].name] : []),
        ...en.metadata.flatMap((f) =>
          f.parameters
            .filter((p) => p.name === arg && p.dimensionality === "matrix")
            .map(() => table.functions[f.id].parameters[arg].name),
        ),
      ];
      expect(shown).toContain(zhName);
    }
  });

  const cases = EXCEL_HOSTS.flatMap((host) =>
    BAD_CALLS.map(([kind, name, ...inputs]) => [host, name, kind, inputs] as const),
  );
  test.each(cases)("%s Excel, %s → %s: Chinese under zh-CN, English without Office", (host, name, kind, inputs) => {
    const fromSource = sourceError(name, undefined, host, [...inputs]);
    expect(fromSource.kind).toBe(kind);
    expect(fromSource.code).toBe(EXCEL_ERROR[kind]);
    const english = bundleError(en, name, host, [...inputs]);
    const chinese = bundleError(zh, name, host, [...inputs]);
    // the shipped bundle says what the source says, in both languages
    expect(english).toEqual({ code: fromSource.code, message: fromSource.message });
    expect(chinese).toEqual({ code: fromSource.code, message: sourceError(name, "zh-CN", host, [...inputs]).message });
    const typed = typedTexts([...inputs]);
    expect(chinese.message).toMatch(/\p{Script=Han}/u);
    expect(englishIn(chinese.message, [...typed, ...CATALOG_NAMES])).toEqual([]);
    expect(chineseIn(english.message, [...typed, ...CATALOG_NAMES])).toEqual([]);
    expect(english.message).toMatch(/\b[a-z]{2,} [a-z]{2,}\b/);
  });

  test("the command line follows --lang, then LC_ALL / LANG", () => {
    const BIN = path.resolve(__dirname, "..", "bin", "tcprice.js");
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [BIN, ...args], {
        encoding: "utf8",
        env: { ...process.env, LC_ALL: "", LANG: "", ...env },
      });
    expect(run(["fn", "OCR_COST", "不存在的接口", "100", "--lang", "zh-CN"]).stderr).toMatch(
      /^#VALUE!: “不存在的接口”不是/,
    );
    expect(run(["fn", "OCR_COST", "不存在的接口", "100"], { LANG: "zh_CN.UTF-8" }).stderr).toMatch(/不是价格目录/);
    expect(run(["fn", "OCR_COST", "不存在的接口", "100"], { LANG: "en_US.UTF-8" }).stderr).toMatch(
      /is not an OCR interface/,
    );
  });
});
