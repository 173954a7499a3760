import type { CatalogRegistry } from "../catalog/registry";
import { PricingError } from "../core/errors";
import { fmtCount } from "../core/messages";
import type { ItemModel, ProductKind, ProductModel } from "../core/model";
import { Money, ZERO } from "../core/money";
import { assertGrowth, blockMonths, growthVolumes, scenarioMonths, type ScenarioMonth } from "../core/scenario";
import { cellAddress, columnLetter, tableLayout } from "./layout";
import { scenarioWords } from "./scenarioWords";
import {
  cellNumber,
  errorText,
  formulaString,
  itemOrError,
  NoteCollector,
  nowIso,
  productCache,
  productFor,
} from "./shared";
import {
  FORMAT_CNY,
  FORMAT_COUNT,
  type CellValue,
  type ComparisonTable,
  type ScenarioInput,
  type ScenarioOptions,
} from "./types";

const COST_FUNCTION: Readonly<Record<ProductKind, string>> = { ocr: "TCLOUD.OCR_COST", face: "TCLOUD.FACE_COST" };

/** Columns: interface | month | calls | per version: postpaid only, packs bought, packs, pack calls, with plan, saving. */
const COL_API = 0;
const COL_CALLS = 2;
const FIRST_VERSION_COL = 3;
const PER_VERSION = 6;
// Offsets within a version's columns (1 is "packs bought": text, no sum, no formula).
const [POSTPAID_ONLY, PACK_COST, PACK_CALLS, WITH_PLAN, SAVING] = [0, 2, 3, 4, 5];

/** "8%" from 0.08: the rate as the sheet states it (exact, never through a float). */
const percentText = (rate: Money): string => `${rate.times(100).toFixed()}%`;

/** The rate as given (decimal text or a number); text that is no number is a bad growth, not a crash. */
function growthOf(given: string | number): Money {
  const text = typeof given === "number" ? String(given) : given.trim();
  try {
    return new Money(text);
  } catch {
    throw new PricingError({ kind: "bad-growth", found: text });
  }
}

/** Sum of the months' figures, or the first failure among them. */
function sumOf(values: readonly (Money | PricingError)[]): Money | PricingError {
  const failed = values.find((v): v is PricingError => v instanceof PricingError);
  return failed ?? values.reduce((sum: Money, v) => sum.plus(v as Money), ZERO);
}

/** The cells a month's cost formula reads: its interface, its calls and the pack calls it uses ("0": none). */
export interface MonthCells {
  readonly api: string;
  readonly calls: string;
  readonly prepaid: string;
}

/**
 * Cost cells other than the add-in's TCLOUD functions (the portable workbook): the month's cost
 * of line `line` under version `version` as a formula expression, and the note that says how
 * the cells compute. The sheet around them (plan values, "with plan" = packs + cost, saving,
 * SUM totals) is the one layout below.
 */
export interface ScenarioCostFormulas {
  readonly cost: (line: number, version: number, cells: MonthCells) => string;
  readonly note: string;
}

const moneyCell = (value: Money | PricingError): CellValue =>
  value instanceof PricingError ? errorText(value) : cellNumber(value);

/**
 * The Scenario sheet: start volumes per item growing by one monthly rate over 1–36 months
 * (core/scenario: the growth rounding rule and the block-by-block cheapest pack plan), priced
 * under each version (or price book): per month the postpaid-only cost and the cost with the
 * cheapest pack plan, with totals and the saving. With liveFormulas the costs are
 * =TCLOUD.OCR_COST formulas over the calls and pack calls cells (or `costFormulas`' own, which
 * imply formulas); the plan itself is values.
 */
