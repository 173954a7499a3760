import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { REGISTRY_KEY } from "../src/catalog/embedded";
import { loadCatalog } from "../src/catalog/loadCatalog";
import type { CatalogRegistry } from "../src/catalog/registry";
import { BLANK, EXCEL_HOSTS, passArguments, type ArgInput, type ExcelHostKind } from "../src/cli/excelHost";
import { loadFunctions, type ExcelFunction, type LoadedFunctions } from "../src/cli/loadFunctions";

export const DIST = path.resolve(__dirname, "..", "dist");

const loaded = new Map<string, LoadedFunctions>();
let displayLanguage: string | undefined;

/** The built add-in's functions, loaded once per test file (and display language) as Excel's runtime loads them. */
export function dist(): LoadedFunctions {
  const key = displayLanguage ?? "";
  if (!loaded.has(key)) loaded.set(key, loadFunctions(DIST, displayLanguage ? { displayLanguage } : undefined));
  return loaded.get(key)!;
}

/** Calls in the enclosing describe block run as in Excel showing this display language (e.g. "zh-CN"). */
export function inDisplayLanguage(language: string | undefined): void {
  let before: string | undefined;
  beforeAll(() => {
    before = displayLanguage;
    displayLanguage = language;
  });
  afterAll(() => {
    displayLanguage = before;
  });
}

export function fn(name: string): ExcelFunction {
  const f = dist().registered.get(name);
  if (!f) throw new Error(`TCLOUD.${name} is not registered`);
  return f;
}

/** The example contract price book the README and help pages use (八折 on tencent-current). */
export const EXAMPLE_BOOK = path.resolve(__dirname, "..", "examples", "acme-2026.json");

/** The built functions' own registry (of the display language in force). */
function distRegistry(): CatalogRegistry {
  const { registered, context } = dist();
  registered.get("CATALOGS")!(); // creates the runtime's registry
  return vm.runInContext(
    `globalThis[Symbol.for(${JSON.stringify(REGISTRY_KEY.description)})]`,
    context,
  ) as CatalogRegistry;
}

/** Removes the example price book again (tables that list every version show the built-in ones). */
export function unloadExampleBook(): void {
  distRegistry().remove("acme-2026");
}

/**
 * Loads the example price book into the built functions' own registry (of the display language in
 * force), as the pane or `tcprice --catalog` loads it; a second call changes nothing.
 */
export function loadExampleBook(): void {
  const registry = distRegistry();
  if (registry.ids().includes("acme-2026")) return;
  const result = loadCatalog(registry, JSON.parse(fs.readFileSync(EXAMPLE_BOOK, "utf8")));
  if (!result.ok) throw new Error(`examples/acme-2026.json does not load: ${JSON.stringify(result.problems)}`);
}

let host: ExcelHostKind = "desktop";

/**
 * Registers `body`'s tests twice: with the arguments desktop Excel passes (blank cells as 0)
 * and with those Excel on the web passes (blank cells as null). `call` inside uses that host.
 */
export function forEachHost(body: (host: ExcelHostKind) => void): void {
  describe.each(EXCEL_HOSTS)("as %s Excel passes arguments", (kind) => {
    beforeAll(() => {
      host = kind;
    });
    body(kind);
  });
}

/**
 * Calls TCLOUD.NAME as the current host does: each input goes through Excel's conversion for
 * its declared type (BLANK = a blank cell, null or a missing input = omitted, null inside a
 * range = a blank cell). Returns the value, or the Excel error as "#CODE" plus message; an
 * argument Excel itself refuses is its #VALUE! with no message, the function not called.
 */
export function call(name: string, ...inputs: ArgInput[]): { value?: unknown; code?: string; message?: string } {
  const meta = dist().metadata.find((f) => f.id === name);
  if (!meta) throw new Error(`TCLOUD.${name} has no metadata`);
  const passed = passArguments(meta, inputs, host);
  if ("hostError" in passed) return { code: passed.hostError };
  try {
    return { value: fn(name)(...passed.args) };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (typeof e.code !== "string") throw error;
    return { code: e.code, message: e.message };
  }
}

export { BLANK };
