import type { Finding } from "../problem";

/**
 * How the meaning rules read a candidate: defensively, since they run on candidates the schema
 * may have refused (every problem is reported at once). Where the schema already found a problem,
 * the rules' findings are dropped (validate.ts), so a rule only needs to not throw.
 */
export type JsonObject = Record<string, unknown>;
export type Rule = (candidate: unknown, out: Finding[]) => void;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const isCount = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value);

export interface At<T> {
  readonly value: T;
  readonly path: string;
}

/** The candidate's products that are objects, with their paths. */
export function products(candidate: unknown): At<JsonObject>[] {
  if (!isObject(candidate) || !isObject(candidate.products)) return [];
  const found = candidate.products;
  return (["ocr", "face"] as const).flatMap((kind) =>
    isObject(found[kind]) ? [{ value: found[kind] as JsonObject, path: `$.products.${kind}` }] : [],
  );
}

/** The objects in a list field of an object, with their paths. */
export function entries(owner: At<JsonObject>, field: string): At<JsonObject>[] {
  return listOf(owner.value[field]).flatMap((value, i) =>
    isObject(value) ? [{ value, path: `${owner.path}.${field}[${i}]` }] : [],
  );
}
