import { candidateId, loadCatalog, loadedDocuments } from "../catalog/loadCatalog";
import type { CatalogRegistry, VersionDocument } from "../catalog/registry";
import { finding, type Problem, type StoreUnreadable } from "../catalog/problem";
import { problemsInOneLine, problemText, toProblem } from "../catalog/problemMessages";
import { NOT_XML_SOURCE } from "../catalog/refs";
import type { MessageLang } from "../core/messages";
import { loadCatalogValidator } from "../catalog/validate";
import { describeOfficeError, runnerOf, type ExcelAccess } from "./excelRun";
import { recalculateTcloudFormulas } from "./recalculate";

/**
 * Catalogs travel with the workbook: the versions a user loaded (not the built-in ones) and the
 * chosen default are stored in ONE custom XML part (workbook.customXmlParts, ExcelApi 1.5) under
 * our namespace, as JSON text in one element. Document settings are limited to ~2 MB in total
 * and shared with everything else; an XML part is not, but one request must stay under 5 MB, so
 * the stored state is limited to MAX_STATE_BYTES and a larger one is refused with a message.
 */
export const CATALOG_PART_NAMESPACE = "urn:tcloud-ai-pricing:catalogs:v1";
/** Measured as the request carries the part (JSON-escaped), below Excel on the web's 5 MB per request. */
export const MAX_STATE_BYTES = 4_500_000;
/** From this share of MAX_STATE_BYTES on, a save says how close the workbook is to it. */
export const WARN_STATE_SHARE = 0.8;

/** How the workbook store is called: Excel (or a fake of it) and the language of its messages. */
export type StoreAccess = ExcelAccess & { readonly lang?: MessageLang };

export interface WorkbookCatalogState {
  readonly formatVersion: 1;
  readonly defaultId: string;
  /** Catalog versions and price books (a book after its base, as they were loaded). */
  readonly catalogs: readonly VersionDocument[];
}

export interface SaveResult {
  readonly bytes: number;
  readonly catalogs: readonly string[];
  readonly defaultId: string;
  readonly syncs: number;
  /** Said when the stored state passes WARN_STATE_SHARE of what a workbook can store (code store-near-limit). */
  readonly warning: Problem | null;
}

export interface RestoreResult {
  /** False when the workbook holds no stored catalogs. */
  readonly found: boolean;
  readonly loaded: readonly string[];
  readonly defaultId: string;
  /**
   * Stored catalogs that no longer validate, or a default that no longer exists: reported, not
   * dropped silently. `where` is the version's id, or "$" for a part this build cannot read.
   */
  readonly problems: readonly Problem[];
  readonly syncs: number;
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&amp;/g, "&");

/** A stored catalog this build could not load: its JSON value as stored, and why. */
export interface KeptCatalog {
  readonly id: string;
  readonly raw: unknown;
  readonly reason: string;
}

/**
 * The stored versions of the open workbook that this build cannot load, kept verbatim so that
 * saving loses none (a newer build's field, an id that has since become built-in). Only the
 * pane reads and writes the workbook, so they live here, not in the registry the functions use.
 */
const keptInWorkbook = new Map<string, KeptCatalog>();

export const keptCatalogs = (): KeptCatalog[] => [...keptInWorkbook.values()];

/** The state of a registry worth storing: loaded versions, kept ones (verbatim), and the default. */
export function workbookState(registry: CatalogRegistry): WorkbookCatalogState {
  const ids = registry.ids();
  const loaded = loadedDocuments(registry);
  // A version loaded since with the same id replaces the kept one.
  const kept = keptCatalogs()
    .filter((k) => !ids.includes(k.id))
    .map((k) => k.raw as VersionDocument);
  return { formatVersion: 1, defaultId: registry.defaultId, catalogs: [...loaded, ...kept] };
}

/** Characters XML 1.0 cannot hold; in the JSON text they are written as \uXXXX escapes. */
const NOT_XML = new RegExp(NOT_XML_SOURCE, "g");
const jsonEscape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;

