import * as fs from "fs";
import * as path from "path";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { CatalogRegistry } from "../src/catalog/registry";
import { runCompare } from "../src/cli/compare";
import { groupDigits } from "../src/core/money";
import type { ArgInput } from "../src/cli/excelHost";
import { call, forEachHost, inDisplayLanguage, loadExampleBook, unloadExampleBook } from "./distFunctions";
import { parseFormula, parseResult } from "./excelFormula";

/**
 * Every "| `=TCLOUD.…` | `result` |" row of README.md and README.zh-CN.md, evaluated by the built
 * functions; the spilled tables of README.md; the Chinese README's names against the zh-CN table.
 */
const ROOT = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const READMES = ["README.md", "README.zh-CN.md"] as const;
const ROW = /^\|\s*`(=TCLOUD\.[^`]+)`\s*\|\s*`([^`]+)`\s*\|/gm;
// Formulas over sheet cells (A2:A5) belong to "Tables of usage": test/usage-tables.test.ts.
const examplesOf = (text: string) =>
  [...text.matchAll(ROW)]
    .map((m) => [m[1], m[2]] as const)
    .filter(([formula]) => !/\b[A-Z]+\d+:[A-Z]+\d+\b/.test(formula));
const SHOWN = [
  "OCR_COST",
  "FACE_COST",
  "OCR_UNIT_PRICE",
  "FACE_UNIT_PRICE",
  "OCR_PACK_PRICE",
  "FACE_PACK_PRICE",
  "OCR_BILL",
  "QPS_COST",
  "FACE_FREEZE",
  "OCR_PLAN",
  "FACE_FREEZE_SCHEDULE",
  "OCR_NEXT_TIER",
];
// Functions only the English README shows so far (the Chinese one follows it).
const SHOWN_IN: Record<(typeof READMES)[number], readonly string[]> = {
  "README.md": [...SHOWN, "OCR_MAX_CALLS", "FACE_MAX_IMAGES", "FACE_PACK_LEDGER"],
  "README.zh-CN.md": SHOWN,
};

forEachHost(() => {
  describe.each(READMES)("%s", (file) => {
    const examples = examplesOf(read(file));
    // The Chinese README shows what zh-CN Excel shows (Chinese headers of spilled tables).
    inDisplayLanguage(file === "README.zh-CN.md" ? "zh-CN" : undefined);
    beforeAll(loadExampleBook); // the README's price book examples name it
    afterAll(unloadExampleBook);

    test("shows examples of every function", () => {
      const shown = new Set(examples.map(([formula]) => parseFormula(formula).name));
      for (const name of SHOWN_IN[file]) expect(shown).toContain(name);
    });

    test.each(examples)("%s → %s", (formula, expected) => {
      const { name, args } = parseFormula(formula);
      const result = call(name, ...(args as ArgInput[]));
      const want = parseResult(expected);
      if (typeof want === "object" && want !== null && "error" in want)
        expect(result.code).toBe((want as { error: string }).error);
      else expect(result.value).toEqual(want);
    });
  });

  test("README.md links the Chinese README before its first code block, which holds the two commands", () => {
    const readme = read("README.md");
    const link = readme.indexOf("](README.zh-CN.md)");
    const block = readme.indexOf("```sh\n");
    expect(link).toBeGreaterThan(0);
    expect(link).toBeLessThan(block);
    for (const file of READMES) {
      const first = /```sh\n([\s\S]*?)```/.exec(read(file))![1];
      expect(first).toMatch(/^npm ci && npm start\s/m);
      expect(first).toMatch(/^npm ci && npm test\s/m);
    }
  });

  test("README.zh-CN.md names every function as zh-CN Excel shows it (src/functions/locales/zh-CN.json)", () => {
    const table = JSON.parse(read("src/functions/locales/zh-CN.json")) as {
      functions: Record<string, { name: string }>;
    };
    const NAME_ROW = /^\|\s*`([A-Z_]+)`\s*\|\s*`TCLOUD\.([^`]+)`\s*\|/gm;
    const shown = Object.fromEntries([...read("README.zh-CN.md").matchAll(NAME_ROW)].map((m) => [m[1], m[2]]));
    const expected = Object.fromEntries(Object.entries(table.functions).map(([id, t]) => [id, t.name]));
    expect(shown).toEqual(expected);
  });

  /** "`=TCLOUD.X(...)` spills:" followed by a ```text block of tab-separated rows. */
  const SPILL = /^`(=TCLOUD\.[^`]+)` spills:\n\n```text\n([\s\S]*?)```/gm;
  const spills = [...read("README.md").matchAll(SPILL)].map((m) => [m[1], m[2]] as const);

  test("README.md shows the spilled tables of CATALOGS, PRICES, PRICE_HISTORY and OCR_PACK_LEDGER", () => {
    expect(spills.map(([formula]) => parseFormula(formula).name).sort()).toEqual([
      "CATALOGS",
      "OCR_PACK_LEDGER",
      "PRICES",
      "PRICE_HISTORY",
    ]);
  });

  test.each(spills)("%s spills the table shown", (formula, text) => {
    const { name, args } = parseFormula(formula);
    const result = call(name, ...(args as ArgInput[]));
    const shown = text
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t"));
    expect((result.value as unknown[][]).map((row) => row.map(String))).toEqual(shown);
  });
});

/** "`printf '…' | npx tcprice compare scenario …` prints …:" followed by a ```text block: the table after its header block. */
describe("README.md's scenario worked example", () => {
  const SCENARIO =
    /^`printf '([^']*)' \| npx tcprice (compare scenario [^`]+)` prints[^\n]*\n\n```text\n([\s\S]*?)```/m;
  const found = SCENARIO.exec(read("README.md"));

  test("is what tcprice compare scenario prints", () => {
    expect(found).not.toBeNull();
    const [, stdin, command, shown] = found!;
    let out = "";
    const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
    runCompare(command.split(" ").slice(1), registry, {
      fail: (message) => {
        throw new Error(message);
      },
      out: (text) => (out += text),
      readStdin: () => stdin.replace(/\\n/g, "\n"),
      lang: "en",
    });
    // The header block (4 rows, then a blank line) holds the time it was generated; the notes follow a blank line.
    const table = out.split("\n\n")[1];
    expect(table.trimEnd()).toBe(shown.trimEnd());
  });

  test("both READMEs' prose states the totals the table shows", () => {
    // total | | calls | postpaid only | packs bought | packs | pack calls | with plan | saving
    const totals = found![3].trimEnd().split("\n").at(-1)!.split("\t");
    const figures = [2, 3, 5, 6, 8].map((c) => groupDigits(totals[c]));
    expect(figures).toEqual(["474,428", "46,242.8", "25,000", "462,428", "21,242.8"]);
    for (const file of READMES) {
      const section = read(file)
        .split(/^## /m)
        .find((part) => part.includes("--growth 8% --months 12 --lines -"))!;
      for (const figure of figures) expect([file, section.includes(figure)]).toEqual([file, true]);
    }
  });
});
