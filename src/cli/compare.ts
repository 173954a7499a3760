import * as fs from "fs";
import type { CatalogRegistry } from "../catalog/registry";
import { forecast } from "../compare/forecast";
import { forecastWords } from "../compare/forecastWords";
import { cliWords } from "./cliWords";
import { portableForecast, type PortableWorkbook } from "../compare/portable/forecastWorkbook";
import { portableLadder } from "../compare/portable/ladderWorkbook";
import { portableScenario } from "../compare/portable/scenarioWorkbook";
import { portableLedger } from "../compare/portable/ledgerWorkbook";
import { portablePlan } from "../compare/portable/planWorkbook";
import { volumeLadder } from "../compare/ladder";
import { packLedgerSheet, type PurchaseInput } from "../compare/packLedgerSheet";
import { planSheet } from "../compare/planSheet";
import { priceChanges } from "../compare/priceChanges";
import { priceHistorySheet } from "../compare/priceHistory";
import { scenario } from "../compare/scenario";
import {
  isErrorCell,
  type CellValue,
  type ComparisonTable,
  type ForecastInput,
  type PackPriceInput,
  type ProductChoice,
  type ScenarioInput,
  type ScenarioOptions,
} from "../compare/types";
import { PricingError } from "../core/errors";
import { failureMessage, type MessageLang } from "../core/messages";
import { translator } from "../taskpane/i18n";
import { formatResult } from "./cellArgs";
import { parseForecastRows, parsePackPrices, parseVolumes } from "../taskpane/inputs";
import { parsePurchases } from "../taskpane/ledgerInputs";
import { parseGrowth, parseMonths, parseScenarioRows } from "../taskpane/scenarioInputs";
import { tableToXlsxSheet } from "../taskpane/tableSheet";
import { buildXlsx } from "../taskpane/xlsx";

/**
 * tcprice compare …: the pane's comparisons for scripts and monthly reports, built by the same
 * src/compare builders from the same registry and input readers, printed as tab-separated text,
 * as JSON, or written as the .xlsx workbook the pane downloads.
 */

/** The compare subcommands' usage, in a language. */
export const compareUsage = (lang: MessageLang = "en"): string => cliWords(lang).compareUsage;

export interface CompareIo {
  readonly fail: (message: string, code?: number) => never;
  readonly out: (text: string) => void;
  readonly readStdin: () => string;
  readonly lang: MessageLang;
}

type Flags = Map<string, string | true>;

const FLAGS_WITH_VALUES = new Set([
  "--versions",
  "--lines",
  "--product",
  "--from",
  "--to",
  "--items",
  "--volumes",
  "--version",
  "--item",
  "--months",
  "--pack-prices",
  "--xlsx",
  "--what",
  "--purchases",
  "--growth",
]);
const SWITCHES = new Set(["--json", "--changed-only", "--portable"]);

function readFlags(args: readonly string[], io: CompareIo): Flags {
  const flags: Flags = new Map();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (SWITCHES.has(arg)) flags.set(arg, true);
    else if (FLAGS_WITH_VALUES.has(arg)) {
      if (i + 1 >= args.length) io.fail(cliWords(io.lang).needsValue(arg));
      flags.set(arg, args[++i]);
    } else io.fail(`${cliWords(io.lang).unexpectedArgument(arg)}\n${compareUsage(io.lang)}`);
  }
  return flags;
}

const text = (flags: Flags, name: string): string | undefined => {
  const value = flags.get(name);
  return typeof value === "string" ? value : undefined;
};

function required(flags: Flags, name: string, io: CompareIo): string {
  const value = text(flags, name);
  if (value === undefined || value.trim() === "")
    io.fail(`${cliWords(io.lang).required(name)}\n${compareUsage(io.lang)}`);
  return value;
}

const list = (value: string): string[] =>
  value
    .split(/[,，]/)
    .map((v) => v.trim())
    .filter((v) => v !== "");

function product(flags: Flags, io: CompareIo): ProductChoice | undefined {
  const value = text(flags, "--product");
  if (value === undefined) return undefined;
  if (value !== "ocr" && value !== "face") io.fail(cliWords(io.lang).mustBeOneOf("--product", ["ocr", "face"]));
  return value;
}

function parsedOrFail<T>(parsed: { ok: true; value: T } | { ok: false; errors: readonly string[] }, io: CompareIo): T {
  if (!parsed.ok) io.fail(parsed.errors.join("\n"));
  return parsed.value;
}