export function stateToXml(state: WorkbookCatalogState): string {
  // They can only stand inside JSON strings, where the escape means the same character.
  const json = JSON.stringify(state).replace(NOT_XML, jsonEscape);
  return `<?xml version="1.0" encoding="UTF-8"?><catalogs xmlns="${CATALOG_PART_NAMESPACE}">${escapeXml(json)}</catalogs>`;
}

/** A stored part's state, or why this build cannot read it (typed: worded per language in problemMessages). */
export function readState(
  xml: string,
):
  | { readonly ok: true; readonly state: WorkbookCatalogState }
  | { readonly ok: false; readonly reason: StoreUnreadable } {
  const match = /<catalogs\b[^>]*>([\s\S]*)<\/catalogs>/.exec(xml);
  if (!match) return { ok: false, reason: "no-catalogs-element" };
  let state: WorkbookCatalogState;
  try {
    state = JSON.parse(unescapeXml(match[1])) as WorkbookCatalogState;
  } catch {
    return { ok: false, reason: "not-json" };
  }
  if (
    state === null ||
    typeof state !== "object" ||
    state.formatVersion !== 1 ||
    !Array.isArray(state.catalogs) ||
    typeof state.defaultId !== "string"
  )
    return { ok: false, reason: "unknown-format" };
  return { ok: true, state };
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** The part's size as the request carries it: Office.js sends the XML as a JSON string. */
export const requestBytes = (xml: string): number => utf8Bytes(JSON.stringify(xml));

/** One stored part: its state, or why this build cannot read it (then it is left in the workbook). */
interface StoredPart {
  readonly id: string;
  readonly state: WorkbookCatalogState | null;
  readonly problem: StoreUnreadable | null;
}

/**
 * Replaces the workbook's stored catalogs with the registry's loaded and kept versions and its
 * default. The new part is checked and added before anything is deleted, so a failed write
 * leaves the old one; a part this build cannot read (a newer format) is never deleted.
 */
export async function saveCatalogsToWorkbook(registry: CatalogRegistry, opts: StoreAccess = {}): Promise<SaveResult> {
  const state = workbookState(registry);
  const xml = stateToXml(state);
  const bytes = requestBytes(xml);
  const size = { bytes, max: MAX_STATE_BYTES };
  if (bytes > MAX_STATE_BYTES) throw new Error(problemText(finding("$", "store-too-large", size), opts.lang));
  const warning =
    bytes >= WARN_STATE_SHARE * MAX_STATE_BYTES ? toProblem(finding("$", "store-near-limit", size), opts.lang) : null;
  const excel = runnerOf(opts);
  let syncs = 0;
  try {
    await excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE);
      parts.load("items/id");
      await context.sync();
      syncs++;
      const existing = parts.items.map((part) => ({ part, xml: part.getXml() }));
      context.workbook.customXmlParts.add(xml);
      await context.sync();
      syncs++;
      const readable = existing.filter(({ xml: text }) => readState(text.value).ok);
      if (readable.length === 0) return;
      for (const { part } of readable) part.delete();
      await context.sync();
      syncs++;
    });
  } catch (error) {
    throw describeOfficeError("save-catalogs", error, opts);
  }
  return { bytes, catalogs: state.catalogs.map((c) => c.id), defaultId: state.defaultId, syncs, warning };
}

/** Reads every stored part (none: an empty list) without touching a registry. */
export async function readStoredParts(opts: ExcelAccess = {}): Promise<{ parts: StoredPart[]; syncs: number }> {
  const excel = runnerOf(opts);
  let syncs = 0;
  const parts: StoredPart[] = [];
  try {
    await excel.run(async (context) => {
      const found = context.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE);
      found.load("items/id");
      await context.sync();
      syncs++;
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded above with load("items/id")
      if (found.items.length === 0) return;
      const texts = found.items.map((part) => ({ id: part.id, xml: part.getXml() }));
      await context.sync();
      syncs++;
      for (const { id, xml } of texts) {
        const read = readState(xml.value);
        parts.push(read.ok ? { id, state: read.state, problem: null } : { id, state: null, problem: read.reason });
      }
    });
  } catch (error) {
    throw describeOfficeError("read-catalogs", error, opts);
  }
  return { parts, syncs };
}

