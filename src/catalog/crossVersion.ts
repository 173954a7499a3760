import type { CatalogProblem } from "./validate";
import type { CatalogRegistry } from "./registry";
import { PRODUCT_KINDS, type Catalog } from "./types";

const PRODUCT_NAME = { ocr: "OCR", face: "Face Recognition" } as const;

/**
 * Checks of a candidate against the versions already in the registry: a built-in id is not
 * replaced; ids differ in more than case (formulas find versions whatever the case); no two
 * versions of one product and market share an effective date with different prices (a date
 * in a formula must pick one version). A loaded version with the same id is being replaced, so
 * it does not count.
 */
export function crossVersionProblems(registry: CatalogRegistry, catalog: Catalog): CatalogProblem[] {
  const { id } = catalog;
  if (registry.isEmbedded(id))
    return [{ path: "$.id", message: `"${id}" is a built-in catalog version; give your version its own id` }];
  const problems: CatalogProblem[] = [];
  const others = registry
    .ids()
    .filter((other) => other !== id)
    .map((other) => registry.catalog(other) as Catalog);
  const sameLetters = others.find((c) => c.id.toLowerCase() === id.toLowerCase());
  if (sameLetters)
    problems.push({
      path: "$.id",
      message: `"${id}" differs from the version "${sameLetters.id}" only in upper and lower case, and formulas find versions whatever the case; give it another id`,
    });
  for (const kind of PRODUCT_KINDS) {
    const product = catalog.products[kind];
    if (!product) continue;
    // The same prices under the same date are harmless (a copy that changed only the other
    // product); different prices would make a formula's date ambiguous.
    const clash = others.find((c) => {
      const other = c.products[kind];
      return (
        other?.effectiveDate === product.effectiveDate &&
        other.market === product.market &&
        canonical(other) !== canonical(product)
      );
    });
    if (clash)
      problems.push({
        path: `$.products.${kind}.effectiveDate`,
        message: `${product.effectiveDate} is also the effective date of ${clash.id}'s different ${PRODUCT_NAME[kind]} prices (${product.market}), so a date in a formula could not tell which to use; give the day your prices take effect`,
      });
  }
  return problems;
}

/** JSON with object keys sorted: two products are the same whatever the order of their fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}
