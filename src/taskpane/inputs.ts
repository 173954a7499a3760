import type { CellValue, ForecastInput, PackPriceInput } from "../compare/types";
import { readTypedNumber, splitTypedNumbers } from "../core/typedNumber";
import { parseCount } from "./calculator";
import type { Translator } from "./i18n";

/** What a user types in the comparison forms, parsed; every bad entry is reported, none dropped. */

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * The fields of one typed line: a tab, a full-width comma, a comma followed by a space or a comma
 * next to something that is not a digit separates them; a comma between digits belongs to the
 * number ("身份证识别, 9,999" is one volume of 9,999, never 9 calls and 999 prepaid).
 */
export const splitFields = (line: string): string[] =>
  (line.includes("\t") ? line.split("\t") : line.split(/，|,\s+|(?<!\d),|,(?!\d)/)).map((p) => p.trim());

/** "name, volume[, prepaid]" per line (tab or comma separated); blank lines are skipped. */
export function parseForecastRows(text: string, t: Translator): Parsed<ForecastInput[]> {
  const rows: ForecastInput[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const parts = splitFields(line);
    const name = parts[0];
    const numbers = parts.slice(1).filter((p) => p !== "");
    const volume = numbers.length >= 1 ? parseCount(numbers[0]) : null;
    const prepaid = numbers.length >= 2 ? parseCount(numbers[1]) : 0;
    if (name === "" || volume === null || prepaid === null || numbers.length > 2) {
      errors.push(t("badRow", { line: i + 1, text: line.trim() }));
      return;
    }
    rows.push(prepaid ? { api: name, volume, prepaid } : { api: name, volume });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: rows };
}

/** "1000, 10000, 100000" (commas, spaces, semicolons or new lines) → counts. */
export function parseVolumes(text: string, t: Translator): Parsed<number[]> {
  const values: number[] = [];
  const errors: string[] = [];
  for (const part of splitTypedNumbers(text)) {
    const n = parseCount(part);
    if (n === null) errors.push(t("badNumber", { text: part }));
    else values.push(n);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values };
}

/** "100000=3500, 1000=84" or "10万=3,500" → pack prices paid (the price stays exact decimal text). */
export function parsePackPrices(text: string, t: Translator): Parsed<PackPriceInput[]> {
  const values: PackPriceInput[] = [];
  const errors: string[] = [];
  // Entries are separated like numbers, and by a comma before the next "=" unless it starts a
  // thousands group ("10万=3,500,1,000=84" is 10万 at 3,500 and 1,000 at 84).
  const entries = text
    .normalize("NFKC")
    .split(/[;\s]+|,\s+|,(?!\d{3}(?!\d))(?=[^=:]*[=:])/)
    .filter((p) => p !== "");
  for (const part of entries) {
    const match = /^([^=:]+)[=:]([^=:]+)$/.exec(part);
    const size = match ? parseCount(match[1]) : null;
    const price = match ? readTypedNumber(match[2]) : null;
    if (!match || size === null || !price?.ok) errors.push(t("badPackPrice", { text: part }));
    else values.push({ size, price: price.value.toFixed() });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values };
}

const NUMBER_CELL = /^-?\d+(\.\d+)?$/;

/**
 * Tab-separated text as copied from a spreadsheet: quoted cells may hold tabs, new lines and
 * doubled quotes. Plain numbers become numbers (as a sheet's values would); everything else
 * stays text, including "=…" (never a formula).
 */
export function parseTsv(text: string): CellValue[][] {
  const rows: CellValue[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const body = text.replace(/\r\n?/g, "\n");
  const endCell = (): void => {
    row.push(cell);
    cell = "";
  };
  const endRow = (): void => {
    endCell();
    rows.push(row.map((c) => (NUMBER_CELL.test(c.trim()) ? Number(c.trim()) : c === "" ? null : c)));
    row = [];
  };
  while (i < body.length) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === "\t") endCell();
    else if (ch === "\n") endRow();
    else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}
