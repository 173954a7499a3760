import { nameKey } from "../core/names";
import { ISO_DATE, NOT_XML_SOURCE, RESERVED_IDS } from "./refs";
import type { Catalog } from "./types";

/** One problem in a candidate catalog, located by JSON path ("$.products.ocr.billingItems[3].name"). */
export interface CatalogProblem {
  readonly path: string;
  readonly message: string;
}

declare const validated: unique symbol;
/** A catalog that validateCatalog found no problem in (only it makes one). */
export type ValidCatalog = Catalog & { readonly [validated]: true };

export type ValidationResult =
  | { readonly ok: true; readonly catalog: ValidCatalog; readonly problems: readonly [] }
  | { readonly ok: false; readonly problems: readonly CatalogProblem[] };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const ACTION_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const DECIMAL_PATTERN = /^(0|[1-9]\d{0,14})(\.\d{1,10})?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_NAME_LENGTH = 100;
const MAX_TEXT_LENGTH = 2000;
/** Stops a hostile catalog from making validation itself slow or the report unreadable. */
const MAX_PROBLEMS = 200;
const MAX_ARRAY_LENGTH = 5000;

/**
 * How many entries a price list may have, with a wide margin over what Tencent's pages need
 * (at most 4 postpaid tiers, 5 pack sizes, 3 QPS classes of 3 tiers, 27 OCR billing items, 14
 * interfaces in one item). They bound the work of every price a formula asks (OCR_PLAN's search
 * grows with tiers × months): a valid catalog is never slow.
 */
export const LIMITS = {
  tiers: 20,
  qpsTiers: 10,
  qpsClasses: 20,
  packs: 20,
  billingItems: 500,
  interfaces: 100,
  names: 20,
  rules: 100,
  sources: 20,
} as const;

/** Characters XML 1.0 cannot hold (the workbook stores catalogs in a custom XML part). */
const NOT_XML = new RegExp(NOT_XML_SOURCE);

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const describe = (value: Json): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (value === undefined) return "nothing";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
};

/** Walks the whole candidate and records every problem; it never throws and never stops at the first. */
class Checker {
  readonly problems: CatalogProblem[] = [];

