import type { CatalogRegistry, LoadResult } from "./registry";
import { validateCatalog } from "./validate";

/** Validates a candidate whole and, only if it has no problem, adds it to the registry. */
export function loadCatalog(registry: CatalogRegistry, candidate: unknown): LoadResult {
  const result = validateCatalog(candidate);
  return result.ok ? registry.add(result.catalog) : { ok: false, problems: result.problems };
}
