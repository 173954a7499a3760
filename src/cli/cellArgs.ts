/**
 * Command-line words → the values Excel would pass: "" is a blank cell (null), numeric text is
 * a number, a JSON array of arrays is a range, anything else is text.
 */
export function parseCellArg(word: string): unknown {
  if (word === "") return null;
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(word.trim())) return Number(word);
  if (/^\s*\[/.test(word)) {
    try {
      const parsed: unknown = JSON.parse(word);
      if (Array.isArray(parsed) && parsed.every(Array.isArray)) return parsed;
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
