import * as fs from "fs";
import type { CatalogRegistry } from "../catalog/registry";
import { forecast } from "../compare/forecast";
import { portableForecast, type PortableWorkbook } from "../compare/portable/forecastWorkbook";
import { portableLadder } from "../compare/portable/ladderWorkbook";
import { volumeLadder } from "../compare/ladder";
import { packLedgerSheet } from "../compare/packLedgerSheet";
import { planSheet } from "../compare/planSheet";
import { priceChanges } from "../compare/priceChanges";
import { priceHistorySheet } from "../compare/priceHistory";
import { scenario } from "../compare/scenario";
import {
  isErrorCell,
  type CellValue,
  type ComparisonTable,
  type ForecastInput,
  type ProductChoice,
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

export const COMPARE_USAGE = `  tcprice compare forecast --versions A,B[,C] [--lines FILE|-] [--product ocr|face] [--xlsx FILE --portable]
  tcprice compare price-changes --from A --to B [--product ocr|face] [--changed-only]
  tcprice compare ladder --versions A[,B] --items X[,Y] [--volumes LIST] [--xlsx FILE --portable]
  tcprice compare plan --version V --item X --months LIST [--pack-prices SIZE=PRICE,…]
  tcprice compare history --items X[,Y] [--what postpaid|packs]
  tcprice compare ledger --item X --months LIST [--purchases FILE|-|LIST] [--version V] [--product ocr|face]
  tcprice compare scenario --versions A[,B] --growth RATE --months N [--lines FILE|-] [--product ocr|face]
      Each prints its table as tab-separated rows; --json prints it as JSON (the forecast adds
      "totals": version id → its bill, a number or {"error": "#N/A"}); --xlsx FILE writes the workbook.
      Forecast lines ("name, volume[, prepaid]" or tab-separated) come from --lines FILE, or
      standard input with --lines -. Numbers may be written 1,000,000, １０００ or 100万.
      Ledger purchases are "month, pack size, price paid", one a line (or separated by ";"), from a
      file, standard input (-) or the argument itself ("1,100000,3500; 1,100000,3500"); none = no packs.
      Scenario lines are "name, calls in month 1"; --growth is a monthly rate (8%, 0.08 or -5%),
      --months 1 to 36: per month postpaid only vs the cheapest pack plan, totals and the saving.
      --portable (forecast and ladder, with --xlsx): costs as native formulas over a price-table
      sheet, so the workbook recalculates in Excel, LibreOffice and WPS without the add-in.`;

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
      if (i + 1 >= args.length) io.fail(`${arg} needs a value`);
      flags.set(arg, args[++i]);
    } else io.fail(`unexpected argument "${arg}"\n${COMPARE_USAGE}`);
  }
  return flags;
}

const text = (flags: Flags, name: string): string | undefined => {
  const value = flags.get(name);
  return typeof value === "string" ? value : undefined;
};

function required(flags: Flags, name: string, io: CompareIo): string {
  const value = text(flags, name);
  if (value === undefined || value.trim() === "") io.fail(`${name} is required\n${COMPARE_USAGE}`);
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
  if (value !== "ocr" && value !== "face") io.fail('--product must be "ocr" or "face"');
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

function ladderInput(flags: Flags, io: CompareIo): { apis: string[]; volumes: number[]; versions: string[] } {
  const volumes = parsedOrFail(parseVolumes(text(flags, "--volumes") ?? "", translator(io.lang)), io);
  return { apis: list(required(flags, "--items", io)), volumes, versions: list(required(flags, "--versions", io)) };
}

/** The forecast or the ladder as a workbook that recalculates without the add-in. */
function portableWorkbook(kind: string, flags: Flags, registry: CatalogRegistry, io: CompareIo): PortableWorkbook {
  const opts = { product: product(flags, io), lang: io.lang };
  try {
    if (kind === "ladder") {
      const { apis, volumes, versions } = ladderInput(flags, io);
      return portableLadder(registry, apis, volumes, versions, opts);
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
  const t = translator(io.lang);
  switch (kind) {
    case "forecast": {
      const { lines, versions } = forecastInput(flags, io);
      return forecast(registry, lines, versions, { product: product(flags, io), liveFormulas: false, lang: io.lang });
    }
    case "price-changes":
      return priceChanges(registry, required(flags, "--from", io), required(flags, "--to", io), product(flags, io), {
        changedOnly: flags.has("--changed-only"),
      });
    case "ladder": {
      const { apis, volumes, versions } = ladderInput(flags, io);
      return volumeLadder(registry, apis, volumes, versions, { product: product(flags, io), lang: io.lang });
    }
    case "plan": {
      const months = parsedOrFail(parseVolumes(required(flags, "--months", io), t), io);
      const prices = parsedOrFail(parsePackPrices(text(flags, "--pack-prices") ?? "", t), io);
      return planSheet(
        registry,
        required(flags, "--item", io),
        months,
        required(flags, "--version", io),
        prices.length > 0 ? prices : undefined,
        { product: product(flags, io) },
      );
    }
    case "ledger":
      return packLedgerSheet(
        registry,
        required(flags, "--item", io),
        parsedOrFail(parseVolumes(required(flags, "--months", io), t), io),
        parsedOrFail(parsePurchases(purchasesText(flags, io), t), io),
        text(flags, "--version") ?? registry.defaultId,
        { product: product(flags, io), lang: io.lang },
      );
    case "scenario": {
      const source = text(flags, "--lines") ?? "-";
      const input = source === "-" ? io.readStdin() : fs.readFileSync(source, "utf8");
      return scenario(
        registry,
        parsedOrFail(parseScenarioRows(input, t), io),
        list(required(flags, "--versions", io)),
        {
          growth: parsedOrFail(parseGrowth(required(flags, "--growth", io), t), io),
          months: parsedOrFail(parseMonths(required(flags, "--months", io), t), io),
          product: product(flags, io),
          liveFormulas: false,
          lang: io.lang,
        },
      );
    }
    case "history": {
      const what = text(flags, "--what") ?? "postpaid";
      if (what !== "postpaid" && what !== "packs") io.fail('--what must be "postpaid" or "packs"');
      return priceHistorySheet(registry, list(required(flags, "--items", io)), what, { lang: io.lang });
    }
  }
  return io.fail(`unknown comparison "${kind}"\n${COMPARE_USAGE}`);
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
export function tableJson(table: ComparisonTable): unknown {
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
    const versions = table.columns.filter((c) => c.endsWith(" (CNY)")).map((c) => c.slice(0, -" (CNY)".length));
    json.totalsRow = table.totals;
    json.totals = Object.fromEntries(versions.map((v, i) => [v, table.totals![4 + i]]));
  }
  return json;
}

export function runCompare(args: readonly string[], registry: CatalogRegistry, io: CompareIo): void {
  const [kind, ...rest] = args;
  if (!kind) io.fail(COMPARE_USAGE);
  const flags = readFlags(rest, io);
  const xlsx = text(flags, "--xlsx");
  if (flags.has("--portable")) {
    // Price changes, plans and histories compare prices or search packs: no cost cell to recompute.
    if (kind !== "forecast" && kind !== "ladder")
      io.fail(`--portable is offered for the forecast and the ladder only\n${COMPARE_USAGE}`);
    if (!xlsx) io.fail("--portable writes a workbook: give --xlsx FILE");
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
  } else if (flags.has("--json")) io.out(`${JSON.stringify(tableJson(table), null, 2)}\n`);
  else io.out(tableTsv(table));
}
