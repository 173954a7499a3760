import * as fs from "fs";
import * as path from "path";
import { BLANK, type ArgInput, type CellInput } from "../src/cli/excelHost";
import { columnIndex } from "../src/compare/layout";
import { call, forEachHost } from "./distFunctions";
import { parseResult } from "./excelFormula";

/**
 * README's "Tables of usage": its sheet and every formula under it, evaluated as Excel would,
 * with a small reader of the forms shown there: TCLOUD.F over ranges, MAP and BYROW with a
 * LAMBDA whose body is a TCLOUD call, optionally inside IF(x="", "", …), INDEX(row, k).
 */
const README = fs.readFileSync(path.resolve(__dirname, "..", "README.md"), "utf8");
const section = README.slice(README.indexOf("### Tables of usage"), README.indexOf("### Reference"));

/** The sheet: "| 2 | 驾驶证识别 | 6000 |" rows; blank cells are BLANK. */
const sheet = new Map<string, CellInput>();
for (const m of section.matchAll(/^\| (\d+) \|(.*)\|\s*$/gm)) {
  m[2].split("|").forEach((raw, c) => {
    const text = raw.trim();
    const value: CellInput = text === "" ? BLANK : /^\d+$/.test(text) ? Number(text) : text;
    sheet.set(`${String.fromCharCode(65 + c)}${m[1]}`, value);
  });
}

function range(ref: string): CellInput[][] {
  const [a, b] = ref.split(":").map((r) => /^([A-Z]+)(\d+)$/.exec(r.trim())!);
  const rows: CellInput[][] = [];
  for (let r = Number(a[2]); r <= Number(b[2]); r++) {
    const row: CellInput[] = [];
    for (let c = columnIndex(a[1]); c <= columnIndex(b[1]); c++)
      row.push(sheet.get(`${String.fromCharCode(65 + c)}${r}`) ?? BLANK);
    rows.push(row);
  }
  return rows;
}

type Value = CellInput | CellInput[][] | { error: string };
type Env = ReadonlyMap<string, CellInput | CellInput[]>;

/** Splits "a, LAMBDA(x, f(x)), b" at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(" || ch === "{") depth++;
    if (ch === ")" || ch === "}") depth--;
    if (ch === "," && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out.filter((a) => a !== "");
}

const callOf = (text: string): { name: string; args: string[] } | null => {
  const m = /^([A-Z.]+[A-Z_]*)\((.*)\)$/s.exec(text.trim());
  return m ? { name: m[1], args: splitArgs(m[2]) } : null;
};

function evaluate(text: string, env: Env): Value {
  const t = text.trim();
  if (t === '""') return "";
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^"[^"]*"$/.test(t)) return t.slice(1, -1);
  if (/^[A-Z]+\d+:[A-Z]+\d+$/.test(t)) return range(t);
  if (env.has(t)) return env.get(t) as CellInput;
  const ifBlank = /^IF\((\w+)="",\s*"",\s*(.*)\)$/s.exec(t);
  if (ifBlank) {
    const v = env.get(ifBlank[1]);
    return v === BLANK || v === "" ? "" : evaluate(ifBlank[2], env);
  }
  const c = callOf(t);
  if (!c) throw new Error(`cannot read ${t}`);
  if (c.name === "INDEX") {
    const row = env.get(c.args[0]) as CellInput[];
    return row[Number(c.args[1]) - 1];
  }
  if (c.name.startsWith("TCLOUD.")) {
    const result = call(c.name.slice(7), ...(c.args.map((a) => evaluate(a, env)) as ArgInput[]));
    return result.code ? { error: result.code } : (result.value as CellInput);
  }
  const lambda = callOf(c.args[c.args.length - 1]);
  if (!lambda || lambda.name !== "LAMBDA") throw new Error(`${c.name} needs a LAMBDA: ${t}`);
  const params = lambda.args.slice(0, -1);
  const body = lambda.args[lambda.args.length - 1];
  if (c.name === "MAP") {
    const arrays = c.args.slice(0, -1).map((a) => (evaluate(a, env) as CellInput[][]).flat());
    return arrays[0].map((_, i) => [
      evaluate(body, new Map([...env, ...params.map((p, k) => [p, arrays[k][i]] as const)])) as CellInput,
    ]);
  }
  if (c.name === "BYROW") {
    const rows = evaluate(c.args[0], env) as CellInput[][];
    return rows.map((row) => [evaluate(body, new Map([...env, [params[0], row] as const])) as CellInput]);
  }
  throw new Error(`not one of the README's forms: ${t}`);
}

const FORMULA_ROW = /^\|\s*`(=[^`]+)`\s*\|\s*`([^`]+)`\s*\|/gm;
const formulas = [...section.matchAll(FORMULA_ROW)].map((m) => [m[1], m[2]] as const);

forEachHost(() => {
  test("README shows the usage table and four ways to price it", () => {
    expect(sheet.get("A2")).toBe("驾驶证识别");
    expect(formulas.map(([f]) => f.slice(1, f.indexOf("(")))).toEqual(["TCLOUD.OCR_BILL", "MAP", "BYROW", "MAP"]);
  });

  test.each(formulas)("%s → %s", (formula, expected) => {
    const result = evaluate(formula.slice(1), new Map());
    const want = parseResult(expected);
    const normalize = (v: unknown): unknown => (Array.isArray(v) ? v.map(normalize) : v === null ? "" : v);
    expect(normalize(result)).toEqual(normalize(want));
  });

  test("a scalar function given ranges is Excel's #VALUE!, not a column of costs", () => {
    expect(call("OCR_COST", range("A2:A4"), range("B2:B4"))).toEqual({ code: "#VALUE!" });
  });
});
