import * as checks from "./checks";

/**
 * The catalog checks (checks.ts), at hand: Node (the CLI, the tests, the bench). The add-in's
 * browser build replaces this module with checksLoader.deferred.ts (webpack.config.js), which
 * loads the same module as a chunk of its own, so the pane's script stays small until it
 * validates a catalog. Code that validates in the pane awaits loadCatalogValidator() first.
 */
export type CatalogChecks = typeof checks;

export const loadCatalogValidator = (): Promise<void> => Promise.resolve();

export const catalogChecks = (): CatalogChecks => checks;
