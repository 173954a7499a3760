/**
 * Decoder of the copies form (scripts/build/text-copies.js writes it): the text as literal
 * characters and copies of earlier text, in UTF-16 code units, so decoding is a few operations
 * per copy and no UTF-8 step. The bundle carries the version most formulas use this way: its
 * first formula is a workbook's cold start.
 *
 * Format: `commands` is numbers written in the ALPHABET of compressedText.ts (continuation
 * characters of value ≥ LAST, base 91 − LAST, then one of value < LAST): a run length (that many
 * characters of `literals`, in order), then, unless the commands end, a copy length − MIN_COPY
 * and a distance − 1 (the copy repeats the characters that far back; it may overlap itself).
 */
import { ALPHABET_VALUE, ALPHABET_SIZE, codeUnitsText } from "./compressedText";

const LAST = 60;
const CONTINUE = ALPHABET_SIZE - LAST;
const MIN_COPY = 4;

/**
 * The `length` code units the commands and literals stand for, as a string. The numbers are
 * read inline, not by a function per number: this runs once, interpreted, on a workbook's
 * first formula, where each call costs. Every check is written so that NaN (commands that end
 * inside a number) fails it.
 */
export function expandCopies(commands: string, literals: string, length: number): string {
  const out = new Uint16Array(length);
  const end = commands.length;
  let o = 0;
  let at = 0;
  let literal = 0;
  let digit: number;
  for (;;) {
    let run = 0;
    while ((digit = ALPHABET_VALUE[commands.charCodeAt(at++)]) >= LAST) run = run * CONTINUE + digit - LAST;
    run = run * LAST + digit;
    if (!(o + run <= length && literal + run <= literals.length))
      throw new Error(`copies: more than ${length} characters`);
    for (let k = 0; k < run; k++) out[o++] = literals.charCodeAt(literal++);
    if (at >= end) break;
    let copy = 0;
    while ((digit = ALPHABET_VALUE[commands.charCodeAt(at++)]) >= LAST) copy = copy * CONTINUE + digit - LAST;
    copy = copy * LAST + digit + MIN_COPY;
    let distance = 0;
    while ((digit = ALPHABET_VALUE[commands.charCodeAt(at++)]) >= LAST) distance = distance * CONTINUE + digit - LAST;
    distance = distance * LAST + digit + 1;
    const from = o - distance;
    if (!(from >= 0 && o + copy <= length && at <= end))
      throw new Error(`copies: a copy outside the ${length} characters`);
    // A copy that overlaps what it writes (a repeated run) goes one unit at a time.
    if (distance >= copy) out.copyWithin(o, from, from + copy);
    else for (let k = 0; k < copy; k++) out[o + k] = out[from + k];
    o += copy;
  }
  if (o !== length || literal !== literals.length || at !== end)
    throw new Error(`copies: ended after ${o} of ${length} characters`);
  return codeUnitsText(out, 0, length);
}
