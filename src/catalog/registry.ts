import { naError } from "../core/errors";
import { PRODUCT_LABEL } from "../core/labels";
import { compileCatalog, type CompiledCatalog, type CompiledProduct } from "./compile";
import type { Catalog, ProductKind } from "./types";
import { validateCatalog, type CatalogProblem } from "./validate";

export interface CatalogSummary {
  readonly id: string;
  readonly title: string;
  readonly ocrDate: string | null;
  readonly faceDate: string | null;
  readonly source: string;
  readonly embedded: boolean;
  readonly isDefault: boolean;
}

export type LoadResult =
  | { readonly ok: true; readonly id: string; readonly replaced: boolean }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

/** Words a user may type for "the international price list" instead of a version id. */
const INTERNATIONAL_REFS = new Set(["international", "intl", "overseas", "国际站", "境外"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const describeSource = (catalog: Catalog): string =>
  catalog.sources.map((s) => (s.commit ? `${s.file} @ ${s.commit.slice(0, 8)}` : s.file)).join("; ");

/**
 * The catalog versions a workbook can price with: the embedded ones (read-only) and any the
 * user loaded. A candidate is validated whole before it is added; a bad one changes nothing.
 */
export class CatalogRegistry {
  private readonly sources = new Map<string, Catalog>();
  private readonly compiled = new Map<string, CompiledCatalog>();
  private readonly embeddedIds: ReadonlySet<string>;
  private currentDefault: string;
  private readonly initialDefault: string;
  private readonly listeners = new Set<() => void>();

  constructor(embedded: readonly Catalog[], defaultId: string) {
    for (const catalog of embedded) this.sources.set(catalog.id, catalog);
    this.embeddedIds = new Set(embedded.map((c) => c.id));
    if (!this.sources.has(defaultId)) throw new Error(`default catalog ${defaultId} is not embedded`);
    this.currentDefault = defaultId;
    this.initialDefault = defaultId;
  }

  get defaultId(): string {
    return this.currentDefault;
  }

  /** The built-in default, used again when a workbook's chosen default is removed. */
  builtInDefault(): string {
    return this.initialDefault;
  }

  ids(): string[] {
    return [...this.sources.keys()];
  }

  isEmbedded(id: string): boolean {
    return this.embeddedIds.has(id);
  }

  catalog(id: string): Catalog | undefined {
    return this.sources.get(id);
  }

  list(): CatalogSummary[] {
    return [...this.sources.values()].map((catalog) => ({
      id: catalog.id,
      title: catalog.title,
      ocrDate: catalog.products.ocr?.effectiveDate ?? null,
      faceDate: catalog.products.face?.effectiveDate ?? null,
      source: describeSource(catalog),
      embedded: this.embeddedIds.has(catalog.id),
      isDefault: catalog.id === this.currentDefault,
    }));
  }

  /** Validates and adds (or replaces a loaded version with the same id). Embedded versions cannot be replaced. */
  load(candidate: unknown): LoadResult {
    const result = validateCatalog(candidate);
    if (!result.ok) return { ok: false, problems: result.problems };
    const { id } = result.catalog;
    if (this.embeddedIds.has(id)) {
      return {
        ok: false,
        problems: [{ path: "$.id", message: `"${id}" is a built-in catalog version; give your version its own id` }],
      };
    }
    const replaced = this.sources.has(id);
    this.sources.set(id, result.catalog);
    this.compiled.delete(id);
    this.changed();
    return { ok: true, id, replaced };
  }

  remove(id: string): boolean {
    if (this.embeddedIds.has(id) || !this.sources.delete(id)) return false;
    this.compiled.delete(id);
    if (this.currentDefault === id) this.currentDefault = this.builtInDefault();
    this.changed();
    return true;
  }

  setDefault(id: string): void {
    if (!this.sources.has(id))
      throw naError(`There is no catalog version "${id}". Versions: ${this.ids().join(", ")}.`);
    this.currentDefault = id;
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  compiledCatalog(id: string): CompiledCatalog | undefined {
    let compiled = this.compiled.get(id);
    if (!compiled) {
      const source = this.sources.get(id);
      if (!source) return undefined;
      compiled = compileCatalog(source);
      this.compiled.set(id, compiled);
    }
    return compiled;
  }

  /**
   * The product prices a formula asks for: `ref` null = the default version; a version id;
   * an ISO date = the version in force that day (latest effective date on or before it);
   * "international" = the newest international price list.
   */
  product(kind: ProductKind, ref: string | null): CompiledProduct {
    const id = ref === null ? this.currentDefault : this.resolveRef(kind, ref.trim());
    const compiled = this.compiledCatalog(id);
    if (!compiled) {
      throw naError(
        `There is no catalog version "${ref}". Type one of: ${this.ids().join(", ")}, a date, or leave it blank for the default.`,
      );
    }
    const product = compiled.products[kind];
    if (!product) {
      const withKind = this.list()
        .filter((s) => (kind === "ocr" ? s.ocrDate : s.faceDate) !== null)
        .map((s) => s.id);
      throw naError(`Catalog ${id} has no ${PRODUCT_LABEL[kind]} prices. Versions with them: ${withKind.join(", ")}.`);
    }
    return product;
  }

  private resolveRef(kind: ProductKind, ref: string): string {
    if (ref === "") return this.currentDefault;
    if (this.sources.has(ref)) return ref;
    const byCase = this.ids().find((id) => id.toLowerCase() === ref.toLowerCase());
    if (byCase) return byCase;
    if (INTERNATIONAL_REFS.has(ref.toLowerCase())) return this.internationalVersion(kind);
    if (ISO_DATE.test(ref)) return this.versionInForce(kind, ref);
    return ref;
  }

  private candidates(kind: ProductKind, market: "mainland" | "international") {
    return [...this.sources.values()].filter((c) => c.products[kind]?.market === market);
  }

  private versionInForce(kind: ProductKind, isoDate: string): string {
    const inForce = this.candidates(kind, "mainland")
      .filter((c) => c.products[kind]!.effectiveDate <= isoDate)
      .sort((a, b) => a.products[kind]!.effectiveDate.localeCompare(b.products[kind]!.effectiveDate));
    const chosen = inForce[inForce.length - 1];
    if (!chosen) {
      const dates = this.candidates(kind, "mainland")
        .map((c) => c.products[kind]!.effectiveDate)
        .sort();
      throw naError(
        `No catalog version prices ${PRODUCT_LABEL[kind]} on ${isoDate}; the earliest takes effect ${dates[0] ?? "never"}.`,
      );
    }
    return chosen.id;
  }

  private internationalVersion(kind: ProductKind): string {
    const lists = this.candidates(kind, "international").sort((a, b) =>
      a.products[kind]!.effectiveDate.localeCompare(b.products[kind]!.effectiveDate),
    );
    const chosen = lists[lists.length - 1];
    if (!chosen) {
      throw naError(
        `No international ${PRODUCT_LABEL[kind]} price list is loaded. Calls in overseas regions are billed at the international price list, which the built-in catalogs do not include; load one in the task pane.`,
      );
    }
    return chosen.id;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