export function scenario(
  registry: CatalogRegistry,
  lines: readonly ScenarioInput[],
  versions: readonly string[],
  opts: ScenarioOptions,
  costFormulas?: ScenarioCostFormulas,
): ComparisonTable {
  if (versions.length === 0) throw new PricingError({ kind: "no-versions" });
  const twice = versions.find((v, i) => versions.indexOf(v) !== i);
  if (twice !== undefined) throw new PricingError({ kind: "version-twice", version: twice });
  if (lines.length === 0) throw new PricingError({ kind: "missing-argument", label: { key: "name" } });
  const rate = assertGrowth(growthOf(opts.growth));
  const w = scenarioWords(opts.lang);
  const live = opts.liveFormulas || costFormulas !== undefined;

  const kinds = new Map<string, ProductKind>();
  const lineKinds = lines.map((line) => productFor(registry, line.api, versions, opts.product, kinds));
  const cost =
    costFormulas?.cost ??
    ((i: number, v: number, c: MonthCells): string =>
      `${COST_FUNCTION[lineKinds[i]]}(${c.api},${c.calls},${c.prepaid},${formulaString(versions[v])})`);
  const productOf = productCache(registry);
  const volumes = lines.map((line) => growthVolumes(line.start, rate, opts.months));
  // Each line's item under each version; two lines of one billing item would share its quota and tier.
  const items = lines.map((line, i) =>
    versions.map((version) => itemOrError(productOf(lineKinds[i], version), line.api)),
  );
  versions.forEach((version, v) => {
    const seen = new Map<ItemModel, string>();
    items.forEach((row, i) => {
      const item = row[v];
      if (item instanceof PricingError) return;
      const other = seen.get(item);
      if (other !== undefined)
        throw new PricingError({
          kind: "scenario-shared-item",
          catalogId: version,
          item: item.name,
          names: [other, lines[i].api],
        });
      seen.set(item, lines[i].api);
    });
  });
  const months: (ScenarioMonth[] | PricingError)[][] = items.map((row, i) =>
    row.map((item, v) =>
      item instanceof PricingError
        ? item
        : scenarioMonths(productOf(lineKinds[i], versions[v]) as ProductModel, item, volumes[i]),
    ),
  );

  const columns = [
    w.columns.api,
    w.columns.month,
    w.columns.calls,
    ...versions.flatMap((v) => [
      w.postpaidOnly(v),
      w.packsBought(v),
      w.packCost(v),
      w.packCalls(v),
      w.withPlan(v),
      w.saving(v),
    ]),
  ];
  const headerBlock: CellValue[][] = [
    [w.title],
    [w.versionsCompared, versions.join(w.vs)],
    [w.generatedAt, nowIso(opts.generatedAt)],
    [w.from, w.source(lines.length, opts.months, percentText(rate))],
  ];
  const width = columns.length;
  const layout = tableLayout({
    headerBlock,
    columns,
    rows: new Array<CellValue[]>(lines.length * opts.months),
    totals: [],
  });
  const notes = new NoteCollector(opts.lang);
  const rows: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  // Per version and column: every month's figure, for the totals row.
  const sums = versions.map(() => Array.from({ length: PER_VERSION }, () => [] as (Money | PricingError)[]));
  const packCallSums = versions.map(() => [] as (number | PricingError)[]);

  lines.forEach((line, i) => {
    for (let m = 0; m < opts.months; m++) {
      const sheetRow = layout.firstDataRow + rows.length;
      const row: CellValue[] = [line.api, m + 1, volumes[i][m]];
      const f = new Array<string | null>(width).fill(null);
      versions.forEach((_, v) => {
        const at = (k: number): number => FIRST_VERSION_COL + v * PER_VERSION + k;
        const lineMonths = months[i][v];
        if (lineMonths instanceof PricingError) {
          if (m === 0) notes.addError(lineMonths, sheetRow);
          const cell = errorText(lineMonths);
          row.push(cell, null, cell, cell, cell, cell);
          for (const k of [POSTPAID_ONLY, PACK_COST, WITH_PLAN, SAVING]) sums[v][k].push(lineMonths);
          packCallSums[v].push(lineMonths);
          return;
        }
        const month = lineMonths[m];
        const plan = month.plan;
        if (month.postpaidOnly instanceof PricingError) notes.addError(month.postpaidOnly, sheetRow);
        if (plan instanceof PricingError && (m === 0 || !(lineMonths[m - 1].plan instanceof PricingError)))
          notes.addError(plan, sheetRow);
        const withPlan = plan instanceof PricingError ? plan : plan.total;
        const saving =
          month.postpaidOnly instanceof PricingError
            ? month.postpaidOnly
            : withPlan instanceof PricingError
              ? withPlan
              : month.postpaidOnly.minus(withPlan);
        const bought =
          plan instanceof PricingError || plan.bought.length === 0
            ? null
            : plan.bought.map((p) => `${p.count} × ${fmtCount(p.size)}`).join(", ");
        row.push(
          moneyCell(month.postpaidOnly),
          bought,
          plan instanceof PricingError ? errorText(plan) : plan.bought.length > 0 ? cellNumber(plan.packCost) : null,
          plan instanceof PricingError ? errorText(plan) : plan.packCalls,
          moneyCell(withPlan),
          moneyCell(saving),
        );
        sums[v][POSTPAID_ONLY].push(month.postpaidOnly);
        sums[v][PACK_COST].push(plan instanceof PricingError ? plan : plan.packCost);
        sums[v][WITH_PLAN].push(withPlan);
        sums[v][SAVING].push(saving);
        packCallSums[v].push(plan instanceof PricingError ? plan : plan.packCalls);

        const api = cellAddress(COL_API, sheetRow);
        const calls = cellAddress(COL_CALLS, sheetRow);
        const ref = (k: number): string => cellAddress(at(k), sheetRow);
        f[at(POSTPAID_ONLY)] = `=${cost(i, v, { api, calls, prepaid: "0" })}`;
        if (!(plan instanceof PricingError)) {
          f[at(WITH_PLAN)] = `=${ref(PACK_COST)}+${cost(i, v, { api, calls, prepaid: ref(PACK_CALLS) })}`;
          f[at(SAVING)] = `=${ref(POSTPAID_ONLY)}-${ref(WITH_PLAN)}`;
        }
      });
      rows.push(row);
      formulas.push(f);
    }
  });

  const totals: CellValue[] = [w.total, null, volumes.flat().reduce((a, b) => a + b, 0)];
  const totalsFormulas = new Array<string | null>(width).fill(null);
  const sumFormula = (col: number): string =>
    `=SUM(${columnLetter(col)}${layout.firstDataRow}:${columnLetter(col)}${layout.lastDataRow})`;
  totalsFormulas[COL_CALLS] = sumFormula(COL_CALLS);
  versions.forEach((_, v) => {
    const packCalls = packCallSums[v].find((n): n is PricingError => n instanceof PricingError);
    totals.push(
      moneyCell(sumOf(sums[v][POSTPAID_ONLY])),
      null,
      moneyCell(sumOf(sums[v][PACK_COST])),
      packCalls ? errorText(packCalls) : (packCallSums[v] as number[]).reduce((a, b) => a + b, 0),
      moneyCell(sumOf(sums[v][WITH_PLAN])),
      moneyCell(sumOf(sums[v][SAVING])),
    );
    for (const k of [POSTPAID_ONLY, PACK_COST, PACK_CALLS, WITH_PLAN, SAVING])
      totalsFormulas[FIRST_VERSION_COL + v * PER_VERSION + k] = sumFormula(FIRST_VERSION_COL + v * PER_VERSION + k);
  });

  const blocks = new Set(
    versions.flatMap((version) =>
      [...new Set(lineKinds)].flatMap((kind) => {
        const product = productOf(kind, version);
        return product instanceof PricingError ? [] : [blockMonths(product)];
      }),
    ),
  );
  const noPacks = versions.filter((_, v) =>
    sums[v][PACK_COST].every((c) => !(c instanceof PricingError) && c.isZero()),
  );
  const allNotes = [
    w.growthNote,
    ...[...blocks].map((block) => w.planNote(block)),
    ...(live ? [costFormulas?.note ?? w.liveNote] : []),
    ...noPacks.map((v) => w.noPackNote(v)),
    ...notes.notes(),
  ];
  return {
    kind: "scenario",
    sheetName: w.sheetName,
    title: w.title,
    headerBlock,
    columns,
    rows,
    ...(live ? { formulas, totalsFormulas } : {}),
    numberFormats: [
      null,
      null,
      FORMAT_COUNT,
      ...versions.flatMap(() => [FORMAT_CNY, null, FORMAT_CNY, FORMAT_COUNT, FORMAT_CNY, FORMAT_CNY]),
    ],
    totals,
    notes: allNotes,
  };
}
