import type { CompiledItem, CompiledProduct } from "../catalog/compile";
import type { CatalogRegistry } from "../catalog/registry";
import type { ProductKind } from "../catalog/types";
import { PricingError } from "../core/errors";
import type { Money } from "../core/money";
import { resolveItem } from "../core/resolve";
import type { CellValue, ProductChoice } from "./types";

/** What a cell shows for a failed price: the Excel error's text (never 0). */
export const ERROR_TEXT: Readonly<Record<PricingError["code"], string>> = {
  NA: "#N/A",
  VALUE: "#VALUE!",
  NUM: "#NUM!",
};

export function errorText(error: unknown): string {
  if (error instanceof PricingError) return ERROR_TEXT[error.code];
  throw error;
}

/** The exact decimal as the nearest JS number: the only place money becomes a float. */
export const cellNumber = (amount: Money): number => amount.toNumber();

export const nowIso = (given?: string): string => given ?? new Date().toISOString();

/** A formula string literal: "a""b". */
export const formulaString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The product a ref names, or the failure to show (e.g. "Catalog X has no OCR prices"). */
export function productOrError(
  registry: CatalogRegistry,
  kind: ProductKind,
  version: string,
): CompiledProduct | PricingError {
  try {
    return registry.product(kind, version);
  } catch (error) {
    if (error instanceof PricingError) return error;
    throw error;
  }
}

/**
 * Which product a typed name belongs to: OCR when some version's OCR knows it, else Face when
 * some version's Face knows it, else OCR (whose #VALUE! message then says what to type).
 */
export function detectProduct(registry: CatalogRegistry, api: string, versions: readonly string[]): ProductKind {
  for (const kind of ["ocr", "face"] as const) {
    for (const version of versions) {
      const product = productOrError(registry, kind, version);
      if (product instanceof PricingError) continue;
      try {
        resolveItem(product, api);
        return kind;
      } catch {
        // not this one
      }
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
export function itemOrError(product: CompiledProduct | PricingError, api: string): CompiledItem | PricingError {
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
  private readonly byMessage = new Map<string, { code: string; rows: number[]; count: number }>();

  add(code: string, message: string, row?: number): void {
    let entry = this.byMessage.get(message);
    if (!entry) this.byMessage.set(message, (entry = { code, rows: [], count: 0 }));
    entry.count++;
    if (row !== undefined && entry.rows.length < 5) entry.rows.push(row);
  }

  addError(error: PricingError, row?: number): void {
    this.add(ERROR_TEXT[error.code], error.message, row);
  }

  notes(limit = 50): string[] {
    const all = [...this.byMessage.entries()].map(([message, { code, rows, count }]) => {
      const where =
        rows.length === 0
          ? ""
          : ` (row${count > 1 ? "s" : ""} ${rows.join(", ")}${count > rows.length ? `, … ${count} in all` : ""})`;
      return `${code}${where}: ${message}`;
    });
    if (all.length <= limit) return all;
    return [...all.slice(0, limit), `… and ${all.length - limit} more distinct problems`];
  }
}

export const textOr = (value: CellValue | undefined): string =>
  value === null || value === undefined ? "" : String(value);
