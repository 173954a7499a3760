import type { MessageLang } from "../core/messages";
import { countIn, plural, wordsOf, type Bilingual } from "../compare/wordKit";

/**
 * Every word tcprice prints of its own (usage, option and argument messages), in English and
 * Chinese. Prices, failures and catalog problems come worded from their own catalogues.
 */
export interface CliWords {
  readonly usage: (compareUsage: string) => string;
  readonly compareUsage: string;
  readonly needsValue: (flag: string) => string;
  readonly mustBeOneOf: (flag: string, allowed: readonly string[]) => string;
  readonly required: (flag: string) => string;
  readonly unexpectedArgument: (arg: string) => string;
  readonly unknownComparison: (kind: string) => string;
  readonly portableForecastOnly: string;
  readonly portableNeedsXlsx: string;
  readonly distMissing: string;
  readonly fnNeedsName: string;
  readonly noSuchFunction: (name: string, names: readonly string[]) => string;
  readonly hostConverts: (argument: string, fn: string, found: string | null) => string;
  readonly validateNeedsFile: string;
  readonly cannotRead: (file: string, reason: string) => string;
  readonly problemCount: (file: string, count: number) => string;
  readonly validOk: (file: string, id: string, items: number) => string;
  readonly validBookOk: (file: string, id: string, base: string, terms: number) => string;
  readonly internalError: (message: string) => string;
}

const quoteAll = (values: readonly string[], or: string): string => values.map((v) => `"${v}"`).join(or);

const EN: CliWords = {
  usage: (compare) => `tcprice: Tencent Cloud OCR and Face Recognition prices from the command line

  tcprice fn NAME [ARG ...] [--catalog FILE ...]
      Call the custom function TCLOUD.NAME exactly as Excel would and print its result.
      Numeric words are numbers, "" is a blank cell, [["a"],["b"]] is a range (null = a blank cell).
      Each argument is converted as Excel converts it for its declared type; blank cells are
      passed as desktop Excel passes them (0), or as Excel on the web does with --host web (null).
      --catalog FILE loads a catalog version or a price book first (then name it by its id).
      An Excel error prints "#CODE: message" on stderr and exits 2.
  tcprice fn --list                 the registered functions and their arguments
${compare}
  tcprice catalog validate FILE...  check catalog files as the pane loads them: every problem with its
                                    JSON path (exit 1 if any); notes (an item renamed) do not fail
  tcprice catalog list              the built-in catalog versions

  --lang zh-CN|en (anywhere on the line) answers in Chinese or English; by default the language
  of LC_ALL, LC_MESSAGES or LANG (zh* = Chinese), else English.

Examples:
  tcprice fn OCR_COST 银行卡识别 2500 1000          → 75
  tcprice fn OCR_MAX_CALLS 身份证识别 1349           → 14490 (the most calls 1,349 buys)
  tcprice compare ledger --item 身份证识别 --months 25000,25000,25000 --purchases '1,100000,3500'
  tcprice fn OCR_BILL '[["身份证识别"],["IDCardOCR"]]' '[[5000],[6000]]'
  tcprice fn PRICES 身份证识别 tencent-2019-ocr
  tcprice --lang zh-CN compare plan --version tencent-current --item 身份证识别 --months 25000,25000`,
  compareUsage: `  tcprice compare forecast --versions A,B[,C] [--lines FILE|-] [--product ocr|face] [--xlsx FILE --portable]
  tcprice compare price-changes --from A --to B [--product ocr|face] [--changed-only]
  tcprice compare ladder --versions A[,B] --items X[,Y] [--volumes LIST] [--xlsx FILE --portable]
  tcprice compare plan --version V --item X --months LIST [--pack-prices SIZE=PRICE,…] [--xlsx FILE --portable]
  tcprice compare history --items X[,Y] [--what postpaid|packs]
  tcprice compare ledger --item X --months LIST [--purchases FILE|-|LIST] [--version V] [--product ocr|face] [--xlsx FILE --portable]
  tcprice compare scenario --versions A[,B] --growth RATE --months N [--lines FILE|-] [--product ocr|face] [--xlsx FILE --portable]
      Each prints its table as tab-separated rows; --json prints it as JSON (the forecast adds
      "totals": version id → its bill, a number or {"error": "#N/A"}); --xlsx FILE writes the workbook.
      Forecast lines ("name, volume[, prepaid]" or tab-separated) come from --lines FILE, or
      standard input with --lines -. Numbers may be written 1,000,000, １０００ or 100万.
      Ledger purchases are "month, pack size, price paid", one a line (or separated by ";"), from a
      file, standard input (-) or the argument itself ("1,100000,3500; 1,100000,3500"); none = no packs.
      Scenario lines are "name, calls in month 1"; --growth is a monthly rate (8%, 0.08 or -5%),
      --months 1 to 36: per month postpaid only vs the cheapest pack plan, totals and the saving.
      --portable (forecast, ladder, scenario, plan and ledger, with --xlsx): costs as native formulas
      over a price-table sheet (the ledger's packs over a Pack lots sheet too; the plan's packs stay
      values), so the workbook recalculates in Excel, LibreOffice and WPS without the add-in.`,
  needsValue: (flag) => `${flag} needs a value`,
  mustBeOneOf: (flag, allowed) => `${flag} must be ${quoteAll(allowed, " or ")}`,
  required: (flag) => `${flag} is required`,
  unexpectedArgument: (arg) => `unexpected argument "${arg}"`,
  unknownComparison: (kind) => `unknown comparison "${kind}"`,
  portableForecastOnly:
    "--portable is offered for the forecast, the ladder, the scenario, the plan and the ledger only",
  portableNeedsXlsx: "--portable writes a workbook: give --xlsx FILE",
  distMissing: "dist/functions.js is missing: run `npm run build` first.",
  fnNeedsName: "tcprice fn needs a function name before its arguments",
  noSuchFunction: (name, names) => `There is no function TCLOUD.${name}. Functions: ${names.join(", ")}`,
  hostConverts: (argument, fn, found) =>
    found === null
      ? `#VALUE!: the argument ${argument} of TCLOUD.${fn} takes one value, not a range (Excel shows no message for it).`
      : `#VALUE!: Excel converts the argument ${argument} to a number before calling TCLOUD.${fn}, and "${found}" is not one (Excel shows no message for it).`,
  validateNeedsFile: "catalog validate needs at least one file",
  cannotRead: (file, reason) => `${file}: cannot read: ${reason}`,
  problemCount: (file, count) => `${file}: ${plural(count, "problem", "problems")}`,
  validOk: (file, id, items) => `${file}: ok, catalog ${id} (${plural(items, "billing item", "billing items")})`,
  validBookOk: (file, id, base, terms) =>
    `${file}: ok, price book ${id} on ${base} (${plural(terms, "adjustment", "adjustments")})`,
  internalError: (message) => `tcprice: ${message}`,
};

