import type { CatalogRegistry } from "../catalog/registry";
import { PricingError } from "../core/errors";
import { failureMessage, type MessageLang } from "../core/messages";
import type { ItemModel, ProductKind, ProductModel } from "../core/model";
import { knowsName, resolveItem } from "../core/resolve";
import { excelErrorOf } from "../functions/excelErrors";
import type { CellValue, ErrorCell, ProductChoice } from "./types";

export { cellNumber } from "../core/cellNumber";

/** What a cell holds for a failed price: the Excel error itself (never 0, never text). */
export const errorText = (error: PricingError): ErrorCell => ({ error: excelErrorOf(error.failure) });

export const NA_CELL: ErrorCell = { error: "#N/A" };

/** Runs a pricing step; a pricing failure is returned as a value, anything else (a bug) is thrown. */
export function attempt<T>(step: () => T): T | PricingError {
  try {
    return step();
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
}

export const nowIso = (given?: string): string => given ?? new Date().toISOString();

/** A formula string literal: "a""b". */
export const formulaString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The product a ref names, or the failure to show (e.g. "Catalog X has no OCR prices"). */
export function productOrError(
  registry: CatalogRegistry,
  kind: ProductKind,
  version: string,
): ProductModel | PricingError {
  try {
    return registry.product(kind, version);
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
}

/** productOrError, once per product and version: a table asks for the same few many times. */
export function productCache(
  registry: CatalogRegistry,
): (kind: ProductKind, version: string) => ProductModel | PricingError {
  const products = new Map<string, ProductModel | PricingError>();
  return (kind, version) => {
    const key = `${kind}|${version}`;
    if (!products.has(key)) products.set(key, productOrError(registry, kind, version));
    return products.get(key)!;
  };
}

/**
 * Which product a typed name belongs to: OCR when some version's OCR knows it, else Face when
 * some version's Face knows it, else OCR (whose #VALUE! message then says what to type).
 */
export function detectProduct(registry: CatalogRegistry, api: string, versions: readonly string[]): ProductKind {
  for (const kind of ["ocr", "face"] as const) {
    for (const version of versions) {
      const product = productOrError(registry, kind, version);
      if (!(product instanceof PricingError) && knowsName(product, api)) return kind;
    }
  }
  return "ocr";
}

export function productFor(
  registry: CatalogRegistry,
  api: string,
  versions: readonly string[],
  choice: ProductChoice | undefined,
  cache: Map<string, ProductKind>,
): ProductKind {
  if (choice) return choice;
  let kind = cache.get(api);
  if (!kind) {
    kind = detectProduct(registry, api, versions);
    cache.set(api, kind);
  }
  return kind;
}

/** The item a name bills to in a product, or the failure. */
export function itemOrError(product: ProductModel | PricingError, api: string): ItemModel | PricingError {
  if (product instanceof PricingError) return product;
  try {
    return resolveItem(product, api);
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
}

/**
 * Notes for failed cells, one per distinct message, with the rows it affects (at most a few
 * listed): "#N/A (rows 3, 9): 身份证识别 has no list price for 1,000,000 and above ...".
 */
export class NoteCollector {
  /** Notes in the sheet's language: failures are worded from their reason, not their English message. */
  constructor(private readonly lang: MessageLang = "en") {}

  private readonly byMessage = new Map<string, { code: string; rows: number[]; count: number }>();

  add(code: string, message: string, row?: number): void {
    let entry = this.byMessage.get(message);
    if (!entry) this.byMessage.set(message, (entry = { code, rows: [], count: 0 }));
    entry.count++;
    if (row !== undefined && entry.rows.length < 5) entry.rows.push(row);
  }

  addError(error: PricingError, row?: number): void {
    this.add(excelErrorOf(error.failure), failureMessage(error.failure, this.lang), row);
  }

  notes(limit = 50): string[] {
    const all = [...this.byMessage.entries()].map(([message, { code, rows, count }]) => {
      const where =
        rows.length === 0
          ? ""
          : this.lang === "zh"
            ? `（第 ${rows.join("、")} 行${count > rows.length ? `等，共 ${count} 处` : ""}）`
            : ` (row${count > 1 ? "s" : ""} ${rows.join(", ")}${count > rows.length ? `, … ${count} in all` : ""})`;
      return `${code}${where}: ${message}`;
    });
    if (all.length <= limit) return all;
    const more = (all.length - limit).toLocaleString("en-US");
    return [
      ...all.slice(0, limit),
      this.lang === "zh" ? `……另有 ${more} 种不同的问题` : `… and ${more} more distinct problems`,
    ];
  }
}

export const textOr = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);
