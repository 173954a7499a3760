import { PricingError } from "../core/errors";
import type { CatalogModel, ProductModel } from "../core/model";
import { compileCatalog } from "./compile";
import { INTERNATIONAL_REFS, ISO_DATE } from "./refs";
import type { Catalog, PriceAdjustment, PriceBook, ProductKind } from "./types";
import type { Problem } from "./problem";
import type { ValidCatalog, ValidPriceBook } from "./validate";

/** What the registry holds under an id: a catalog version, or a price book layered on one. */
export type VersionDocument = Catalog | PriceBook;

/** One term of a price book, in words, with the billing item (of the base) it touches; null = all. */
export interface BookTerm {
  readonly product: ProductKind;
  readonly itemId: string | null;
  readonly text: string;
  /** The term as written, for words in another language (functions/referenceWords.ts). */
  readonly adjustment: PriceAdjustment;
}

/**
 * A validated price book with the catalog it stands for and its terms, made when it is loaded
 * (loadCatalog, priceBook.ts): the functions bundle, which never loads a catalog, carries neither.
 */
export interface PreparedBook {
  readonly book: ValidPriceBook;
  readonly catalog: Catalog;
  readonly terms: readonly BookTerm[];
}

/**
 * A version as the lists show it. `source`: the documents a catalog version was read from; a
 * price book has none of its own: each view words it in its language from `basedOn` and
 * bookTerms.
 */
export type CatalogSummary = {
  readonly id: string;
  readonly title: string;
  readonly ocrDate: string | null;
  readonly faceDate: string | null;
  readonly embedded: boolean;
  readonly isDefault: boolean;
} & (
  | { readonly basedOn: null; readonly source: string }
  /** A price book and its base version. */
  | { readonly basedOn: string; readonly source: null }
);

/** Which date system the workbook counts serials in (files from Excel for Mac may use 1904). */
export type DateSystem = "1900" | "1904";

