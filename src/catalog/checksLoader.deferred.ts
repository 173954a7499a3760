import type { CatalogChecks } from "./checksLoader";

/**
 * The catalog checks as the pane gets them: checks.ts and the compiled schema in a chunk of
 * their own (catalog-validator.js, beside taskpane.html), fetched the first time a catalog is
 * validated. Replaces checksLoader.ts in the add-in's browser build (webpack.config.js).
 */
export type { CatalogChecks } from "./checksLoader";

let loaded: CatalogChecks | undefined;
let loading: Promise<void> | undefined;

/** Resolves once catalogChecks() can be called (one fetch, however many callers wait). */
export function loadCatalogValidator(): Promise<void> {
  loading ??= import(/* webpackChunkName: "catalog-validator" */ "./checks").then(
    (module) => void (loaded = module),
    (error: unknown) => {
      loading = undefined; // a failed fetch (offline) is tried again next time
      throw error;
    },
  );
  return loading;
}

export function catalogChecks(): CatalogChecks {
  if (!loaded) throw new Error("the catalog checks are not loaded: await loadCatalogValidator() first");
  return loaded;
}
