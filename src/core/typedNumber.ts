import { MAX_COUNT } from "./count";
import { Money } from "./money";

/**
 * The one reader of numbers people type (the pane's forms, pasted tables, the command line):
 * "1,000,000", full-width "１０００", "100万", "1.5亿", "1e6", "12.5". What it cannot read exactly
 * is an error that says why, never a different number: "9,99" (a broken digit group) is not 999.
 */

export type TypedNumber =
  | { readonly ok: true; readonly value: Money }
  | { readonly ok: false; readonly reason: "not-a-number" | "bad-grouping" };

const UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

/** Digits with optional thousands groups, an optional fraction, an optional exponent or 万/亿. */
const PLAIN = /^[+]?(\d+)(\.\d+)?([eE][+-]?\d+)?$/;
const GROUPED = /^[+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function readTypedNumber(text: string): TypedNumber {
  // NFKC folds full-width digits, commas and points (１，０００．５ → 1,000.5); spaces inside are dropped.
  let body = text.normalize("NFKC").trim().replace(/[\s_]/g, "");
  let scale = 1;
  const unit = UNITS[body.slice(-1)];
  if (unit !== undefined) {
    scale = unit;
    body = body.slice(0, -1);
  }
  if (body.includes(",")) {
    if (!GROUPED.test(body)) return { ok: false, reason: "bad-grouping" };
    body = body.replace(/,/g, "");
  }
  if (!PLAIN.test(body) || (scale !== 1 && /[eE]/.test(body))) return { ok: false, reason: "not-a-number" };
  return { ok: true, value: new Money(body).times(scale) };
}

export type TypedCount =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: "not-a-number" | "bad-grouping" | "not-whole" | "too-large" };

/** A count typed by a person: a whole number from 0 to 2^53 − 1, read exactly. */
export function readTypedCount(text: string): TypedCount {
  const read = readTypedNumber(text);
  if (!read.ok) return read;
  if (!read.value.isInteger()) return { ok: false, reason: "not-whole" };
  if (read.value.gt(MAX_COUNT)) return { ok: false, reason: "too-large" };
  return { ok: true, value: read.value.toNumber() };
}

/**
 * Splits a typed list of numbers ("1000, 10000, 100000", "1,000,000; 2,000,000", "100万 200万"):
 * semicolons, spaces, full-width commas and a comma followed by a space always separate; a comma
 * between digits separates too, unless it forms thousands groups ("1,000,000" is one number).
 */
export function splitTypedNumbers(text: string): string[] {
  const out: string[] = [];
  for (const token of text.normalize("NFKC").split(/[;\s]+|,\s+/)) {
    if (token === "") continue;
    if (!token.includes(",") || GROUPED.test(token.replace(/[万亿千]$/, ""))) out.push(token);
    else out.push(...token.split(",").filter((t) => t !== ""));
  }
  return out;
}