  report(path: string, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, message });
    else if (this.problems.length === MAX_PROBLEMS)
      this.problems.push({ path: "$", message: "too many problems; the rest are not listed" });
  }

  object(value: Json, path: string, allowed: readonly string[], required: readonly string[]): JsonObject | undefined {
    if (value === undefined) return undefined; // reported once, as a missing required field
    if (!isObject(value)) {
      this.report(path, `must be an object, found ${describe(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.report(`${path}.${key}`, `unknown field (allowed: ${allowed.join(", ")})`);
    }
    for (const key of required) {
      if (!(key in value)) this.report(`${path}.${key}`, "is required");
    }
    return value;
  }

  array(value: Json, path: string, minLength = 0, maxLength: number = MAX_ARRAY_LENGTH): readonly Json[] | undefined {
    if (value === undefined) return undefined; // reported once, as a missing required field
    if (!Array.isArray(value)) {
      this.report(path, `must be an array, found ${describe(value)}`);
      return undefined;
    }
    if (value.length < minLength)
      this.report(path, `must have at least ${minLength} entr${minLength === 1 ? "y" : "ies"}`);
    if (value.length > maxLength) {
      this.report(path, `has ${value.length} entries, more than the ${maxLength} a price list may have`);
      return undefined;
    }
    return value;
  }

  string(
    value: Json,
    path: string,
    maxLength = MAX_TEXT_LENGTH,
    pattern?: RegExp,
    patternHint?: string,
  ): string | undefined {
    if (value === undefined) return undefined; // reported once, as a missing required field
    if (typeof value !== "string") {
      this.report(path, `must be text, found ${describe(value)}`);
      return undefined;
    }
    if (value.trim() === "") {
      this.report(path, "must not be empty");
      return undefined;
    }
    if (value.length > maxLength) {
      this.report(path, `is ${value.length} characters long, more than ${maxLength}`);
      return undefined;
    }
    // Control characters have no business in a price table and can hide text in a cell.
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      this.report(path, "must not contain control characters");
      return undefined;
    }
    if (NOT_XML.test(value)) {
      this.report(path, "contains a character a workbook cannot store (U+FFFE, U+FFFF or half of a surrogate pair)");
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      this.report(path, `${describe(value)} is not ${patternHint ?? `of the form ${pattern.source}`}`);
      return undefined;
    }
    return value;
  }

  integer(value: Json, path: string, min: number): number | undefined {
    if (value === undefined) return undefined; // reported once, as a missing required field
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      this.report(path, `must be a whole number, found ${describe(value)}`);
      return undefined;
    }
    if (value < min) {
      this.report(path, `must be at least ${min}, found ${value}`);
      return undefined;
    }
    return value;
  }

  /** A money amount or ratio as decimal text; null allowed where `nullable` (contact sales). */
  decimal(value: Json, path: string, nullable: boolean): string | null | undefined {
    if (value === undefined) return undefined; // reported once, as a missing required field
    if (value === null && nullable) return null;
    if (typeof value !== "string" || !DECIMAL_PATTERN.test(value)) {
      this.report(
        path,
        `must be a non-negative decimal written as text, like "0.15"${nullable ? ", or null for contact sales" : ""}; found ${describe(value)}`,
      );
      return undefined;
    }
    return value;
  }

  enumeration<T extends string>(value: Json, path: string, options: readonly T[]): T | undefined {
    if (value === undefined) return undefined; // reported once, as a missing required field
    if (typeof value !== "string" || !(options as readonly string[]).includes(value)) {
      this.report(path, `must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}, found ${describe(value)}`);
      return undefined;
    }
    return value as T;
  }

  boolean(value: Json, path: string): void {
    if (value === undefined) return; // reported once, as a missing required field
    if (typeof value !== "boolean") this.report(path, `must be true or false, found ${describe(value)}`);
  }

  date(value: Json, path: string): void {
    const text = this.string(value, path, 10, DATE_PATTERN, "a date written YYYY-MM-DD");
    if (text === undefined) return;
    const [, y, m, d] = DATE_PATTERN.exec(text)!.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      this.report(path, `${text} is not a calendar date`);
    }
  }

  optionalText(object: JsonObject, key: string, path: string): void {
    if (key in object) this.string(object[key], `${path}.${key}`);
  }
}

const TIER_FIELDS = ["from", "to", "unitPrice"] as const;
const QPS_TIER_FIELDS = ["from", "to", "perDay", "perMonth"] as const;

/** Tiers must start at 0, touch each other and end open, so every volume has exactly one tier. */
function checkTierRanges(c: Checker, tiers: readonly Json[], path: string): void {
  let expectedFrom = 0;
  tiers.forEach((tier, i) => {
    if (!isObject(tier)) return;
    const from = tier.from;
    const to = tier.to;
    if (typeof from === "number" && from !== expectedFrom) {
      c.report(
        `${path}[${i}].from`,
        i === 0
          ? "the first tier must start at 0"
          : `must equal the previous tier's "to" (${expectedFrom}) so no volume falls between tiers`,
      );
    }
    const isLast = i === tiers.length - 1;
    if (to === null && !isLast) c.report(`${path}[${i}].to`, "only the last tier may be open (null)");
    if (isLast && to !== null)
      c.report(
        `${path}[${i}].to`,
        "the last tier must be open (null) so every volume has a price or a clear 'contact sales'",
      );
    if (typeof to === "number" && typeof from === "number" && to <= from)
      c.report(`${path}[${i}].to`, `must be greater than from (${from})`);
    if (typeof to === "number") expectedFrom = to;
  });
}

function checkTierTable(c: Checker, value: Json, path: string): void {
  const table = c.object(value, path, ["inclusive", "tiers"], ["inclusive", "tiers"]);
  if (!table) return;
  c.enumeration(table.inclusive, `${path}.inclusive`, ["lower", "upper"]);
  const tiers = c.array(table.tiers, `${path}.tiers`, 1, LIMITS.tiers);
  if (!tiers) return;
  tiers.forEach((tier, i) => {
    const t = c.object(tier, `${path}.tiers[${i}]`, TIER_FIELDS, TIER_FIELDS);
    if (!t) return;
    c.integer(t.from, `${path}.tiers[${i}].from`, 0);
    if (t.to !== null) c.integer(t.to, `${path}.tiers[${i}].to`, 1);
    c.decimal(t.unitPrice, `${path}.tiers[${i}].unitPrice`, true);
  });
  checkTierRanges(c, tiers, `${path}.tiers`);
}

