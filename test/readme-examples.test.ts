import * as fs from "fs";
import * as path from "path";
import type { ArgInput } from "../src/cli/excelHost";
import { call, forEachHost } from "./distFunctions";
import { parseFormula, parseResult } from "./excelFormula";

/** Every "| `=TCLOUD.…` | `result` |" row of README.md, evaluated by the built functions. */
const README = fs.readFileSync(path.resolve(__dirname, "..", "README.md"), "utf8");
const ROW = /^\|\s*`(=TCLOUD\.[^`]+)`\s*\|\s*`([^`]+)`\s*\|/gm;
// Formulas over sheet cells (A2:A5) belong to "Tables of usage": test/usage-tables.test.ts.
const examples = [...README.matchAll(ROW)]
  .map((m) => [m[1], m[2]] as const)
  .filter(([formula]) => !/\b[A-Z]+\d+:[A-Z]+\d+\b/.test(formula));

forEachHost(() => {
  test("README.md shows examples of every function", () => {
    const shown = new Set(examples.map(([formula]) => parseFormula(formula).name));
    for (const name of [
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
      "OCR_MAX_CALLS",
      "FACE_MAX_IMAGES",
      "FACE_PACK_LEDGER",
    ]) {
      expect(shown).toContain(name);
    }
  });

  test.each(examples)("%s → %s", (formula, expected) => {
    const { name, args } = parseFormula(formula);
    const result = call(name, ...(args as ArgInput[]));
    const want = parseResult(expected);
    if (typeof want === "object" && want !== null && "error" in want)
      expect(result.code).toBe((want as { error: string }).error);
    else expect(result.value).toEqual(want);
  });

  /** "`=TCLOUD.X(...)` spills:" followed by a ```text block of tab-separated rows. */
  const SPILL = /^`(=TCLOUD\.[^`]+)` spills:\n\n```text\n([\s\S]*?)```/gm;
  const spills = [...README.matchAll(SPILL)].map((m) => [m[1], m[2]] as const);

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