const ZH: CliWords = {
  usage: (compare) => `tcprice：在命令行中查询腾讯云文字识别和人脸识别的价格

  tcprice fn 函数名 [参数 ...] [--catalog 文件 ...]
      像 Excel 一样调用自定义函数 TCLOUD.函数名，并输出结果。
      数字形式的参数是数字，"" 是空白单元格，[["a"],["b"]] 是区域（null 为空白单元格）。
      每个参数按其声明的类型像 Excel 一样转换；空白单元格按桌面版 Excel 传入（0），
      加 --host web 时按网页版 Excel 传入（null）。
      --catalog 文件：先载入一个价格目录版本或价格册（之后用其 ID 引用）。
      Excel 错误以“#错误码: 说明”输出到标准错误，退出码为 2。
  tcprice fn --list                 已注册的函数及其参数
${compare}
  tcprice catalog validate 文件...  像任务窗格载入时一样检查价格目录文件：列出每个问题及其
                                    JSON 路径（有问题时退出码为 1）；提示（如计费项改名）不算失败
  tcprice catalog list              内置的价格目录版本

  --lang zh-CN|en（可放在命令行任意位置）：用中文或英文回答；默认按 LC_ALL、LC_MESSAGES
  或 LANG 的语言（zh* 为中文），否则为英文。

示例：
  tcprice fn OCR_COST 银行卡识别 2500 1000          → 75
  tcprice fn OCR_MAX_CALLS 身份证识别 1349           → 14490（1,349 元最多可买的调用次数）
  tcprice compare ledger --item 身份证识别 --months 25000,25000,25000 --purchases '1,100000,3500'
  tcprice fn OCR_BILL '[["身份证识别"],["IDCardOCR"]]' '[[5000],[6000]]'
  tcprice fn PRICES 身份证识别 tencent-2019-ocr
  tcprice --lang zh-CN compare plan --version tencent-current --item 身份证识别 --months 25000,25000`,
  compareUsage: `  tcprice compare forecast --versions A,B[,C] [--lines 文件|-] [--product ocr|face] [--xlsx 文件 --portable]
  tcprice compare price-changes --from A --to B [--product ocr|face] [--changed-only]
  tcprice compare ladder --versions A[,B] --items X[,Y] [--volumes 列表] [--xlsx 文件 --portable]
  tcprice compare plan --version V --item X --months 列表 [--pack-prices 规格=价格,…] [--xlsx 文件 --portable]
  tcprice compare history --items X[,Y] [--what postpaid|packs]
  tcprice compare ledger --item X --months 列表 [--purchases 文件|-|列表] [--version V] [--product ocr|face] [--xlsx 文件 --portable]
  tcprice compare scenario --versions A[,B] --growth 增长率 --months N [--lines 文件|-] [--product ocr|face] [--xlsx 文件 --portable]
      每个命令把表格输出为制表符分隔的行；--json 输出为 JSON（用量预测另含
      "totals"：版本 ID → 其账单，为数字或 {"error": "#N/A"}）；--xlsx 文件：写出工作簿。
      预测行（“名称, 调用量[, 资源包抵扣量]”或制表符分隔）来自 --lines 文件，
      或用 --lines - 从标准输入读取。数字可写作 1,000,000、１０００ 或 100万。
      资源包台账的购买记录为“购买月份, 资源包规格, 实付价格”，每行一条（或用“;”分隔），来自文件、
      标准输入（-）或参数本身（"1,100000,3500; 1,100000,3500"）；不给则不买资源包。
      增长情景的行为“名称, 第 1 个月调用量”；--growth 为月增长率（8%、0.08 或 -5%），
      --months 为 1 到 36：逐月对比全部后付费与最省的资源包方案，含合计和节省金额。
      --portable（用量预测、用量阶梯、用量情景、资源包方案和资源包台账，配合 --xlsx）：费用为基于价格表
      工作表（台账的资源包另基于资源包批次工作表；方案的资源包仍为数值）的原生公式，工作簿无需加载项
      即可在 Excel、LibreOffice 和 WPS 中重新计算。`,
  needsValue: (flag) => `${flag} 需要一个值`,
  mustBeOneOf: (flag, allowed) => `${flag} 必须是 ${quoteAll(allowed, " 或 ")}`,
  required: (flag) => `缺少 ${flag}`,
  unexpectedArgument: (arg) => `无法识别的参数“${arg}”`,
  unknownComparison: (kind) => `没有名为“${kind}”的对比`,
  portableForecastOnly:
    "--portable 只用于用量预测（forecast）、用量阶梯（ladder）、用量情景（scenario）、资源包方案（plan）和资源包台账（ledger）",
  portableNeedsXlsx: "--portable 会写出工作簿：请给出 --xlsx 文件",
  distMissing: "缺少 dist/functions.js：请先运行 `npm run build`。",
  fnNeedsName: "`tcprice fn` 的参数之前需要函数名",
  noSuchFunction: (name, names) => `没有函数 TCLOUD.${name}。可用函数：${names.join("、")}`,
  hostConverts: (argument, fn, found) =>
    found === null
      ? `#VALUE!：TCLOUD.${fn} 的参数“${argument}”只接受一个值，不接受区域（Excel 对此不显示说明）。`
      : `#VALUE!：Excel 在调用 TCLOUD.${fn} 之前会把参数“${argument}”转换为数字，而“${found}”不是数字（Excel 对此不显示说明）。`,
  validateNeedsFile: "`catalog validate` 至少需要一个文件",
  cannotRead: (file, reason) => `${file}：无法读取：${reason}`,
  problemCount: (file, count) => `${file}：${countIn("zh", count)} 个问题`,
  validOk: (file, id, items) => `${file}：通过，价格目录 ${id}（${countIn("zh", items)} 个计费项）`,
  validBookOk: (file, id, base, terms) => `${file}：通过，价格册 ${id}，基于 ${base}（${countIn("zh", terms)} 项调整）`,
  internalError: (message) => `tcprice：${message}`,
};

export const CLI_WORDS: Bilingual<CliWords> = { en: EN, zh: ZH };
export const cliWords: (lang?: MessageLang) => CliWords = wordsOf(CLI_WORDS);

/** The language of the answers: --lang zh-CN|en, else LC_ALL, LC_MESSAGES, LANG (zh* → Chinese), else English. */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): MessageLang {
  const tag = flag || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(tag) ? "zh" : "en";
}
