import type { MessageLang } from "../core/messages";
import { catalogChecks } from "./checksLoader";
import type { Finding, Problem } from "./problem";
import { toProblem } from "./problemMessages";
import { readCatalogText } from "./reader";
import type { DocumentRoot } from "./structure";
import type { Catalog, PriceBook } from "./types";

export { LIMITS } from "./generated/schemaFacts";
/** Pane code awaits it before validating: there the checks are a chunk loaded on demand. */
export { loadCatalogValidator } from "./checksLoader";
export { MAX_CATALOG_BYTES } from "./reader";

declare const validated: unique symbol;
/** A catalog that validateCatalog found no problem in (only it makes one). */
export type ValidCatalog = Catalog & { readonly [validated]: true };
/** A price book that validatePriceBook found no problem in on its own (its base: bookBase.ts). */
export type ValidPriceBook = PriceBook & { readonly [validated]: true };

export type ValidationResult =
  | { readonly ok: true; readonly catalog: ValidCatalog; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Every problem of a candidate, once (checks.ts: structure from the schema, then the meaning rules). */
export const catalogFindings = (candidate: unknown, root: DocumentRoot = "catalog"): Finding[] =>
  catalogChecks().catalogFindings(candidate, root);

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
