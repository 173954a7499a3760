import { finding, step, type Finding } from "./problem";
import { PATTERNS, SHAPES } from "./generated/schemaFacts";
import { validate as compiledSchema, validateBook as compiledBookSchema } from "./generated/structure";

/**
 * Structure from the JSON Schema (catalog.schema.json, compiled to code at build time by
 * scripts/build/compile-schema.js): every field, type, pattern and limit, each problem worded
 * from a code. What the schema cannot say (tiers that touch, unique names...) is in ./rules.
 */

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}
type CompiledSchema = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
/** The two documents the schema describes, by the definition at their root. */
export type DocumentRoot = "catalog" | "priceBook";
const VALIDATORS: Record<DocumentRoot, CompiledSchema> = {
  catalog: compiledSchema as unknown as CompiledSchema,
  priceBook: compiledBookSchema as unknown as CompiledSchema,
};

/** What each pattern checks, by the schema definition it belongs to. */
const PATTERN_CODES = {
  text: "control-characters",
  catalogId: "bad-catalog-id",
  itemId: "bad-item-id",
  action: "bad-action",
  isoDate: "not-date",
  decimal: "not-decimal",
  factor: "bad-factor",
} as const;

const segmentsOf = (pointer: string): string[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

const isIndex = (segment: string): boolean => /^(0|[1-9]\d*)$/.test(segment);

/** "/products/ocr/billingItems/3" → "$.products.ocr.billingItems[3]" (odd keys quoted, truncated). */
export const jsonPath = (segments: readonly string[]): string =>
  "$" + segments.map((s) => step(isIndex(s) ? Number(s) : s)).join("");

const valueAt = (root: unknown, segments: readonly string[]): unknown =>
  segments.reduce<unknown>(
    (v, s) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[s] : undefined),
    root,
  );

/** The fields the schema allows at a place (the object definition that validates it). */
function allowedAt(segments: readonly string[], root: DocumentRoot): string[] {
  let definition: string | null = root;
  for (const s of segments) {
    if (definition === null) return [];
    definition = definition.endsWith("[]") ? definition.slice(0, -2) : (SHAPES[definition]?.[s] ?? null);
  }
  return definition !== null && SHAPES[definition] ? Object.keys(SHAPES[definition]) : [];
}

function toFinding(error: AjvError, candidate: unknown, root: DocumentRoot): Finding {
  const at = segmentsOf(error.instancePath);
  const where = jsonPath(at);
  const found = (): unknown => valueAt(candidate, at);
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return finding(where + step(String(p.missingProperty)), "required", {});
    case "additionalProperties":
      return finding(where + step(String(p.additionalProperty)), "unknown-field", { allowed: allowedAt(at, root) });
    case "type":
      return finding(where, "wrong-type", { expected: String(p.type).split(","), found: found() });
    case "minItems":
      return finding(where, "too-few", { min: Number(p.limit) });
    case "maxItems":
      return finding(where, "too-many", { count: (found() as unknown[]).length, max: Number(p.limit) });
    case "minLength":
      return finding(where, "empty", {});
    case "maxLength":
      return finding(where, "too-long", { length: (found() as string).length, max: Number(p.limit) });
    case "pattern": {
      const code = PATTERN_CODES[PATTERNS[String(p.pattern)] as keyof typeof PATTERN_CODES];
      if (code === "control-characters") return finding(where, code, {});
      return code ? finding(where, code, { found: found() }) : finding(where, "invalid", { keyword: "pattern" });
    }
    case "minimum":
      return finding(where, "too-small", { min: Number(p.limit), found: found() });
    case "maximum":
      return finding(where, "too-big", { max: Number(p.limit), found: found() });
    case "const":
      return finding(where, "not-one-of", { allowed: [p.allowedValue], found: found() });
    case "enum":
      return finding(where, "not-one-of", { allowed: p.allowedValues as unknown[], found: found() });
    case "minProperties":
      return finding(where, "no-product", {});
    default:
      return finding(where, "invalid", { keyword: error.keyword });
  }
}

/** Every structural problem of a candidate, one per place (the first the schema reports there). */
export function structureFindings(candidate: unknown, root: DocumentRoot = "catalog"): Finding[] {
  const validateSchema = VALIDATORS[root];
  if (validateSchema(candidate)) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const error of validateSchema.errors ?? []) {
    const f = toFinding(error, candidate, root);
    if (seen.has(f.where)) continue;
    seen.add(f.where);
    findings.push(f);
  }
  return findings;
}

export { LIMITS } from "./generated/schemaFacts";