function checkQpsClasses(c: Checker, value: Json, path: string): Set<string> {
  const ids = new Set<string>();
  const classes = c.array(value, path, 1, LIMITS.qpsClasses);
  classes?.forEach((entry, i) => {
    const p = `${path}[${i}]`;
    const q = c.object(entry, p, ["id", "cap", "inclusive", "tiers", "note"], ["id", "cap", "inclusive", "tiers"]);
    if (!q) return;
    const id = c.string(q.id, `${p}.id`, 32);
    if (id !== undefined) {
      if (ids.has(id)) c.report(`${p}.id`, `duplicate QPS class id "${id}"`);
      ids.add(id);
    }
    c.integer(q.cap, `${p}.cap`, 1);
    c.enumeration(q.inclusive, `${p}.inclusive`, ["lower", "upper"]);
    c.optionalText(q, "note", p);
    const tiers = c.array(q.tiers, `${p}.tiers`, 1, LIMITS.qpsTiers);
    if (!tiers) return;
    tiers.forEach((tier, j) => {
      const t = c.object(tier, `${p}.tiers[${j}]`, QPS_TIER_FIELDS, QPS_TIER_FIELDS);
      if (!t) return;
      c.integer(t.from, `${p}.tiers[${j}].from`, 0);
      if (t.to !== null) c.integer(t.to, `${p}.tiers[${j}].to`, 1);
      c.decimal(t.perDay, `${p}.tiers[${j}].perDay`, true);
      c.decimal(t.perMonth, `${p}.tiers[${j}].perMonth`, true);
    });
    checkTierRanges(c, tiers, `${p}.tiers`);
  });
  return ids;
}

/** A name users type: text of at most MAX_NAME_LENGTH characters with something visible in it. */
function checkName(c: Checker, value: Json, path: string, pattern?: RegExp, hint?: string): void {
  const name = c.string(value, path, MAX_NAME_LENGTH, pattern, hint);
  if (name !== undefined && nameKey(name) === "") c.report(path, "has no visible character");
}

function checkNames(c: Checker, value: Json, path: string, pattern?: RegExp, hint?: string): void {
  if (value === undefined) return;
  c.array(value, path, 0, LIMITS.names)?.forEach((name, i) => checkName(c, name, `${path}[${i}]`, pattern, hint));
}

function checkBillingItem(
  c: Checker,
  value: Json,
  path: string,
  qpsIds: Set<string>,
  packSizes: readonly number[] | undefined,
): void {
  const item = c.object(
    value,
    path,
    [
      "id",
      "name",
      "aliases",
      "category",
      "interfaces",
      "postpaid",
      "monthlyFreeQuota",
      "oneTimeFreePack",
      "packs",
      "qpsClass",
      "freeBeta",
      "notBilledInterfaces",
      "note",
    ],
    ["id", "name", "interfaces", "postpaid"],
  );
  if (!item) return;
  c.string(item.id, `${path}.id`, 64, ITEM_ID_PATTERN, "an id of lower-case letters, digits, '.', '_' or '-'");
  checkName(c, item.name, `${path}.name`);
  checkNames(c, item.aliases, `${path}.aliases`);
  c.optionalText(item, "category", path);
  c.optionalText(item, "note", path);
  const qpsRef = (ref: Json, refPath: string): void => {
    const id = c.string(ref, refPath, 32);
    if (id !== undefined && !qpsIds.has(id))
      c.report(refPath, `refers to QPS class "${id}", which this product does not define`);
  };
  if ("qpsClass" in item) qpsRef(item.qpsClass, `${path}.qpsClass`);
  const checkInterface = (entry: Json, p: string, withQps: boolean): void => {
    const iface = c.object(
      entry,
      p,
      withQps ? ["name", "actions", "aliases", "qpsClass"] : ["name", "actions", "aliases"],
      ["name"],
    );
    if (!iface) return;
    checkName(c, iface.name, `${p}.name`);
    checkNames(c, iface.actions, `${p}.actions`, ACTION_PATTERN, "an API action name such as GeneralBasicOCR");
    checkNames(c, iface.aliases, `${p}.aliases`);
    if ("qpsClass" in iface) qpsRef(iface.qpsClass, `${p}.qpsClass`);
  };
  c.array(item.interfaces, `${path}.interfaces`, 1, LIMITS.interfaces)?.forEach((entry, i) =>
    checkInterface(entry, `${path}.interfaces[${i}]`, true),
  );
  if ("notBilledInterfaces" in item)
    c.array(item.notBilledInterfaces, `${path}.notBilledInterfaces`, 0, LIMITS.interfaces)?.forEach((entry, i) =>
      checkInterface(entry, `${path}.notBilledInterfaces[${i}]`, false),
    );
  if ("freeBeta" in item) {
    const p = `${path}.freeBeta`;
    const beta = c.object(item.freeBeta, p, ["until", "note"], []);
    if (beta) {
      if ("until" in beta) c.date(beta.until, `${p}.until`);
      c.optionalText(beta, "note", p);
    }
  }
  checkTierTable(c, item.postpaid, `${path}.postpaid`);
  if ("monthlyFreeQuota" in item) c.integer(item.monthlyFreeQuota, `${path}.monthlyFreeQuota`, 0);
  if ("oneTimeFreePack" in item) {
    const p = `${path}.oneTimeFreePack`;
    const pack = c.object(item.oneTimeFreePack, p, ["calls", "validityMonths", "note"], ["calls", "validityMonths"]);
    if (pack) {
      c.integer(pack.calls, `${p}.calls`, 1);
      c.integer(pack.validityMonths, `${p}.validityMonths`, 1);
      c.optionalText(pack, "note", p);
    }
  }
  if ("packs" in item) {
    const sizes = new Set<number>();
    c.array(item.packs, `${path}.packs`, 0, LIMITS.packs)?.forEach((entry, i) => {
      const p = `${path}.packs[${i}]`;
      const pack = c.object(entry, p, ["size", "listPrice"], ["size", "listPrice"]);
      if (!pack) return;
      const size = c.integer(pack.size, `${p}.size`, 1);
      if (size !== undefined) {
        if (sizes.has(size)) c.report(`${p}.size`, `duplicate pack size ${size}`);
        sizes.add(size);
        if (packSizes && !packSizes.includes(size))
          c.report(`${p}.size`, `${size} is not one of the product's packSizes (${packSizes.join(", ")})`);
      }
      c.decimal(pack.listPrice, `${p}.listPrice`, true);
    });
  }
}