function forecastInput(flags: Flags, io: CompareIo): { lines: ForecastInput[]; versions: string[] } {
  const source = text(flags, "--lines") ?? "-";
  const input = source === "-" ? io.readStdin() : fs.readFileSync(source, "utf8");
  const lines = parsedOrFail(parseForecastRows(input, translator(io.lang)), io);
  return { lines, versions: list(required(flags, "--versions", io)) };
}

/** --purchases: standard input (-), a file of that name, or the purchases written out. */
function purchasesText(flags: Flags, io: CompareIo): string {
  const value = text(flags, "--purchases");
  if (value === undefined) return "";
  if (value === "-") return io.readStdin();
  return fs.existsSync(value) && fs.statSync(value).isFile() ? fs.readFileSync(value, "utf8") : value;
}

function planInput(
  flags: Flags,
  io: CompareIo,
): { item: string; months: number[]; version: string; prices: PackPriceInput[] | undefined } {
  const t = translator(io.lang);
  const prices = parsedOrFail(parsePackPrices(text(flags, "--pack-prices") ?? "", t), io);
  return {
    item: required(flags, "--item", io),
    months: parsedOrFail(parseVolumes(required(flags, "--months", io), t), io),
    version: required(flags, "--version", io),
    prices: prices.length > 0 ? prices : undefined,
  };
}

function ledgerInput(
  flags: Flags,
  registry: CatalogRegistry,
  io: CompareIo,
): { item: string; months: number[]; purchases: PurchaseInput[]; version: string } {
  const t = translator(io.lang);
  return {
    item: required(flags, "--item", io),
    months: parsedOrFail(parseVolumes(required(flags, "--months", io), t), io),
    purchases: parsedOrFail(parsePurchases(purchasesText(flags, io), t), io),
    version: text(flags, "--version") ?? registry.defaultId,
  };
}

function ladderInput(flags: Flags, io: CompareIo): { apis: string[]; volumes: number[]; versions: string[] } {
  const volumes = parsedOrFail(parseVolumes(text(flags, "--volumes") ?? "", translator(io.lang)), io);
  return { apis: list(required(flags, "--items", io)), volumes, versions: list(required(flags, "--versions", io)) };
}

function scenarioInput(
  flags: Flags,
  io: CompareIo,
): { lines: ScenarioInput[]; versions: string[]; opts: Omit<ScenarioOptions, "liveFormulas"> } {
  const t = translator(io.lang);
  const source = text(flags, "--lines") ?? "-";
  const input = source === "-" ? io.readStdin() : fs.readFileSync(source, "utf8");
  return {
    lines: parsedOrFail(parseScenarioRows(input, t), io),
    versions: list(required(flags, "--versions", io)),
    opts: {
      growth: parsedOrFail(parseGrowth(required(flags, "--growth", io), t), io),
      months: parsedOrFail(parseMonths(required(flags, "--months", io), t), io),
      product: product(flags, io),
      lang: io.lang,
    },
  };
}

/** The forecast, the ladder, the scenario, the plan or the pack ledger as a workbook that recalculates without the add-in. */
function portableWorkbook(kind: string, flags: Flags, registry: CatalogRegistry, io: CompareIo): PortableWorkbook {
  const opts = { product: product(flags, io), lang: io.lang };
  try {
    if (kind === "ladder") {
      const { apis, volumes, versions } = ladderInput(flags, io);
      return portableLadder(registry, apis, volumes, versions, opts);
    }
    if (kind === "scenario") {
      const given = scenarioInput(flags, io);
      return portableScenario(registry, given.lines, given.versions, given.opts);
    }
    if (kind === "plan") {
      const { item, months, version, prices } = planInput(flags, io);
      return portablePlan(registry, item, months, version, prices, opts);
    }
    if (kind === "ledger") {
      const { item, months, purchases, version } = ledgerInput(flags, registry, io);
      return portableLedger(registry, item, months, purchases, version, opts);
    }
    const { lines, versions } = forecastInput(flags, io);
    return portableForecast(registry, lines, versions, opts);
  } catch (error) {
    if (error instanceof PricingError) io.fail(failureMessage(error.failure, io.lang));
    throw error;
  }
}

