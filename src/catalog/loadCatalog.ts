import { crossVersionProblems } from "./crossVersion";
import type { CatalogRegistry, LoadResult } from "./registry";
import { validateCatalog } from "./validate";

/**
 * Validates a candidate whole, checks it against the versions already loaded, and only if it
 * has no problem adds it to the registry.
 */
export function loadCatalog(registry: CatalogRegistry, candidate: unknown): LoadResult {
  const result = validateCatalog(candidate);
  if (!result.ok) return { ok: false, problems: result.problems };
  const problems = crossVersionProblems(registry, result.catalog);
  return problems.length > 0 ? { ok: false, problems } : registry.add(result.catalog);
}

/** How a stored candidate is named in a report: its id when it has one, else its position. */
export const candidateId = (candidate: unknown, index: number): string =>
  typeof (candidate as { id?: unknown })?.id === "string" ? (candidate as { id: string }).id : `catalog ${index + 1}`;
