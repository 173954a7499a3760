import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST, dist } from "./distFunctions";

describe("dist/functions.js as Excel loads it", () => {
  test("registers every function listed in dist/functions.json, with no DOM or Office object", () => {
    const { registered, metadata, context } = dist();
    expect(metadata.length).toBeGreaterThanOrEqual(10);
    for (const entry of metadata) expect(registered.has(entry.id)).toBe(true);
    expect([...registered.keys()].sort()).toEqual(metadata.map((m) => m.id).sort());
    expect(vm.runInContext("typeof document + typeof Office + typeof Excel", context)).toBe(
      "undefinedundefinedundefined",
    );
  });

  test("the metadata is generated from JSDoc: ids, optional arguments, help URLs, spilled results", () => {
    const byId = new Map(dist().metadata.map((m) => [m.id, m]));
    const ocrCost = byId.get("OCR_COST")!;
    expect(ocrCost.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["api", false],
      ["monthly_calls", false],
      ["prepaid_calls", true],
      ["catalog", true],
    ]);
    expect(byId.get("OCR_BILL")!.parameters[0].dimensionality).toBe("matrix");
    expect(byId.get("PRICES")!.result?.dimensionality).toBe("matrix");
    expect(byId.get("CATALOGS")!.result?.dimensionality).toBe("matrix");
    const raw = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: Array<{ helpUrl?: string }>;
    };
    for (const f of raw.functions) expect(f.helpUrl).toMatch(/^https:\/\//);
  });

  test("functions.js stays small (cold start matters in Excel)", () => {
    expect(fs.statSync(path.join(DIST, "functions.js")).size).toBeLessThan(150 * 1024);
  });
});
