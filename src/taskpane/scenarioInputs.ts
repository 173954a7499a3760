import type { ScenarioInput } from "../compare/types";
import { readTypedNumber } from "../core/typedNumber";
import { parseCount } from "./calculator";
import type { Translator } from "./i18n";
import { splitFields, type Parsed } from "./inputs";

/** What a user types for a scenario (the pane's form and `tcprice compare scenario`), parsed; every bad entry reported. */

/** "name, calls in month 1" per line (tab or comma separated); blank lines are skipped. */
export function parseScenarioRows(text: string, t: Translator): Parsed<ScenarioInput[]> {
  const rows: ScenarioInput[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const [name, ...rest] = splitFields(line);
    const numbers = rest.filter((p) => p !== "");
    const start = numbers.length === 1 ? parseCount(numbers[0]) : null;
    if (name === "" || start === null) errors.push(t("badScenarioRow", { line: i + 1, text: line.trim() }));
    else rows.push({ api: name, start });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: rows };
}

/** "8%", "0.08", "-5%", "８％" → the rate as exact decimal text ("0.08"); the core checks it is −100% or more. */
export function parseGrowth(text: string, t: Translator): Parsed<string> {
  const body = text.normalize("NFKC").trim().replace(/\s/g, "");
  const match = /^([+\-−]?)(.+?)(%?)$/.exec(body);
  const read = match ? readTypedNumber(match[2]) : null;
  if (!match || !read?.ok) return { ok: false, errors: [t("badGrowth", { text: text.trim() })] };
  const rate = match[3] === "%" ? read.value.div(100) : read.value;
  return { ok: true, value: (match[1] === "-" || match[1] === "−" ? rate.negated() : rate).toFixed() };
}

/** A whole number of months; the core says when it is not 1 to 36 (core/scenario, the one place of that rule). */
export function parseMonths(text: string, t: Translator): Parsed<number> {
  const months = text.trim() === "" ? null : parseCount(text);
  return months !== null ? { ok: true, value: months } : { ok: false, errors: [t("badMonths", { text: text.trim() })] };
}