/** Names must lead to one item unless the document itself lists an interface under several. */
function checkItemIdentity(c: Checker, items: readonly Json[], path: string): void {
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObject(item)) return;
    if (typeof item.id === "string") {
      if (ids.has(item.id))
        c.report(`${path}[${i}].id`, `duplicate billing item id "${item.id}" (also at ${path}[${ids.get(item.id)}])`);
      else ids.set(item.id, i);
    }
    if (typeof item.name === "string") {
      const key = nameKey(item.name);
      if (names.has(key))
        c.report(
          `${path}[${i}].name`,
          `duplicate billing item name ${describe(item.name).replace(/^the text /, "")} (also at ${path}[${names.get(key)}])`,
        );
      else names.set(key, i);
    }
  });
}

function checkProduct(c: Checker, value: Json, path: string): void {
  const product = c.object(
    value,
    path,
    [
      "effectiveDate",
      "dateIsClue",
      "dateNote",
      "unit",
      "tierBasis",
      "monthlyFreeQuota",
      "packValidityMonths",
      "packSizes",
      "packPriceKind",
      "freezeRatio",
      "market",
      "qpsClasses",
      "billingItems",
    ],
    ["effectiveDate", "dateIsClue", "unit", "tierBasis", "monthlyFreeQuota", "market", "billingItems"],
  );
  if (!product) return;
  c.date(product.effectiveDate, `${path}.effectiveDate`);
  c.boolean(product.dateIsClue, `${path}.dateIsClue`);
  c.optionalText(product, "dateNote", path);
  c.enumeration(product.unit, `${path}.unit`, ["call", "image"]);
  c.enumeration(product.tierBasis, `${path}.tierBasis`, ["total", "postpaid"]);
  c.integer(product.monthlyFreeQuota, `${path}.monthlyFreeQuota`, 0);
  if ("packValidityMonths" in product) c.integer(product.packValidityMonths, `${path}.packValidityMonths`, 1);
  let packSizes: number[] | undefined;
  if ("packSizes" in product) {
    const sizes = c.array(product.packSizes, `${path}.packSizes`, 1, LIMITS.packs);
    packSizes = [];
    sizes?.forEach((size, i) => {
      const n = c.integer(size, `${path}.packSizes[${i}]`, 1);
      if (n === undefined) return;
      if (packSizes!.length > 0 && n <= packSizes![packSizes!.length - 1])
        c.report(`${path}.packSizes[${i}]`, "pack sizes must be listed smallest first, without repeats");
      packSizes!.push(n);
    });
  }
  if ("packPriceKind" in product)
    c.enumeration(product.packPriceKind, `${path}.packPriceKind`, ["list", "promotional"]);
  if ("freezeRatio" in product) c.decimal(product.freezeRatio, `${path}.freezeRatio`, false);
  c.enumeration(product.market, `${path}.market`, ["mainland", "international"]);
  const qpsIds =
    "qpsClasses" in product ? checkQpsClasses(c, product.qpsClasses, `${path}.qpsClasses`) : new Set<string>();
  const items = c.array(product.billingItems, `${path}.billingItems`, 1, LIMITS.billingItems);
  if (!items) return;
  items.forEach((item, i) => checkBillingItem(c, item, `${path}.billingItems[${i}]`, qpsIds, packSizes));
  checkItemIdentity(c, items, `${path}.billingItems`);
  if (
    packSizes === undefined &&
    items.some((item) => isObject(item) && Array.isArray(item.packs) && item.packs.length > 0)
  ) {
    c.report(`${path}.packSizes`, "is required when billing items list packs");
  }
}

