import * as vm from "vm";
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS, REGISTRY_KEY } from "../catalog/embedded";
import { CatalogRegistry } from "../catalog/registry";
import { loadCatalog } from "../catalog/loadCatalog";
import { readCatalogText, sizeProblem } from "../catalog/reader";
import type { Problem } from "../catalog/problem";
import type { LoadResult } from "../catalog/registry";
import { formatResult, parseCellArg } from "./cellArgs";
import { COMPARE_USAGE, runCompare } from "./compare";
import { passArguments, type ExcelHostKind } from "./excelHost";
import { ExcelError, loadFunctions } from "./loadFunctions";

const USAGE = `tcprice: Tencent Cloud OCR and Face Recognition prices from the command line

  tcprice fn NAME [ARG ...] [--catalog FILE ...]
      Call the custom function TCLOUD.NAME exactly as Excel would and print its result.
      Numeric words are numbers, "" is a blank cell, [["a"],["b"]] is a range (null = a blank cell).
      Each argument is converted as Excel converts it for its declared type; blank cells are
      passed as desktop Excel passes them (0), or as Excel on the web does with --host web (null).
      --catalog FILE loads a catalog version or a price book first (then name it by its id).
      --lang zh-CN|en answers in Chinese or English (default: LC_ALL / LANG, zh* = Chinese).
      An Excel error prints "#CODE: message" on stderr and exits 2.
  tcprice fn --list                 the registered functions and their arguments
${COMPARE_USAGE}
  tcprice catalog validate FILE... [--lang zh-CN|en]
                                    check catalog files as the pane loads them: every problem with its
                                    JSON path (exit 1 if any); notes (an item renamed) do not fail
  tcprice catalog list              the built-in catalog versions

Examples:
  tcprice fn OCR_COST 银行卡识别 2500 1000          → 75
  tcprice fn OCR_MAX_CALLS 身份证识别 1349           → 14490 (the most calls 1,349 buys)
  tcprice compare ledger --item 身份证识别 --months 25000,25000,25000 --purchases '1,100000,3500'
  tcprice fn OCR_BILL '[["身份证识别"],["IDCardOCR"]]' '[[5000],[6000]]'
  tcprice fn PRICES 身份证识别 tencent-2019-ocr`;

function fail(message: string, code = 1): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(code);
}

/** The language of the answers: --lang zh-CN|en, else LC_ALL / LANG (zh* → Chinese), else English. */
function languageOf(flag: string | undefined): "zh-CN" | "en" {
  const tag = flag || process.env.LC_ALL || process.env.LANG || "";
  return /^zh/i.test(tag) ? "zh-CN" : "en";
}

function takeOptions(args: string[]): {
  rest: string[];
  files: string[];
  host: ExcelHostKind;
  lang: "zh-CN" | "en";
} {
  const rest: string[] = [];
  const files: string[] = [];
  let host: ExcelHostKind = "desktop";
  let langFlag: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--catalog") {
      if (i + 1 >= args.length) fail("--catalog needs a file name");
      files.push(args[++i]);
    } else if (args[i] === "--host") {
      const value = args[++i];
      if (value !== "desktop" && value !== "web") fail('--host must be "desktop" or "web"');
      host = value;
    } else if (args[i] === "--lang") {
      langFlag = args[++i];
      if (langFlag !== "zh-CN" && langFlag !== "en") fail('--lang must be "zh-CN" or "en"');
    } else rest.push(args[i]);
  }
  return { rest, files, host, lang: languageOf(langFlag) };
}

function runFunction(args: string[]): void {
  const distDir = path.resolve(__dirname, "..");
  if (!fs.existsSync(path.join(distDir, "functions.js")))
    fail("dist/functions.js is missing: run `npm run build` first.");
  const { rest, files, host, lang } = takeOptions(args);
  const { registered, metadata, context } = loadFunctions(distDir, { displayLanguage: lang });
  if (rest.length === 0 && files.length > 0) fail("tcprice fn needs a function name before its arguments");
  if (rest[0] === "--list" || rest.length === 0) {
    for (const fn of metadata) {
      const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      process.stdout.write(`${fn.id}(${params})\n`);
    }
    return;
  }
  const [name, ...words] = rest;
  const fn = registered.get(name.toUpperCase().replace(/^TCLOUD\./, ""));
  if (!fn)
    fail(
      lang === "zh-CN"
        ? `没有函数 TCLOUD.${name}。可用函数：${[...registered.keys()].join("、")}`
        : `There is no function TCLOUD.${name}. Functions: ${[...registered.keys()].join(", ")}`,
    );
  if (files.length > 0) {
    registered.get("CATALOGS")!(); // creates the runtime's registry
    // Symbol-keyed globals of a vm context are not mirrored on the sandbox object: read it inside.
    const registry = vm.runInContext(
      `globalThis[Symbol.for(${JSON.stringify(REGISTRY_KEY.description)})]`,
      context,
    ) as CatalogRegistry;
    loadCatalogFiles(registry, files, lang);
  }
  const meta = metadata.find((f) => f.id === name.toUpperCase().replace(/^TCLOUD\./, ""))!;
  const passed = passArguments(meta, words.map(parseCellArg), host);
  if ("hostError" in passed)
    fail(
      lang === "zh-CN"
        ? `#VALUE!：Excel 在调用 TCLOUD.${meta.id} 之前会把参数 ${passed.argument} 转换为数字，而这段文本不是数字（Excel 对此不显示说明）。`
        : `#VALUE!: Excel converts the argument ${passed.argument} to a number before calling TCLOUD.${meta.id}, and this text is not one (Excel shows no message for it).`,
      2,
    );
  try {
    const result = fn(...passed.args);
    process.stdout.write(formatResult(result) + "\n");
  } catch (error) {
    if (error instanceof Error && "code" in error) fail(`${(error as ExcelError).code}: ${error.message}`, 2);
    throw error;
  }
}

