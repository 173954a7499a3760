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
import { compareUsage, runCompare } from "./compare";
import { cliLanguage, cliWords, type CliWords } from "./cliWords";
import type { MessageLang } from "../core/messages";
import { passArguments, type ExcelHostKind } from "./excelHost";
import { ExcelError, loadFunctions } from "./loadFunctions";

function fail(message: string, code = 1): never {
  process.stderr.write(message.endsWith("\n") ? message : message + "\n");
  process.exit(code);
}

/** --lang anywhere on the line (before or after the subcommand): the language and the other arguments. */
function takeLanguage(argv: readonly string[]): { lang: MessageLang; rest: string[] } {
  const rest: string[] = [];
  let flag: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== "--lang") {
      rest.push(argv[i]);
      continue;
    }
    flag = argv[++i];
    if (flag !== "zh-CN" && flag !== "en")
      fail(cliWords(cliLanguage(undefined, process.env)).mustBeOneOf("--lang", ["zh-CN", "en"]));
  }
  return { lang: cliLanguage(flag, process.env), rest };
}

/** Office's display language for the functions bundle. */
const displayLanguage = (lang: MessageLang): string => (lang === "zh" ? "zh-CN" : "en");

function takeOptions(
  args: string[],
  w: CliWords,
): {
  rest: string[];
  files: string[];
  host: ExcelHostKind;
} {
  const rest: string[] = [];
  const files: string[] = [];
  let host: ExcelHostKind = "desktop";
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--catalog") {
      if (i + 1 >= args.length) fail(w.needsValue("--catalog"));
      files.push(args[++i]);
    } else if (args[i] === "--host") {
      const value = args[++i];
      if (value !== "desktop" && value !== "web") fail(w.mustBeOneOf("--host", ["desktop", "web"]));
      host = value;
    } else rest.push(args[i]);
  }
  return { rest, files, host };
}

/** A parameter as the user's Excel names it: zh-CN Excel shows the translated name (functions.zh-CN.json). */
function shownParameter(
  distDir: string,
  lang: MessageLang,
  fnId: string,
  index: number | undefined,
): string | undefined {
  if (lang !== "zh" || index === undefined) return undefined;
  try {
    const zh = JSON.parse(fs.readFileSync(path.join(distDir, "functions.zh-CN.json"), "utf8")) as {
      functions: { id: string; parameters: { name: string }[] }[];
    };
    return zh.functions.find((f) => f.id === fnId)?.parameters[index]?.name;
  } catch {
    return undefined; // an older build without it: the id Excel stores
  }
}

function runFunction(args: string[], lang: MessageLang): void {
  const w = cliWords(lang);
  const distDir = path.resolve(__dirname, "..");
  if (!fs.existsSync(path.join(distDir, "functions.js"))) fail(w.distMissing);
  const { rest, files, host } = takeOptions(args, w);
  const { registered, metadata, context } = loadFunctions(distDir, { displayLanguage: displayLanguage(lang) });
  if (rest.length === 0 && files.length > 0) fail(w.fnNeedsName);
  if (rest[0] === "--list" || rest.length === 0) {
    for (const fn of metadata) {
      const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      process.stdout.write(`${fn.id}(${params})\n`);
    }
    return;
  }
  const [name, ...words] = rest;
  const fn = registered.get(name.toUpperCase().replace(/^TCLOUD\./, ""));
  if (!fn) fail(w.noSuchFunction(name, [...registered.keys()]));
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
      w.hostConverts(shownParameter(distDir, lang, meta.id, passed.index) ?? passed.argument, meta.id, passed.found),
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
function loadCatalogFile(registry: CatalogRegistry, file: string, lang: MessageLang): LoadResult {
  const tooLarge = sizeProblem(fs.statSync(file).size, lang);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const bytes = fs.readFileSync(file);
  const read = readCatalogText(bytes.toString("utf8"), lang, bytes.length);
  return read.ok ? loadCatalog(registry, read.value, lang) : read;
}

const listProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `  ${p.where}: ${p.message}\n`).join("");

function validateFiles(args: string[], lang: MessageLang): void {
  const w = cliWords(lang);
  const { rest: files } = takeOptions(args, w);
  if (files.length === 0) fail(w.validateNeedsFile);
  let bad = 0;
  for (const file of files) {
    // "ok" means it would load: checked against the built-in versions too (each file on its own).
    const builtIns = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
    let result: LoadResult;
    try {
      result = loadCatalogFile(builtIns, file, lang);
    } catch (error) {
      process.stdout.write(`${w.cannotRead(file, (error as Error).message)}\n`);
      bad++;
      continue;
    }
    if (!result.ok) {
      bad++;
      process.stdout.write(`${w.problemCount(file, result.problems.length)}\n`);
      process.stdout.write(listProblems(result.problems));
      continue;
    }
    const book = builtIns.book(result.id);
    const { ocr, face } = builtIns.catalog(result.id)!.products;
    const items = (ocr?.billingItems.length ?? 0) + (face?.billingItems.length ?? 0);
    const terms = book?.adjustments.length ?? 0;
    process.stdout.write(
      `${book ? w.validBookOk(file, result.id, book.basedOn, terms) : w.validOk(file, result.id, items)}\n`,
    );
    process.stdout.write(listProblems(result.notes ?? []));
  }
  if (bad > 0) process.exit(1);
}

/** compare: the comparisons over the CLI's own registry, with --catalog files loaded first. */
function runComparison(args: string[], lang: MessageLang): void {
  const { rest, files } = takeOptions(args, cliWords(lang));
  const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
  loadCatalogFiles(registry, files, lang);
  runCompare(rest, registry, {
    fail,
    out: (text) => process.stdout.write(text),
    readStdin: () => fs.readFileSync(0, "utf8"),
    lang,
  });
}

function loadCatalogFiles(registry: CatalogRegistry, files: readonly string[], lang: MessageLang): void {
  for (const file of files) {
    let result: LoadResult;
    try {
      result = loadCatalogFile(registry, file, lang);
    } catch (error) {
      fail(cliWords(lang).cannotRead(file, (error as Error).message));
    }
    if (!result.ok) fail(result.problems.map((p) => `${file}: ${p.where}: ${p.message}`).join("\n"));
  }
}

export function main(argv: string[]): void {
  const { lang, rest } = takeLanguage(argv);
  try {
    dispatch(rest, lang);
  } catch (error) {
    // Never a stack trace: what went wrong, in a line, and a non-zero exit.
    fail(cliWords(lang).internalError(error instanceof Error ? error.message : String(error)));
  }
}

function dispatch(argv: string[], lang: MessageLang): void {
  const [command, ...args] = argv;
  if (command === "fn") return runFunction(args, lang);
  if (command === "compare") return runComparison(args, lang);
  if (command === "catalog" && args[0] === "validate") return validateFiles(args.slice(1), lang);
  if (command === "catalog" && args[0] === "list") {
    for (const c of EMBEDDED_CATALOGS)
      process.stdout.write(
        `${c.id}\t${c.products.ocr?.effectiveDate ?? ""}\t${c.products.face?.effectiveDate ?? ""}\t${c.title}\n`,
      );
    return;
  }
  process.stdout.write(cliWords(lang).usage(compareUsage(lang)) + "\n");
  if (command !== undefined && command !== "--help" && command !== "-h" && command !== "help") process.exit(1);
}
