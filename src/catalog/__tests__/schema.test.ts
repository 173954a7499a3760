import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { EMBEDDED_CATALOGS } from "../embedded";
import { LIMITS, validateCatalog } from "../validate";

/**
 * The JSON Schema describes the format's structure for people and editors; the validator is
 * what the add-in runs. They must not disagree: every built-in version passes both, and every
 * structural mutant the schema refuses, the validator refuses too (meaning rules come on top).
 */
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "catalog.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaAccepts = ajv.compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const clone = <T>(value: T): Loose => JSON.parse(JSON.stringify(value)) as Loose;

/** Structural changes at every depth: a field removed, an unknown one added, a wrong type, too many entries. */
function* mutants(catalog: Loose): Generator<[string, Loose]> {
  const paths: string[][] = [];
  const walk = (value: Loose, at: string[]): void => {
    if (value === null || typeof value !== "object") return;
    paths.push(at);
    for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
  };
  walk(catalog, []);
  for (const at of paths.filter((_, i) => i % 7 === 0)) {
    const get = (root: Loose) => at.reduce((o, k) => o[k], root);
    const target = get(catalog);
    if (Array.isArray(target)) {
      const long = clone(catalog);
      const list = get(long);
      while (list.length <= 500) list.push(...clone(list.length ? list : [1]));
      yield [`${at.join(".")} with ${list.length} entries`, long];
      continue;
    }
    for (const key of Object.keys(target)) {
      const removed = clone(catalog);
      delete get(removed)[key];
      yield [`${[...at, key].join(".")} removed`, removed];
      const typed = clone(catalog);
      get(typed)[key] = typeof target[key] === "string" ? 42 : "text";
      yield [`${[...at, key].join(".")} of the wrong type`, typed];
    }
    const extra = clone(catalog);
    get(extra).unexpectedField = true;
    yield [`${at.join(".")} with an unknown field`, extra];
  }
}

describe("catalog.schema.json and the validator agree", () => {
  test.each(EMBEDDED_CATALOGS.map((c) => [c.id, c] as const))("%s passes both", (_id, catalog) => {
    expect(validateCatalog(catalog).ok).toBe(true);
    expect(schemaAccepts(catalog)).toBe(true);
  });

  test("what the schema refuses, the validator refuses (on thousands of structural mutants)", () => {
    let refused = 0;
    for (const catalog of EMBEDDED_CATALOGS) {
      for (const [what, mutant] of mutants(clone(catalog))) {
        if (schemaAccepts(mutant)) continue;
        refused++;
        expect([what, validateCatalog(mutant).ok]).toEqual([what, false]);
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });

  test("the schema states the validator's limits", () => {
    const text = JSON.stringify(schema);
    for (const limit of new Set(Object.values(LIMITS))) expect(text).toContain(`"maxItems":${limit}`);
  });
});
