import type { MessageLang } from "../core/messages";
import { finding, type Finding, type Problem } from "./problem";
import { toProblem } from "./problemMessages";
import { readCatalogText } from "./reader";
import { ruleFindings } from "./rules";
import { structureFindings, type DocumentRoot } from "./structure";
import type { Catalog, PriceBook } from "./types";

export { LIMITS } from "./structure";
export { MAX_CATALOG_BYTES } from "./reader";

declare const validated: unique symbol;
/** A catalog that validateCatalog found no problem in (only it makes one). */
export type ValidCatalog = Catalog & { readonly [validated]: true };
/** A price book that validatePriceBook found no problem in on its own (its base: bookBase.ts). */
export type ValidPriceBook = PriceBook & { readonly [validated]: true };

export type ValidationResult =
  | { readonly ok: true; readonly catalog: ValidCatalog; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Stops a hostile catalog from making the report unreadable. */
const MAX_PROBLEMS = 200;

/** True when `where` is `place` or inside it ("$.a.b[2]" is inside "$.a" and "$.a.b"). */
function insideAny(where: string, places: ReadonlySet<string>): boolean {
  for (let i = 1; i <= where.length; i++)
    if ((i === where.length || where[i] === "." || where[i] === "[") && places.has(where.slice(0, i))) return true;
  return false;
}

/**
 * Every problem of a candidate, once: structure from the schema, then the meaning rules, except
 * where the schema already found one (a place refused for its structure is not judged for meaning).
 */
export function catalogFindings(candidate: unknown, root: DocumentRoot = "catalog"): Finding[] {
  const structure = structureFindings(candidate, root);
  const places = new Set(structure.map((f) => f.where));
  const findings = [...structure];
  for (const f of ruleFindings(candidate, root)) {
    if (insideAny(f.where, places)) continue;
    places.add(f.where);
    findings.push(f);
  }
  if (findings.length <= MAX_PROBLEMS) return findings;
  return [...findings.slice(0, MAX_PROBLEMS), finding("$", "too-many-problems", { max: MAX_PROBLEMS })];
}

/**
 * Validates a candidate catalog whole. Returns every problem with its JSON path, worded in
 * `lang`; only a candidate with none is returned as a Catalog.
 */
export function validateCatalog(candidate: unknown, lang: MessageLang = "en"): ValidationResult {
  const findings = catalogFindings(candidate);
  return findings.length === 0
    ? { ok: true, catalog: candidate as ValidCatalog, problems: [] }
    : { ok: false, problems: findings.map((f) => toProblem(f, lang)) };
}

/** Validates a candidate price book whole, on its own: structure and terms, worded in `lang`. */
export function validatePriceBook(
  candidate: unknown,
  lang: MessageLang = "en",
):
  { readonly ok: true; readonly book: ValidPriceBook } | { readonly ok: false; readonly problems: readonly Problem[] } {
  const findings = catalogFindings(candidate, "priceBook");
  return findings.length === 0
    ? { ok: true, book: candidate as ValidPriceBook }
    : { ok: false, problems: findings.map((f) => toProblem(f, lang)) };
}

/** Reads (size, BOM, JSON: reader.ts) and validates catalog text. */
export function parseCatalog(text: string, lang: MessageLang = "en"): ValidationResult {
  const read = readCatalogText(text, lang);
  return read.ok ? validateCatalog(read.value, lang) : read;
}