/** Builds the table a subcommand asks for. */
function build(kind: string, flags: Flags, registry: CatalogRegistry, io: CompareIo): ComparisonTable {
  switch (kind) {
    case "forecast": {
      const { lines, versions } = forecastInput(flags, io);
      return forecast(registry, lines, versions, { product: product(flags, io), liveFormulas: false, lang: io.lang });
    }
    case "price-changes":
      return priceChanges(registry, required(flags, "--from", io), required(flags, "--to", io), product(flags, io), {
        changedOnly: flags.has("--changed-only"),
        lang: io.lang,
      });
    case "ladder": {
      const { apis, volumes, versions } = ladderInput(flags, io);
      return volumeLadder(registry, apis, volumes, versions, { product: product(flags, io), lang: io.lang });
    }
    case "plan": {
      const { item, months, version, prices } = planInput(flags, io);
      return planSheet(registry, item, months, version, prices, { product: product(flags, io), lang: io.lang });
    }
    case "ledger": {
      const { item, months, purchases, version } = ledgerInput(flags, registry, io);
      return packLedgerSheet(registry, item, months, purchases, version, {
        product: product(flags, io),
        lang: io.lang,
      });
    }
    case "scenario": {
      const { lines, versions, opts } = scenarioInput(flags, io);
      return scenario(registry, lines, versions, { ...opts, liveFormulas: false });
    }
    case "history": {
      const what = text(flags, "--what") ?? "postpaid";
      if (what !== "postpaid" && what !== "packs")
        io.fail(cliWords(io.lang).mustBeOneOf("--what", ["postpaid", "packs"]));
      return priceHistorySheet(registry, list(required(flags, "--items", io)), what, { lang: io.lang });
    }
  }
  return io.fail(`${cliWords(io.lang).unknownComparison(kind)}\n${compareUsage(io.lang)}`);
}

/** A cell as `tcprice fn` prints one: numbers as plain decimals (never 1e+21), errors as their code. */
const cellText = (value: CellValue): string => (isErrorCell(value) ? value.error : formatResult(value));

/** The table as the sheet shows it, tab-separated: header block, blank line, columns, rows, totals, notes. */
export function tableTsv(table: ComparisonTable): string {
  const rows: CellValue[][] = [
    ...table.headerBlock,
    [],
    table.columns,
    ...table.rows,
    ...(table.totals ? [table.totals] : []),
  ];
  const body = rows.map((row) => row.map(cellText).join("\t")).join("\n");
  return table.notes?.length ? `${body}\n\n${table.notes.join("\n")}\n` : `${body}\n`;
}

/** The table as JSON; a forecast adds its totals by version id. */
export function tableJson(table: ComparisonTable, lang: MessageLang = "en"): unknown {
  const json: Record<string, unknown> = {
    kind: table.kind,
    title: table.title,
    headerBlock: table.headerBlock,
    columns: table.columns,
    rows: table.rows,
    totals: table.totals ?? null,
    notes: table.notes ?? [],
  };
  if (table.kind === "forecast" && table.totals) {
    // The bill of each version: a number, or {"error": "#N/A"} when a line has no price.
    // The cost columns are worded "<version> (CNY)" / "<version>（元）": the version is what precedes the suffix.
    const suffix = forecastWords(lang).cost("");
    const versions = table.columns.filter((c) => c.endsWith(suffix)).map((c) => c.slice(0, -suffix.length));
    json.totalsRow = table.totals;
    json.totals = Object.fromEntries(versions.map((v, i) => [v, table.totals![4 + i]]));
  }
  return json;
}

export function runCompare(args: readonly string[], registry: CatalogRegistry, io: CompareIo): void {
  const [kind, ...rest] = args;
  if (!kind) io.fail(compareUsage(io.lang));
  const flags = readFlags(rest, io);
  const xlsx = text(flags, "--xlsx");
  if (flags.has("--portable")) {
    // Price changes and histories compare prices: no cost cell to recompute.
    if (!["forecast", "ladder", "scenario", "plan", "ledger"].includes(kind))
      io.fail(`${cliWords(io.lang).portableForecastOnly}\n${compareUsage(io.lang)}`);
    if (!xlsx) io.fail(cliWords(io.lang).portableNeedsXlsx);
    fs.writeFileSync(xlsx, buildXlsx(portableWorkbook(kind, flags, registry, io).sheets));
    io.out(`${xlsx}\n`);
    return;
  }
  let table: ComparisonTable;
  try {
    table = build(kind, flags, registry, io);
  } catch (error) {
    if (error instanceof PricingError) io.fail(failureMessage(error.failure, io.lang));
    throw error;
  }
  if (xlsx) {
    fs.writeFileSync(xlsx, buildXlsx([tableToXlsxSheet(table)]));
    io.out(`${xlsx}\n`);
  } else if (flags.has("--json")) io.out(`${JSON.stringify(tableJson(table, io.lang), null, 2)}\n`);
  else io.out(tableTsv(table));
}
