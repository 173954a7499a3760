/**
 * One shape for every problem with a catalog, wherever it is found (the pane, the workbook and
 * browser restores, the CLI): where (a JSON path "$.products.ocr.billingItems[3].name", a cell
 * address "Sheet!B7", or a version id), a stable code, and the message in the reader's language,
 * worded from the code by problemMessages.ts. Never recognise a problem by its message.
 */
/** Why stored versions (a workbook part, browser storage) cannot be read: typed, worded per language. */
export type StoreUnreadable = "no-catalogs-element" | "not-json" | "unknown-format" | "storage-denied";

export interface ProblemParams {
  // Structure (the JSON Schema)
  required: Record<string, never>;
  "unknown-field": { readonly allowed: readonly string[] };
  "wrong-type": { readonly expected: readonly string[]; readonly found: unknown };
  "too-few": { readonly min: number };
  "too-many": { readonly count: number; readonly max: number };
  empty: Record<string, never>;
  "too-long": { readonly length: number; readonly max: number };
  "control-characters": Record<string, never>;
  "bad-catalog-id": { readonly found: unknown };
  "bad-item-id": { readonly found: unknown };
  "bad-action": { readonly found: unknown };
  "not-date": { readonly found: unknown };
  "not-decimal": { readonly found: unknown };
  "too-small": { readonly min: number; readonly found: unknown };
  "too-big": { readonly max: number; readonly found: unknown };
  "not-one-of": { readonly allowed: readonly unknown[]; readonly found: unknown };
  "no-product": Record<string, never>;
  invalid: { readonly keyword: string };
  // Meaning (src/catalog/rules)
  "tier-first-from": Record<string, never>;
  "tier-gap": { readonly expected: number };
  "tier-open-before-last": Record<string, never>;
  "tier-last-closed": Record<string, never>;
  "tier-empty-range": { readonly from: number };
  "duplicate-qps-class": { readonly id: string };
  "unknown-qps-class": { readonly id: string };
  "duplicate-pack": { readonly size: number };
  "pack-not-in-sizes": { readonly size: number; readonly sizes: readonly number[] };
  "pack-sizes-order": Record<string, never>;
  "pack-sizes-required": Record<string, never>;
  "duplicate-item-id": { readonly id: string; readonly at: string };
  "duplicate-item-name": { readonly name: string; readonly at: string };
  "invisible-name": Record<string, never>;
  "not-calendar-date": { readonly date: string };
  "date-like-id": { readonly id: string };
  "reserved-id": { readonly id: string };
  "xml-character": Record<string, never>;
  "blank-text": Record<string, never>;
  "too-many-problems": { readonly max: number };
  // Against the other versions (crossVersion.ts)
  "built-in-id": { readonly id: string };
  "id-case-clash": { readonly id: string; readonly other: string };
  "same-date": {
    readonly date: string;
    readonly other: string;
    readonly product: "ocr" | "face";
    readonly market: string;
  };
  /** A note, not an error: the version loads. */
  "item-renamed": {
    readonly itemId: string;
    readonly name: string;
    readonly other: string;
    readonly otherName: string;
  };
  // Price books (rules/bookTerms.ts, bookBase.ts)
  "bad-factor": { readonly found: unknown };
  "needs-billing-item": Record<string, never>;
  "adjusts-nothing": Record<string, never>;
  "unknown-base": { readonly id: string; readonly ids: readonly string[] };
  "base-is-book": { readonly id: string };
  "base-of-books": { readonly id: string; readonly books: readonly string[] };
  "base-lacks-product": { readonly base: string; readonly product: "ocr" | "face" };
  "unknown-billing-item": { readonly name: string; readonly base: string; readonly itemOf: string | null };
  "unknown-tier": { readonly from: number; readonly froms: readonly number[] };
  "pack-not-sold": { readonly size: number; readonly sizes: readonly number[] };
  "breaks-book": { readonly book: string; readonly where: string };
  // Reading catalog text (reader.ts)
  "too-large": { readonly bytes: number; readonly max: number };
  "empty-input": Record<string, never>;
  "not-json": { readonly detail: string };
  // Fetching catalog text (the pane's file picker and URL field)
  "read-failed": { readonly detail: string };
  "url-invalid": { readonly url: string };
  "url-not-https": { readonly protocol: string };
  "url-network": { readonly host: string };
  "url-timeout": { readonly host: string; readonly seconds: number };
  "url-http-status": { readonly status: number; readonly statusText: string };
  "url-too-large": { readonly max: number };
  // Stored versions (workbook custom XML part, browser storage)
  "part-unreadable": { readonly reason: StoreUnreadable };
  "kept-not-loaded": { readonly reason: string };
  "default-kept": { readonly id: string; readonly reason: string };
  "browser-unreadable": { readonly reason: StoreUnreadable };
  "browser-not-loaded": { readonly reason: string };
  "no-such-version": { readonly id: string };
  "store-too-large": { readonly bytes: number; readonly max: number };
  "store-near-limit": { readonly bytes: number; readonly max: number };
  // Reading an edited price table (compare/catalogTable.ts) and a selected forecast (sheets/readRanges.ts);
  // `found` is the cell's value as typed; word lists are given in the reader's language by the reader.
  "grid-no-header": { readonly columns: readonly string[] };
  "grid-no-rows": Record<string, never>;
  "grid-cell-empty": { readonly field: GridField };
  "grid-price-empty": { readonly field: GridField; readonly contactSales: string };
  "grid-not-number": { readonly field: GridField; readonly found: unknown };
  "grid-not-count": { readonly field: GridField; readonly found: unknown };
  "grid-bad-product": { readonly found: unknown; readonly allowed: readonly string[] };
  "grid-name-differs": {
    readonly found: unknown;
    readonly expected: string;
    readonly row: number;
    readonly itemId: string;
  };
  "grid-bad-bounds": { readonly found: unknown; readonly lower: string; readonly upper: string };
  "grid-no-interfaces": Record<string, never>;
  "grid-bad-row-kind": { readonly found: unknown; readonly allowed: readonly string[] };
  "range-too-narrow": Record<string, never>;
  "range-no-name": Record<string, never>;
  "range-name-not-text": { readonly found: unknown };
}

/** The cell of an edited table a problem is about (worded by problemMessages.ts). */
export type GridField =
  "item-id" | "free-quota" | "from" | "to" | "unit-price" | "pack-size" | "pack-price" | "volume" | "prepaid";

export type ProblemCode = keyof ProblemParams;

/** A problem before it is worded: what the checks produce. */
export type Finding = {
  readonly [C in ProblemCode]: { readonly where: string; readonly code: C; readonly params: ProblemParams[C] };
}[ProblemCode];

export interface Problem {
  readonly where: string;
  readonly code: ProblemCode;
  readonly message: string;
}

/** A finding, typed by its code (the params must match it). */
export const finding = <C extends ProblemCode>(where: string, code: C, params: ProblemParams[C]): Finding =>
  ({ where, code, params }) as Finding;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Text quoted from a candidate: at most 40 characters of it (a 1 MB name is never echoed whole). */
export const excerpt = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** One step of a JSON path: ".name", "[3]", or ["odd key"] (quoted and truncated). */
export const step = (key: string | number): string =>
  typeof key === "number" ? `[${key}]` : IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(excerpt(key))}]`;