export type LoadResult =
  | {
      readonly ok: true;
      readonly id: string;
      readonly replaced: boolean;
      /** What the user should know but that does not stop the load (an item renamed since another version). */
      readonly notes?: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const describeSource = (catalog: Catalog): string =>
  catalog.sources.map((s) => (s.commit ? `${s.file} @ ${s.commit.slice(0, 8)}` : s.file)).join("; ");

/**
 * The catalog versions a workbook can price with: the embedded ones (read-only) and any the
 * user loaded. A candidate is validated whole before it is added; a bad one changes nothing.
 */
export class CatalogRegistry {
  /** Every version by id; a price book as the catalog it stands for. */
  private readonly sources = new Map<string, Catalog>();
  private readonly books = new Map<string, PreparedBook>();
  private readonly compiled = new Map<string, CatalogModel>();
  private readonly embeddedIds: ReadonlySet<string>;
  private currentDefault: string;
  private readonly initialDefault: string;
  private readonly listeners = new Set<() => void>();
  /** The workbook's stored default when it could not be loaded: it stays the default, and says why. */
  private missingDefault: { readonly id: string; readonly reason: string } | null = null;
  /** The open workbook's date system, as the pane detected it; Excel dates in formulas count in it. */
  dateSystem: DateSystem = "1900";

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

  /** The catalog an id prices with: a version as loaded, a price book applied to its base. */
  catalog(id: string): Catalog | undefined {
    return this.sources.get(id);
  }

  /** The document as it was loaded (a price book stays a book): what the workbook stores. */
  document(id: string): VersionDocument | undefined {
    return this.books.get(id)?.book ?? this.sources.get(id);
  }

  book(id: string): PriceBook | null {
    return this.books.get(id)?.book ?? null;
  }

  /** A price book's terms, in the order they apply (empty for a catalog version). */
  bookTerms(id: string): readonly BookTerm[] {
    return this.books.get(id)?.terms ?? [];
  }

  /** The price books layered on a version. */
  booksOn(baseId: string): string[] {
    return this.ids().filter((id) => this.book(id)?.basedOn === baseId);
  }

  list(): CatalogSummary[] {
    return this.ids().map((id) => {
      const catalog = this.catalog(id)!;
      const book = this.book(id);
      return {
        id: catalog.id,
        title: catalog.title,
        ocrDate: catalog.products.ocr?.effectiveDate ?? null,
        faceDate: catalog.products.face?.effectiveDate ?? null,
        embedded: this.embeddedIds.has(catalog.id),
        isDefault: catalog.id === this.currentDefault,
        ...(book ? { basedOn: book.basedOn, source: null } : { basedOn: null, source: describeSource(catalog) }),
      };
    });
  }

  /**
   * Adds (or replaces a loaded version with the same id) a catalog validated whole and checked
   * against the other versions by loadCatalog. Embedded versions cannot be replaced. Neither
   * check is imported here, so the functions bundle, which never loads a catalog, carries none.
   */
  add(entry: ValidCatalog | PreparedBook): LoadResult {
    const catalog = "book" in entry ? entry.catalog : entry;
    const { id } = catalog;
    // loadCatalog refuses a built-in id with a problem worded for the user; this is the last guard.
    if (this.embeddedIds.has(id)) throw new Error(`${id} is a built-in catalog version`);
    const replaced = this.sources.has(id);
    this.sources.set(id, catalog);
    if ("book" in entry) this.books.set(id, entry);
    else this.books.delete(id);
    this.compiled.delete(id);
    this.changed();
    return { ok: true, id, replaced };
  }

  /** False for a built-in version, an unknown id, and a version price books are layered on (remove those first). */
  remove(id: string): boolean {
    if (this.embeddedIds.has(id) || this.booksOn(id).length > 0 || !this.sources.delete(id)) return false;
    this.compiled.delete(id);
    this.books.delete(id);
    if (this.currentDefault === id) this.resetDefault();
    this.changed();
    return true;
  }

  private resetDefault(): void {
    this.currentDefault = this.builtInDefault();
    this.missingDefault = null;
  }

  setDefault(id: string): void {
    if (!this.sources.has(id)) throw new PricingError({ kind: "unknown-catalog", ref: id, ids: this.ids() });
    this.currentDefault = id;
    this.missingDefault = null;
    this.changed();
  }

  /**
   * The workbook's stored default could not be loaded (a newer build's version, one that no
   * longer validates): it remains the default, formulas that use the default are #N/A saying
   * why, and it is stored again as it was, until the user picks another default.
   */
  keepMissingDefault(id: string, reason: string): void {
    this.currentDefault = id;
    this.missingDefault = { id, reason };
    this.changed();
  }

  /** Why the default version is not available, or null when it is. */
  get defaultProblem(): string | null {
    return this.missingDefault?.reason ?? null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  compiledCatalog(id: string): CatalogModel | undefined {
    let compiled = this.compiled.get(id);
    if (!compiled) {
      const source = this.catalog(id);
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
  product(kind: ProductKind, ref: string | null): ProductModel {
    const id = ref === null ? this.currentDefault : this.resolveRef(kind, ref.trim());
    const compiled = this.compiledCatalog(id);
    if (!compiled) {
      if (this.missingDefault && id === this.missingDefault.id)
        throw new PricingError({ kind: "default-unavailable", ...this.missingDefault });
      throw new PricingError({ kind: "unknown-catalog", ref: ref ?? id, ids: this.ids() });
    }
    const product = compiled.products[kind];
    if (!product) {
      const withKind = this.list()
        .filter((s) => (kind === "ocr" ? s.ocrDate : s.faceDate) !== null)
        .map((s) => s.id);
      throw new PricingError({ kind: "product-not-in-catalog", catalogId: id, product: kind, versionsWith: withKind });
    }
    return product;
  }

  private resolveRef(kind: ProductKind, ref: string): string {
    if (ref === "") return this.currentDefault;
    // Dates and the international words first: no version id can be one (validation), but a
    // formula's date must never depend on which versions happen to be loaded.
    if (ISO_DATE.test(ref)) return this.versionInForce(kind, ref);
    if (INTERNATIONAL_REFS.has(ref.toLowerCase())) return this.internationalVersion(kind);
    if (this.sources.has(ref)) return ref;
    const byCase = this.ids().find((id) => id.toLowerCase() === ref.toLowerCase());
    return byCase ?? ref;
  }

  /** The list versions a date or "international" can pick: a price book is only ever named by its id. */
  private candidates(kind: ProductKind, market: "mainland" | "international"): Catalog[] {
    return [...this.sources.values()].filter((c) => !this.books.has(c.id) && c.products[kind]?.market === market);
  }

  private versionInForce(kind: ProductKind, isoDate: string): string {
    const inForce = this.candidates(kind, "mainland")
      .filter((c) => c.products[kind]!.effectiveDate <= isoDate)
      // Same date: only versions with the same prices may share one (loadCatalog); the id decides.
      .sort(
        (a, b) =>
          a.products[kind]!.effectiveDate.localeCompare(b.products[kind]!.effectiveDate) || b.id.localeCompare(a.id),
      );
    const chosen = inForce[inForce.length - 1];
    if (!chosen) {
      const dates = this.candidates(kind, "mainland")
        .map((c) => c.products[kind]!.effectiveDate)
        .sort();
      throw new PricingError({ kind: "no-version-on-date", product: kind, date: isoDate, earliest: dates[0] ?? null });
    }
    return chosen.id;
  }

  private internationalVersion(kind: ProductKind): string {
    const lists = this.candidates(kind, "international").sort((a, b) =>
      a.products[kind]!.effectiveDate.localeCompare(b.products[kind]!.effectiveDate),
    );
    const chosen = lists[lists.length - 1];
    if (!chosen) {
      throw new PricingError({ kind: "no-international", product: kind });
    }
    return chosen.id;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
