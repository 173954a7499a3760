import { readTypedNumber } from "../core/typedNumber";
import { BLANK, type ArgInput } from "./excelHost";

/**
 * Command-line words → what a formula gives: "" is a blank cell, numeric text is a number, a
 * JSON array of arrays is a range (null in it = a blank cell), anything else is text. Excel's
 * conversion for each parameter's type is applied after (excelHost.passArguments).
 */
export function parseCellArg(word: string): ArgInput {
  if (word === "") return BLANK;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(word.trim())) return Number(word);
  // "1,000,000", "１０００", "100万": the one reader of typed numbers, exactly or not at all.
  const typed = /\p{Nd}/u.test(word) ? readTypedNumber(word) : null;
  if (typed?.ok) return typed.value.toNumber();
  if (/^\s*\[/.test(word)) {
    try {
      const parsed: unknown = JSON.parse(word);
      if (Array.isArray(parsed) && parsed.every(Array.isArray)) return parsed as ArgInput;
    } catch {
      // Not JSON: it is text that happens to start with "[".
    }
  }
  if (word === "TRUE" || word === "FALSE") return word === "TRUE";
  return word;
}

/** A number as plain decimal text, as a cell shows it at full precision (no exponent). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa, exponentText] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace(/^-/, "").replace(".", "");
  const point =
    (mantissa.replace(/^-/, "").indexOf(".") === -1
      ? mantissa.replace(/^-/, "").length
      : mantissa.replace(/^-/, "").indexOf(".")) + exponent;
  const body =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? "-" : "") + body;
}

export function formatResult(value: unknown): string {
  if (Array.isArray(value))
    return value.map((row) => (Array.isArray(row) ? row.map(formatResult).join("\t") : formatResult(row))).join("\n");
  if (typeof value === "number") return formatNumber(value);
  if (value === null || value === undefined) return "";
  return String(value);
}
