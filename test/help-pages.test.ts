/**
 * One help page per function (its @helpurl), generated at build time into dist/help from the
 * JSDoc metadata, src/functions/help/pages.json and docs/PRICING-RULES.md: static HTML with no
 * script, every text escaped. The examples on the pages are evaluated by the built functions.
 */
import * as fs from "fs";
import * as path from "path";
import type { ArgInput } from "../src/cli/excelHost";
import { call, forEachHost, loadExampleBook } from "./distFunctions";
import { parseFormula, parseResult } from "./excelFormula";

interface Rule {
  key: string;
  heading: string;
  number: number;
  text: string;
}
interface Example {
  formula: string;
  result: string;
  explanation?: string;
  illustrative?: boolean;
}
interface HelpEntry {
  example: Example;
  more?: Example[];
  rules: string[];
}
interface Fn {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters?: { name: string; description: string; optional?: boolean }[];
}
interface Assets {
  escapeHtml(s: string): string;
  inlineMarkdown(s: string): string;
  parseRules(md: string): Map<string, Rule>;
  renderHelpPage(o: {
    fn: Fn;
    help: HelpEntry;
    rules: Map<string, Rule>;
    errors: [string, string][];
    returns?: string;
  }): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const assets: Assets = require("../scripts/build/addin-assets");

const ROOT = path.resolve(__dirname, "..");
const HELP = path.join(ROOT, "dist", "help");
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), "utf8");
const functions = (JSON.parse(read("dist/functions.json")) as { functions: Fn[] }).functions;
const source = JSON.parse(read("src/functions/help/pages.json")) as {
  functions: Record<string, HelpEntry>;
  errors: [string, string][];
};
const rules = assets.parseRules(read("docs/PRICING-RULES.md"));
const page = (id: string) => fs.readFileSync(path.join(HELP, `${id}.html`), "utf8");

beforeAll(loadExampleBook); // examples that name the example price book (examples/acme-2026.json)

forEachHost(() => {
  test("every function's @helpurl is its page under /help/, and every page has a source entry", () => {
    expect(functions.length).toBeGreaterThanOrEqual(14);
    for (const f of functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id}.html`);
      expect(fs.existsSync(path.join(HELP, `${f.id}.html`))).toBe(true);
    }
    expect(Object.keys(source.functions).sort()).toEqual(functions.map((f) => f.id).sort());
    expect(fs.existsSync(path.join(HELP, "help.css"))).toBe(true);
  });

  test("the index page (the manifest's support URL) links every function", () => {
    const index = fs.readFileSync(path.join(HELP, "index.html"), "utf8");
    for (const f of functions) expect(index).toContain(`<a href="${f.id}.html">`);
  });

  test.each(functions.map((f) => [f.id, f] as const))("%s: what it computes, arguments, example, rules", (id, fn) => {
    const html = page(id);
    const esc = assets.escapeHtml;
    expect(html).toContain(`<h1>TCLOUD.${id} function</h1>`);
    expect(html).toContain(esc(fn.description));
    const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
    expect(html).toContain(esc(`TCLOUD.${id}(${params.join(", ")})`));
    for (const p of fn.parameters ?? []) {
      expect(html).toContain(`<code>${esc(p.name)}</code>`);
      expect(html).toContain(esc(p.description));
    }
    const entry = source.functions[id];
    for (const example of [entry.example, ...(entry.more ?? [])]) {
      expect(html).toContain(esc(example.formula));
      expect(html).toContain(esc(example.result));
    }
    expect(entry.rules.length).toBeGreaterThan(0);
    for (const key of entry.rules) {
      const rule = rules.get(key);
      if (!rule) throw new Error(`${id}: ${key} is not a rule of docs/PRICING-RULES.md`);
      expect(html).toContain(assets.inlineMarkdown(rule.text));
    }
    // Chinese name from the translation table
    expect(html).toMatch(/中文版 Excel：<code>TCLOUD\.\p{L}*\p{Script=Han}/u);
  });

  test.each(functions.map((f) => [f.id] as const))(
    "%s: a static page, no script, no inline handlers, a strict CSP",
    (id) => {
      const html = page(id);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/innerHTML/);
      expect(html).not.toMatch(/\son\w+\s*=/i);
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">`,
      );
      expect(html).toContain(`<link rel="stylesheet" href="help.css">`);
      expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    },
  );

  const examples = functions.flatMap((f) =>
    [source.functions[f.id].example, ...(source.functions[f.id].more ?? [])].map((e) => [f.id, e.formula, e] as const),
  );

  test.each(examples)("%s example %s gives what the page says", (id, formula, example) => {
    const { name, args } = parseFormula(formula);
    expect(name).toBe(id);
    const result = call(name, ...(args as ArgInput[]));
    if (example.illustrative) {
      expect(result.code).toBeUndefined();
      return;
    }
    const want = parseResult(example.result);
    if (typeof want === "object" && want !== null && "error" in want)
      expect(result.code).toBe((want as { error: string }).error);
    else expect(result.value).toEqual(want);
  });

  test("text from the sources is escaped, never interpreted as HTML", () => {
    const evil = '<img src=x onerror=alert(1)> & "quotes"';
    const html = assets.renderHelpPage({
      fn: {
        id: "OCR_COST",
        name: "OCR_COST",
        description: evil,
        helpUrl: "",
        parameters: [{ name: "api", description: evil }],
      },
      help: { example: { formula: `=TCLOUD.OCR_COST("${evil}")`, result: evil, explanation: evil }, rules: ["OCR#5"] },
      rules,
      errors: [["#N/A", evil]],
      returns: evil,
    });
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;");
    expect(assets.inlineMarkdown("**联系商务** `a<b`")).toBe("<strong>联系商务</strong> <code>a&lt;b</code>");
  });

  test("a rule reference that does not exist fails the build", () => {
    const fn = functions[0];
    expect(() =>
      assets.renderHelpPage({
        fn,
        help: { example: source.functions[fn.id].example, rules: ["OCR#99"] },
        rules,
        errors: [],
      }),
    ).toThrow(/OCR#99 is not in docs\/PRICING-RULES\.md/);
  });
});
