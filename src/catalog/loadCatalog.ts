import type { MessageLang } from "../core/messages";
import { bookBaseFindings } from "./bookBase";
import { catalogChecks } from "./checksLoader";
import { isPriceBook, prepareBook } from "./priceBook";
import { finding, type Finding } from "./problem";
import { toProblem } from "./problemMessages";
import type { Catalog } from "./types";
import type { CatalogRegistry, LoadResult, VersionDocument } from "./registry";
import { validateCatalog, validatePriceBook, type ValidPriceBook } from "./validate";

/**
 * Validates a candidate whole, checks it against the versions already loaded, and only if it
 * has no problem adds it to the registry; notes (an item renamed since another version) do not
 * stop it. The one way a version is loaded: pane, workbook and browser restores, CLI.
 */
export function loadCatalog(registry: CatalogRegistry, candidate: unknown, lang: MessageLang = "en"): LoadResult {
  if (isPriceBook(candidate)) return loadPriceBook(registry, candidate, lang);
  const result = validateCatalog(candidate, lang);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { crossVersionFindings, crossVersionNotes } = catalogChecks();
  const problems = [...crossVersionFindings(registry, result.catalog), ...booksBroken(registry, result.catalog)];
  if (problems.length > 0) return { ok: false, problems: problems.map((f) => toProblem(f, lang)) };
  const notes = crossVersionNotes(registry, result.catalog).map((f) => toProblem(f, lang));
  const added = registry.add(result.catalog);
  // The books on a replaced base are priced on it again (booksBroken found none they break).
  for (const id of registry.booksOn(result.catalog.id))
    registry.add(prepareBook(registry.book(id) as ValidPriceBook, result.catalog));
  return notes.length > 0 && added.ok ? { ...added, notes } : added;
}

/** A version replacing the base of price books must still have what each book adjusts. */
const booksBroken = (registry: CatalogRegistry, catalog: Catalog): Finding[] =>
  registry.booksOn(catalog.id).flatMap((id) => {
    const found = bookBaseFindings(registry, registry.book(id)!, catalog);
    return found.length === 0 ? [] : [finding("$", "breaks-book", { book: id, where: found[0].where })];
  });

/** A price book (a document with basedOn) loads the same way: whole, then against its base. */
function loadPriceBook(registry: CatalogRegistry, candidate: unknown, lang: MessageLang): LoadResult {
  const result = validatePriceBook(candidate, lang);
  if (!result.ok) return result;
  const problems = bookBaseFindings(registry, result.book);
  if (problems.length > 0) return { ok: false, problems: problems.map((f) => toProblem(f, lang)) };
  return registry.add(prepareBook(result.book, registry.catalog(result.book.basedOn)!));
}

/** The documents a user loaded (price books as books), in the order they were loaded: what a store keeps. */
export const loadedDocuments = (registry: CatalogRegistry): VersionDocument[] =>
  registry
    .ids()
    .filter((id) => !registry.isEmbedded(id))
    .map((id) => registry.document(id)!);

/** How a stored candidate is named in a report: its id when it has one, else its position. */
export const candidateId = (candidate: unknown, index: number): string =>
  typeof (candidate as { id?: unknown })?.id === "string" ? (candidate as { id: string }).id : `catalog ${index + 1}`;
