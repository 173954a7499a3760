import type { CellValue, ForecastInput, PackPriceInput } from "../compare/types";
import { parseCount } from "./calculator";
import type { Translator } from "./i18n";

/** What a user types in the comparison forms, parsed; every bad entry is reported, none dropped. */

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/** "name, volume[, prepaid]" per line (comma, tab or full-width comma); blank lines are skipped. */
export function parseForecastRows(text: string, t: Translator): Parsed<ForecastInput[]> {
  const rows: ForecastInput[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const parts = line.split(/[\t,，]/).map((p) => p.trim());
    // Volumes may be written with thousands separators: the name is the first part, the numbers the rest joined back.
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
  for (const part of text.split(/[,，;；\s]+/)) {
    if (part === "") continue;
    const n = parseCount(part);
    if (n === null) errors.push(t("badNumber", { text: part }));
    else values.push(n);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values };
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** "100000=3500, 1000=84" → pack prices paid (the price stays decimal text). */
export function parsePackPrices(text: string, t: Translator): Parsed<PackPriceInput[]> {
  const values: PackPriceInput[] = [];
  const errors: string[] = [];
  for (const part of text.split(/[,，;；\s]+/)) {
    if (part === "") continue;
    const match = /^([\d_]+)[=:：]([\d.]+)$/.exec(part);
    const size = match ? parseCount(match[1]) : null;
    if (!match || size === null || !DECIMAL.test(match[2])) errors.push(t("badPackPrice", { text: part }));
    else values.push({ size, price: match[2] });
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
