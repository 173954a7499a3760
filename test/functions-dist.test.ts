import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST, dist } from "./distFunctions";

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS */
const loader = require("../scripts/build/catalog-loader.js") as {
  readVersions: (dir: string) => Record<string, { title: string }>;
  packVersions: (versions: Record<string, unknown>) => { head: readonly unknown[]; packed: string };
};
/* eslint-enable @typescript-eslint/no-require-imports */

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

  test("data-type values reach the `any` parameters as their basic value (allowCustomDataForDataTypeAny off)", () => {
    for (const file of ["functions.json", "functions.zh-CN.json"]) {
      const raw = JSON.parse(fs.readFileSync(path.join(DIST, file), "utf8")) as {
        allowCustomDataForDataTypeAny?: boolean;
      };
      expect([file, raw.allowCustomDataForDataTypeAny]).toEqual([file, false]);
    }
  });

  test("each parameter's declared type is the one the argument layer is written for", () => {
    // number: Excel converts (blank = 0, text = its own #VALUE!); string: converted to text;
    // any: unconverted, blank = 0 on desktop and null on the web (names, catalogs, ranges).
    const expected: Record<string, string> = {
      OCR_COST: "api:string monthly_calls:number prepaid_calls:number catalog:any",
      FACE_COST: "api:string monthly_images:number prepaid_images:number catalog:any",
      OCR_UNIT_PRICE: "api:string monthly_calls:number catalog:any",
      FACE_UNIT_PRICE: "api:string monthly_images:number catalog:any",
      OCR_PACK_PRICE: "api:string pack_size:number catalog:any",
      FACE_PACK_PRICE: "api:string pack_size:number catalog:any",
      OCR_BILL: "apis:any[][] calls:any[][] catalog:any prepaid_calls:any[][]",
      FACE_BILL: "apis:any[][] images:any[][] catalog:any prepaid_images:any[][]",
      QPS_COST: "api:string qps:number periods:number unit:string catalog:any",
      FACE_FREEZE: "monthly_bill:number catalog:any",
      CATALOGS: "",
      PRICES: "api:string catalog:any",
      PRICE_HISTORY: "api:string what:string",
      OCR_PLAN: "api:string monthly_calls:any[][] pack_prices:any[][] catalog:any",
      FACE_FREEZE_SCHEDULE: "monthly_bills:any[][] catalog:any",
      OCR_NEXT_TIER: "api:string monthly_calls:number catalog:any",
      OCR_MAX_CALLS: "api:string budget:number prepaid_calls:number catalog:any",
      FACE_MAX_IMAGES: "api:string budget:number prepaid_images:number catalog:any",
      OCR_PACK_LEDGER: "api:string monthly_calls:any[][] purchases:any[][] catalog:any",
      FACE_PACK_LEDGER: "api:string monthly_images:any[][] purchases:any[][] catalog:any",
    };
    const actual = Object.fromEntries(
      dist().metadata.map((m) => [
        m.id,
        m.parameters.map((p) => `${p.name}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}`).join(" "),
      ]),
    );
    expect(actual).toEqual(expected);
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
    expect(byId.get("PRICE_HISTORY")!.result?.dimensionality).toBe("matrix");
    const raw = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: Array<{ helpUrl?: string }>;
    };
    for (const f of raw.functions) expect(f.helpUrl).toMatch(/^https:\/\//);
  });

  test("functions.js stays small (cold start matters in Excel), every catalog version included", () => {
    // Issue 16's target, with every version (BENCHMARKS.md has today's figure and its margin).
    expect(fs.statSync(path.join(DIST, "functions.js")).size).toBeLessThanOrEqual(120 * 1024);
  });
});

describe("dist/taskpane.js on the page of the shared runtime", () => {
  const DATA = path.resolve(__dirname, "..", "src", "catalog", "data");

  test("carries no second copy of the catalog data: the page's functions.js has the one copy", () => {
    const pane = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    const functions = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    const versions = loader.readVersions(DATA);
    expect(Object.keys(versions).length).toBeGreaterThanOrEqual(4);
    // Pieces of the compressed catalogs and of the newest version's copies commands (written as
    // they are: the text needs no escape).
    const { head, packed } = loader.packVersions(versions);
    const pieces = [...(packed.match(/.{200}/g) ?? []), ...((head[4] as string).match(/.{200}/g) ?? [])];
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect([functions.includes(piece), pane.includes(piece)]).toEqual([true, false]);
    // Nor the documents as plain text.
    for (const document of Object.values(versions)) expect(pane.includes(document.title)).toBe(false);
  });

  test("the page loads functions.js before taskpane.js (the pane's bundle runs on its modules)", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((s) => !s.includes("office.js"));
    expect(scripts).toEqual(["functions.js", "taskpane.js"]);
  });

  test("the portable workbook builders load on demand, in their own chunk beside the page", () => {
    const pane = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    const portable = fs.readFileSync(path.join(DIST, "portable.js"), "utf8");
    // A word of the price-table sheet, of the portable scenario and of the sheets writer: in the chunk, not in the pane's script.
    for (const word of [
      "Protected without a password against accidental edits",
      "so the scenario recalculates in Excel, LibreOffice and WPS",
      "already exists",
    ])
      expect([word, portable.includes(word), pane.includes(word)]).toEqual([word, true, false]);
  });

  test("each comparison kind's builder and the sheet writer load on demand, in chunks of their own", () => {
    const pane = fs.readFileSync(path.join(DIST, "taskpane.js"), "utf8");
    // A word each chunk's module writes (its sheet's words, the writer's table style): there, not in the pane's script.
    const words: Array<[string, string]> = [
      ["price-changes.js", "the volume that picks the tier changed from"],
      ["forecast.js", "Forecast under catalog versions"],
      ["ladder.js", "Volume ladder: cost and unit price by monthly volume"],
      ["plan.js", "No pack is worth buying for this forecast"],
      ["ledger.js", "No packs bought: every call past the free quota is postpaid"],
      ["sheet-writer.js", "TableStyleMedium2"],
    ];
    for (const [chunk, word] of words) {
      const text = fs.readFileSync(path.join(DIST, chunk), "utf8");
      expect([chunk, text.includes(word), pane.includes(word)]).toEqual([chunk, true, false]);
    }
  });

  test("the pane's own script stays within its budget, on top of functions.js", () => {
    // Issue 16's target. The catalog checks and compiled schema are a chunk of their own, fetched
    // when the pane first validates a catalog (catalog-validator.js), not part of this budget.
    expect(fs.statSync(path.join(DIST, "taskpane.js")).size).toBeLessThanOrEqual(100 * 1024);
  });
});