/**
 * Reads one catalog file exactly as the pane reads a picked file (the shared reader: size
 * limit before reading, BOM, JSON) and loads it into `registry` as the pane does.
 */
function loadCatalogFile(registry: CatalogRegistry, file: string, lang: "zh-CN" | "en"): LoadResult {
  const words = lang === "zh-CN" ? "zh" : "en";
  const tooLarge = sizeProblem(fs.statSync(file).size, words);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const bytes = fs.readFileSync(file);
  const read = readCatalogText(bytes.toString("utf8"), words, bytes.length);
  return read.ok ? loadCatalog(registry, read.value, words) : read;
}

const listProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `  ${p.where}: ${p.message}\n`).join("");

function validateFiles(args: string[]): void {
  const { rest: files, lang } = takeOptions(args);
  if (files.length === 0) fail("catalog validate needs at least one file");
  let bad = 0;
  for (const file of files) {
    // "ok" means it would load: checked against the built-in versions too (each file on its own).
    const builtIns = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
    let result: LoadResult;
    try {
      result = loadCatalogFile(builtIns, file, lang);
    } catch (error) {
      process.stdout.write(`${file}: cannot read: ${(error as Error).message}\n`);
      bad++;
      continue;
    }
    if (!result.ok) {
      bad++;
      const count = result.problems.length;
      process.stdout.write(
        lang === "zh-CN" ? `${file}：${count} 个问题\n` : `${file}: ${count} problem${count === 1 ? "" : "s"}\n`,
      );
      process.stdout.write(listProblems(result.problems));
      continue;
    }
    const book = builtIns.book(result.id);
    const { ocr, face } = builtIns.catalog(result.id)!.products;
    const items = (ocr?.billingItems.length ?? 0) + (face?.billingItems.length ?? 0);
    const terms = book?.adjustments.length ?? 0;
    process.stdout.write(
      book
        ? lang === "zh-CN"
          ? `${file}：通过，价格册 ${result.id}，基于 ${book.basedOn}（${terms} 项调整）\n`
          : `${file}: ok, price book ${result.id} on ${book.basedOn} (${terms} adjustment${terms === 1 ? "" : "s"})\n`
        : lang === "zh-CN"
          ? `${file}：通过，价目版本 ${result.id}（${items} 个计费项）\n`
          : `${file}: ok, catalog ${result.id} (${items} billing items)\n`,
    );
    process.stdout.write(listProblems(result.notes ?? []));
  }
  if (bad > 0) process.exit(1);
}

/** compare: the comparisons over the CLI's own registry, with --catalog files loaded first. */
function runComparison(args: string[]): void {
  const { rest, files, lang } = takeOptions(args);
  const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
  loadCatalogFiles(registry, files, lang);
  runCompare(rest, registry, {
    fail,
    out: (text) => process.stdout.write(text),
    readStdin: () => fs.readFileSync(0, "utf8"),
    lang: lang === "zh-CN" ? "zh" : "en",
  });
}

function loadCatalogFiles(registry: CatalogRegistry, files: readonly string[], lang: "zh-CN" | "en" = "en"): void {
  for (const file of files) {
    let result: LoadResult;
    try {
      result = loadCatalogFile(registry, file, lang);
    } catch (error) {
      fail(`${file}: cannot read: ${(error as Error).message}`);
    }
    if (!result.ok) fail(result.problems.map((p) => `${file}: ${p.where}: ${p.message}`).join("\n"));
  }
}

export function main(argv: string[]): void {
  try {
    dispatch(argv);
  } catch (error) {
    // Never a stack trace: what went wrong, in a line, and a non-zero exit.
    fail(`tcprice: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function dispatch(argv: string[]): void {
  const [command, ...args] = argv;
  if (command === "fn") return runFunction(args);
  if (command === "compare") return runComparison(args);
  if (command === "catalog" && args[0] === "validate") return validateFiles(args.slice(1));
  if (command === "catalog" && args[0] === "list") {
    for (const c of EMBEDDED_CATALOGS)
      process.stdout.write(
        `${c.id}\t${c.products.ocr?.effectiveDate ?? ""}\t${c.products.face?.effectiveDate ?? ""}\t${c.title}\n`,
      );
    return;
  }
  process.stdout.write(USAGE + "\n");
  if (command !== undefined && command !== "--help" && command !== "-h" && command !== "help") process.exit(1);
}