/** The first readable stored state (null when none), for tools and tests. */
export async function readWorkbookState(
  opts: ExcelAccess = {},
): Promise<{ state: WorkbookCatalogState | null; syncs: number }> {
  const { parts, syncs } = await readStoredParts(opts);
  return { state: parts.find((p) => p.state !== null)?.state ?? null, syncs };
}

/**
 * On open: loads the workbook's stored versions into the registry (each validated again) and
 * makes its stored default the default. Nothing stored is lost: a version this build cannot
 * load is kept verbatim (and stored again on the next save), a default that cannot be loaded
 * stays the default (formulas using it say why they are #N/A), and a part this build cannot
 * read is left in the workbook. Each is reported as kept, not loaded, with the reason.
 */
export async function restoreCatalogsFromWorkbook(
  registry: CatalogRegistry,
  opts: StoreAccess = {},
): Promise<RestoreResult> {
  const { parts, syncs } = await readStoredParts(opts);
  const { lang } = opts;
  keptInWorkbook.clear();
  const problems: Problem[] = [];
  for (const part of parts)
    if (part.problem !== null)
      problems.push(toProblem(finding("$", "part-unreadable", { reason: part.problem }), lang));
  const states = parts.flatMap((p) => (p.state ? [p.state] : []));
  if (states.length === 0)
    return { found: parts.length > 0, loaded: [], defaultId: registry.defaultId, problems, syncs };
  // Stored versions are validated again: the pane loads the validator now (a chunk of its own).
  await loadCatalogValidator();
  const loaded: string[] = [];
  const keptReasons = new Map<string, string>();
  for (const state of states) {
    state.catalogs.forEach((candidate, i) => {
      const id = candidateId(candidate, i);
      const result = loadCatalog(registry, candidate, lang);
      if (result.ok) {
        loaded.push(result.id);
        return;
      }
      const reason = problemsInOneLine(result.problems);
      keptInWorkbook.set(id, { id, raw: candidate, reason });
      keptReasons.set(id, reason);
      problems.push(toProblem(finding(id, "kept-not-loaded", { reason }), lang));
    });
  }
  const defaultId = states[0].defaultId;
  if (registry.ids().includes(defaultId)) registry.setDefault(defaultId);
  else {
    const reason = keptReasons.get(defaultId) ?? problemText(finding("$", "no-such-version", { id: defaultId }), lang);
    registry.keepMissingDefault(defaultId, reason);
    problems.push(toProblem(finding(defaultId, "default-kept", { id: defaultId, reason }), lang));
  }
  return { found: true, loaded, defaultId: registry.defaultId, problems, syncs };
}

/**
 * Makes `id` the default version, stores it with the workbook and re-runs this workbook's
 * TCLOUD formulas (those with a blank catalog argument now price with `id`).
 */
export async function setDefaultVersion(
  registry: CatalogRegistry,
  id: string,
  opts: StoreAccess = {},
): Promise<{ syncs: number; warning: Problem | null }> {
  const previous = registry.defaultId;
  registry.setDefault(id); // throws #N/A-style PricingError for an unknown id, before touching the workbook
  let syncs = 0;
  let warning: Problem | null = null;
  try {
    const saved = await saveCatalogsToWorkbook(registry, opts);
    syncs += saved.syncs;
    warning = saved.warning;
    syncs += (await recalculateTcloudFormulas(opts)).syncs;
  } catch (error) {
    registry.setDefault(previous);
    throw error;
  }
  return { syncs, warning };
}
