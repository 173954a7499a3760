import * as path from "path";
import { MESSAGE_KINDS } from "../src/core/messages";
import { BLANK, EXCEL_HOSTS, passArguments, type ArgInput, type ExcelHostKind } from "../src/cli/excelHost";
import { loadFunctions } from "../src/cli/loadFunctions";
import { spawnSync } from "child_process";

/** With Office's display language zh-CN, every error a function returns is in Chinese. */
const zh = loadFunctions(path.resolve(__dirname, "..", "dist"), { displayLanguage: "zh-CN" });
const en = loadFunctions(path.resolve(__dirname, "..", "dist"));

function errorOf(
  loaded: typeof zh,
  host: ExcelHostKind,
  name: string,
  ...inputs: ArgInput[]
): { code: string; message: string } {
  const meta = loaded.metadata.find((f) => f.id === name)!;
  const passed = passArguments(meta, inputs, host);
  if ("hostError" in passed) throw new Error(`Excel refuses ${name}'s ${passed.argument} itself`);
  try {
    loaded.registered.get(name)!(...passed.args);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error(`${name} returned a value`);
}

const BAD_CALLS: Array<[string, ...ArgInput[]]> = [
  ["OCR_COST", "不存在的接口", 100],
  ["OCR_COST", "混贴票据识别", 100],
  ["OCR_COST", "身份证识别", -1],
  ["OCR_COST", "身份证识别", 10.5],
  ["OCR_COST", "通用印刷体识别", 2000000],
  ["OCR_COST", "身份证识别", 100, null, "tencent-1999"],
  ["OCR_COST", "身份证识别", 100, null, 36526],
  ["OCR_COST", "身份证识别", 100, null, "international"],
  ["OCR_COST", BLANK, 100],
  ["FACE_COST", "人员查重", 100, null, "tencent-2020-face"],
  ["OCR_PACK_PRICE", "身份证识别", 5000],
  ["OCR_PACK_PRICE", "增值税发票核验", 10000000],
  ["FACE_PACK_PRICE", "人脸比对", 100000],
  ["QPS_COST", "身份证识别", 101, 1],
  ["QPS_COST", "名片识别", 5, 1],
  ["QPS_COST", "身份证识别", 5, 1, "week"],
  ["FACE_FREEZE", -1],
  ["FACE_FREEZE", 100, "tencent-2020-face"],
  ["OCR_BILL", [["身份证识别"], ["银行卡识别"]], [[100]]],
  ["OCR_BILL", [[null], ["银行卡识别"]], [[100], [5]]],
  ["OCR_PLAN", "身份证识别", Array.from({ length: 13 }, () => [1])],
  ["OCR_PLAN", "身份证识别", [[1000]], [[100000, null]]],
  ["FACE_FREEZE_SCHEDULE", [[null]]],
  ["OCR_MAX_CALLS", "身份证识别", null],
  ["OCR_PACK_LEDGER", "身份证识别", [[1000]], [[2, 1000, 84]]],
  ["OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000, null]]],
  ["OCR_PACK_LEDGER", "身份证识别", [[1000]], [[1, 1000]]],
  ["OCR_PACK_LEDGER", "身份证识别", Array.from({ length: 37 }, () => [1]), [[1, 1000, 84]]],
  ["OCR_MAX_CALLS", "身份证识别", -1],
  ["FACE_MAX_IMAGES", "获取人员列表", 100, null, "tencent-2020-face"],
  ["FACE_MAX_IMAGES", "人员查重", 100, null, "tencent-2020-face"],
];

describe("Chinese first: the functions answer in Office's display language", () => {
  test("English and Chinese have words for the same failures", () => {
    expect(MESSAGE_KINDS.zh).toEqual(MESSAGE_KINDS.en);
  });

  const cases: Array<[ExcelHostKind, string, ...ArgInput[]]> = EXCEL_HOSTS.flatMap((host) =>
    BAD_CALLS.map(([name, ...inputs]): [ExcelHostKind, string, ...ArgInput[]] => [host, name, ...inputs]),
  );
  test.each(cases)(
    "%s Excel, %s: the message is Chinese, and English without Office",
    (host: ExcelHostKind, name: string, ...inputs: ArgInput[]) => {
      const chinese = errorOf(zh, host, name, ...inputs);
      const english = errorOf(en, host, name, ...inputs);
      expect(chinese.code).toBe(english.code);
      expect(chinese.message).toMatch(/[\u4e00-\u9fff]/);
      // No English sentence: words of the message that are not names, ids or formulas are Chinese.
      expect(chinese.message).not.toMatch(/\b(the|is|must|not|has|no|of|in|for|type|catalog)\b/i);
      expect(english.message).toMatch(/\b(the|is|must|not|has|no|in|type)\b/i);
    },
  );

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
