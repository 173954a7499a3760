import { candidateId, loadCatalog, loadedDocuments } from "../catalog/loadCatalog";
import { finding, type Problem, type StoreUnreadable } from "../catalog/problem";
import { problemsInOneLine, toProblem } from "../catalog/problemMessages";
import type { CatalogRegistry } from "../catalog/registry";
import type { MessageLang } from "../core/messages";

/**
 * Outside Excel there is no workbook to keep your versions: the standalone page keeps them in
 * the browser (localStorage), in the workbook's state shape, and validates each again when the
 * page opens. What cannot be loaded any more is reported and kept as it was.
 */
export const STORE_KEY = "tcloud-ai-pricing.catalogs.v1";

/** The part of the Web Storage API used here (tests pass a Map-backed double). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface StoredState {
  readonly formatVersion: 1;
  readonly defaultId: string;
  readonly catalogs: readonly unknown[];
}

export interface BrowserRestore {
  readonly loaded: readonly string[];
  /** `where` is the version's id, or "$" for the stored state itself. */
  readonly problems: readonly Problem[];
}

/** Whether the browser holds a stored state (the pane loads the catalog validator only then). */
export function hasStoredState(store: KeyValueStore): boolean {
  try {
    return store.getItem(STORE_KEY) !== null;
  } catch {
    return true; // restoreFromBrowser reports why it cannot be read
  }
}

/** Loads the stored versions and default into the registry; every problem is returned, none thrown. */
export function restoreFromBrowser(
  registry: CatalogRegistry,
  store: KeyValueStore,
  lang: MessageLang = "en",
): BrowserRestore {
  const unreadable = (reason: StoreUnreadable): BrowserRestore => ({
    loaded: [],
    problems: [toProblem(finding("$", "browser-unreadable", { reason }), lang)],
  });
  let text: string | null;
  try {
    text = store.getItem(STORE_KEY);
  } catch {
    return unreadable("storage-denied");
  }
  if (text === null) return { loaded: [], problems: [] };
  let state: StoredState;
  try {
    state = JSON.parse(text) as StoredState;
  } catch {
    return unreadable("not-json");
  }
  if (state?.formatVersion !== 1 || !Array.isArray(state.catalogs)) return unreadable("unknown-format");
  const loaded: string[] = [];
  const problems: Problem[] = [];
  state.catalogs.forEach((candidate, i) => {
    const result = loadCatalog(registry, candidate, lang);
    const id = candidateId(candidate, i);
    if (result.ok) loaded.push(result.id);
    else
      problems.push(toProblem(finding(id, "browser-not-loaded", { reason: problemsInOneLine(result.problems) }), lang));
  });
  if (registry.ids().includes(state.defaultId)) registry.setDefault(state.defaultId);
  return { loaded, problems };
}

/** Stores the loaded versions and the default; false (and nothing lost in the page) when the browser refuses. */
export function saveToBrowser(registry: CatalogRegistry, store: KeyValueStore): boolean {
  const catalogs = loadedDocuments(registry);
  const state: StoredState = { formatVersion: 1, defaultId: registry.defaultId, catalogs };
  try {
    store.setItem(STORE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false; // storage full or disabled: the versions stay loaded in this page
  }
}