/**
 * Validates a candidate catalog whole. Returns every problem with its JSON path; only a
 * candidate with none is returned as a Catalog.
 */
export function validateCatalog(candidate: unknown): ValidationResult {
  const c = new Checker();
  const root = c.object(
    candidate,
    "$",
    ["$schema", "formatVersion", "id", "title", "currency", "sources", "rules", "products"],
    ["formatVersion", "id", "title", "currency", "sources", "products"],
  );
  if (root) {
    if ("$schema" in root) c.string(root.$schema, "$.$schema");
    if ("formatVersion" in root && root.formatVersion !== 1)
      c.report(
        "$.formatVersion",
        `must be 1 (the only format this add-in reads), found ${describe(root.formatVersion)}`,
      );
    const id = c.string(root.id, "$.id", 64, ID_PATTERN, "an id of letters, digits, '.', '_' or '-' (at most 64)");
    if (id !== undefined && ISO_DATE.test(id))
      c.report(
        "$.id",
        `"${id}" looks like a date, and a date in a formula means "the version in force that day"; give the version a name such as "negotiated-${id}"`,
      );
    if (id !== undefined && RESERVED_IDS.has(id.toLowerCase()))
      c.report(
        "$.id",
        `"${id}" is a word formulas use for something else (the international price list, the default); give the version a name of its own`,
      );
    c.string(root.title, "$.title", 200);
    if ("currency" in root && root.currency !== "CNY")
      c.report("$.currency", `must be "CNY" (prices are in yuan), found ${describe(root.currency)}`);
    c.array(root.sources, "$.sources", 1, LIMITS.sources)?.forEach((entry, i) => {
      const p = `$.sources[${i}]`;
      const source = c.object(entry, p, ["file", "repository", "path", "commit", "note"], ["file"]);
      if (!source) return;
      for (const key of ["file", "repository", "path", "commit", "note"])
        if (key in source) c.string(source[key], `${p}.${key}`);
    });
    if ("rules" in root)
      c.array(root.rules, "$.rules", 0, LIMITS.rules)?.forEach((rule, i) => c.string(rule, `$.rules[${i}]`));
    const products = c.object(root.products, "$.products", ["ocr", "face"], []);
    if (products) {
      if (!("ocr" in products) && !("face" in products))
        c.report("$.products", "must price at least one product (ocr or face)");
      if ("ocr" in products) checkProduct(c, products.ocr, "$.products.ocr");
      if ("face" in products) checkProduct(c, products.face, "$.products.face");
    }
  }
  return c.problems.length === 0
    ? { ok: true, catalog: candidate as ValidCatalog, problems: [] }
    : { ok: false, problems: c.problems };
}

/** Largest catalog text accepted, checked before parsing so a huge file cannot stall the runtime. */
export const MAX_CATALOG_BYTES = 2 * 1024 * 1024;

/** Parses and validates catalog text; a parse error is one problem at "$". */
export function parseCatalog(text: string): ValidationResult {
  const bytes = typeof TextEncoder !== "undefined" ? new TextEncoder().encode(text).length : text.length * 3;
  if (bytes > MAX_CATALOG_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: "$",
          message: `the file is ${(bytes / 1048576).toFixed(1)} MB; a catalog may be at most ${MAX_CATALOG_BYTES / 1048576} MB`,
        },
      ],
    };
  }
  let parsed: unknown;
  try {
    // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON.
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [{ path: "$", message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validateCatalog(parsed);
}
