import type { Catalog } from "./types";
import current from "./data/tencent-current.json";
import ocr2019 from "./data/tencent-2019-ocr.json";
import ocr2021 from "./data/tencent-2021-ocr.json";
import face2020 from "./data/tencent-2020-face.json";
import ocr2020 from "./data/tencent-2020-ocr.json";
import ocrNotice20201007 from "./data/tencent-2020-10-07-ocr.json";
import ocrLegacy from "./data/tencent-legacy-ocr.json";
import faceLegacy from "./data/tencent-legacy-face.json";
import { CatalogRegistry } from "./registry";

/** The built-in versions, newest first; each file is validated by the test suite, not at start-up. */
export const EMBEDDED_CATALOGS: readonly Catalog[] = [
  current,
  ocr2021,
  ocr2020,
  face2020,
  ocrNotice20201007,
  ocr2019,
  ocrLegacy,
  faceLegacy,
] as unknown as Catalog[];

export const DEFAULT_CATALOG_ID = "tencent-current";

export const REGISTRY_KEY = Symbol.for("tcloud-ai-pricing.catalogRegistry");

/**
 * The one registry of a runtime. Custom functions and the task pane are separate bundles in
 * the same shared runtime, so the instance lives on the global object, not in a module.
 */
let cached: CatalogRegistry | undefined;

export function sharedRegistry(): CatalogRegistry {
  // The module-level reference saves a global lookup per formula; the object is the shared one.
  if (cached) return cached;
  const holder = globalThis as unknown as Record<symbol, CatalogRegistry | undefined>;
  let registry = holder[REGISTRY_KEY];
  if (!registry) {
    registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
    holder[REGISTRY_KEY] = registry;
  }
  cached = registry;
  return registry;
}
