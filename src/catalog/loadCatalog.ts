import type { MessageLang } from "../core/messages";
import { catalogChecks } from "./checksLoader";
import { toProblem } from "./problemMessages";
import type { CatalogRegistry, LoadResult } from "./registry";
import { validateCatalog } from "./validate";

/**
 * Validates a candidate whole, checks it against the versions already loaded, and only if it
 * has no problem adds it to the registry; notes (an item renamed since another version) do not
 * stop it. The one way a version is loaded: pane, workbook and browser restores, CLI.
 */
export function loadCatalog(registry: CatalogRegistry, candidate: unknown, lang: MessageLang = "en"): LoadResult {
  const result = validateCatalog(candidate, lang);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { crossVersionFindings, crossVersionNotes } = catalogChecks();
  const problems = crossVersionFindings(registry, result.catalog);
  if (problems.length > 0) return { ok: false, problems: problems.map((f) => toProblem(f, lang)) };
  const notes = crossVersionNotes(registry, result.catalog).map((f) => toProblem(f, lang));
  const added = registry.add(result.catalog);
  return notes.length > 0 && added.ok ? { ...added, notes } : added;
}

/** How a stored candidate is named in a report: its id when it has one, else its position. */
export const candidateId = (candidate: unknown, index: number): string =>
  typeof (candidate as { id?: unknown })?.id === "string" ? (candidate as { id: string }).id : `catalog ${index + 1}`;
