import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { EMBEDDED_CATALOGS } from "../embedded";
import { LIMITS, validateCatalog } from "../validate";

/**
 * The JSON Schema is the format: the add-in validates structure with the code compiled from it,
 * and meaning rules come on top. Every built-in version passes both Ajv (compiling the schema
 * here, from the file) and the validator, and every structural mutant Ajv refuses, the validator
 * refuses too.
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

  test("the shipped validator, limits and types are what the schema compiles to (run the build after editing it)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { compileSchema } = require("../../../scripts/build/compile-schema.js");
    for (const [file, text] of Object.entries(compileSchema() as Record<string, string>))
      expect([file, fs.readFileSync(file, "utf8") === text]).toEqual([file, true]);
    expect(LIMITS.tiers).toBe(schema.definitions.tierTable.properties.tiers.maxItems);
  });
});
