import { loadCatalog } from "../catalog/loadCatalog";
import type { CatalogRegistry } from "../catalog/registry";
import type { Catalog } from "../catalog/types";
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
export const MAX_STATE_BYTES = 4_000_000;

export interface WorkbookCatalogState {
  readonly formatVersion: 1;
  readonly defaultId: string;
  readonly catalogs: readonly Catalog[];
}

export interface SaveResult {
  readonly bytes: number;
  readonly catalogs: readonly string[];
  readonly defaultId: string;
  readonly syncs: number;
}

export interface RestoreProblem {
  /** The catalog id (or "$" for the stored state itself). */
  readonly catalog: string;
  readonly message: string;
}

export interface RestoreResult {
  /** False when the workbook holds no stored catalogs. */
  readonly found: boolean;
  readonly loaded: readonly string[];
  readonly defaultId: string;
  /** Stored catalogs that no longer validate, or a default that no longer exists: reported, not dropped silently. */
  readonly problems: readonly RestoreProblem[];
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

/** The state of a registry worth storing: loaded versions and the default. */
export function workbookState(registry: CatalogRegistry): WorkbookCatalogState {
  const catalogs = registry
    .ids()
    .filter((id) => !registry.isEmbedded(id))
    .map((id) => registry.catalog(id) as Catalog);
  return { formatVersion: 1, defaultId: registry.defaultId, catalogs };
}

export function stateToXml(state: WorkbookCatalogState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><catalogs xmlns="${CATALOG_PART_NAMESPACE}">${escapeXml(JSON.stringify(state))}</catalogs>`;
}

export function xmlToState(xml: string): WorkbookCatalogState {
  const match = /<catalogs\b[^>]*>([\s\S]*)<\/catalogs>/.exec(xml);
  if (!match) throw new Error("the stored catalog part has no <catalogs> element");
  const state = JSON.parse(unescapeXml(match[1])) as WorkbookCatalogState;
  if (
    state === null ||
    typeof state !== "object" ||
    state.formatVersion !== 1 ||
    !Array.isArray(state.catalogs) ||
    typeof state.defaultId !== "string"
  ) {
    throw new Error("the stored catalog part is not in the expected format (formatVersion 1)");
  }
  return state;
}

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** Replaces the workbook's stored catalogs with the registry's loaded versions and default (2 syncs). */
export async function saveCatalogsToWorkbook(registry: CatalogRegistry, opts: ExcelAccess = {}): Promise<SaveResult> {
  const state = workbookState(registry);
  const xml = stateToXml(state);
  const bytes = utf8Bytes(xml);
  if (bytes > MAX_STATE_BYTES) {
    throw new Error(
      `The loaded catalogs take ${bytes.toLocaleString("en-US")} bytes, more than the ${MAX_STATE_BYTES.toLocaleString("en-US")} a workbook can store in one request; remove a version and save again.`,
    );
  }
  const excel = runnerOf(opts);
  let syncs = 0;
  try {
    await excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE);
      parts.load("items/id");
      syncs++;
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded above with load("items/id")
      for (const part of parts.items) part.delete();
      context.workbook.customXmlParts.add(xml);
      syncs++;
      await context.sync();
    });
  } catch (error) {
    throw describeOfficeError("Saving the catalogs in the workbook", error);
  }
  return { bytes, catalogs: state.catalogs.map((c) => c.id), defaultId: state.defaultId, syncs };
}

/** Reads the stored state (null when none) without touching a registry. */
export async function readWorkbookState(
  opts: ExcelAccess = {},
): Promise<{ state: WorkbookCatalogState | null; syncs: number }> {
  const excel = runnerOf(opts);
  let syncs = 0;
  let xml: string | null = null;
  try {
    await excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(CATALOG_PART_NAMESPACE);
      parts.load("items/id");
      syncs++;
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded above with load("items/id")
      if (parts.items.length === 0) return;
      const result = parts.items[0].getXml();
      syncs++;
      await context.sync();
      xml = result.value;
    });
  } catch (error) {
    throw describeOfficeError("Reading the catalogs stored in the workbook", error);
  }
  return { state: xml === null ? null : xmlToState(xml), syncs };
}

/**
 * On open: loads the workbook's stored versions into the registry (each validated again) and
 * makes its stored default the default. Problems are returned, not thrown, so the other
 * versions still load; an unreadable part is thrown.
 */
export async function restoreCatalogsFromWorkbook(
  registry: CatalogRegistry,
  opts: ExcelAccess = {},
): Promise<RestoreResult> {
  const { state, syncs } = await readWorkbookState(opts);
  if (!state) return { found: false, loaded: [], defaultId: registry.defaultId, problems: [], syncs };
  const loaded: string[] = [];
  const problems: RestoreProblem[] = [];
  state.catalogs.forEach((candidate, i) => {
    const result = loadCatalog(registry, candidate);
    const id =
      typeof (candidate as { id?: unknown })?.id === "string" ? (candidate as { id: string }).id : `catalog ${i + 1}`;
    if (result.ok) loaded.push(result.id);
    else problems.push({ catalog: id, message: result.problems.map((p) => `${p.path}: ${p.message}`).join("; ") });
  });
  if (registry.ids().includes(state.defaultId)) registry.setDefault(state.defaultId);
  else
    problems.push({
      catalog: state.defaultId,
      message: `the stored default version "${state.defaultId}" is not available; using ${registry.defaultId}`,
    });
  return { found: true, loaded, defaultId: registry.defaultId, problems, syncs };
}

/**
 * Makes `id` the default version, stores it with the workbook and re-runs this workbook's
 * TCLOUD formulas (those with a blank catalog argument now price with `id`).
 */
export async function setDefaultVersion(
  registry: CatalogRegistry,
  id: string,
  opts: ExcelAccess = {},
): Promise<{ syncs: number }> {
  const previous = registry.defaultId;
  registry.setDefault(id); // throws #N/A-style PricingError for an unknown id, before touching the workbook
  let syncs = 0;
  try {
    const saved = await saveCatalogsToWorkbook(registry, opts);
    syncs += saved.syncs;
    syncs += (await recalculateTcloudFormulas(opts)).syncs;
  } catch (error) {
    registry.setDefault(previous);
    throw error;
  }
  return { syncs };
}
