/**
 * One help page per function (its @helpurl), generated at build time into dist/help from the
 * JSDoc metadata, src/functions/help/pages.json and docs/PRICING-RULES.md: static HTML with no
 * script, every text escaped. The same pages in Chinese under dist/help/zh-CN (the zh-CN
 * metadata's helpUrl), from src/functions/help/pages.zh-CN.json and docs/PRICING-RULES.zh-CN.md.
 * The examples on the pages are evaluated by the built functions, the Chinese ones as zh-CN Excel.
 */
import * as fs from "fs";
import * as path from "path";
import type { ArgInput } from "../src/cli/excelHost";
import { call, forEachHost, inDisplayLanguage, loadExampleBook } from "./distFunctions";
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
  parseTranslatedRules(translated: string, english: string, name: string): Map<string, Rule>;
  localizeHelp(
    english: unknown,
    table: unknown,
    names: Map<string, string>,
  ): { functions: Record<string, HelpEntry & { returns: string }> };
  EN_WORDS: Record<string, string>;
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

const zhFunctions = (JSON.parse(read("dist/functions.zh-CN.json")) as { functions: Fn[] }).functions;
const zhTable = JSON.parse(read("src/functions/help/pages.zh-CN.json")) as {
  words: Record<string, string>;
  functions: Record<string, { returns: string; examples: { explanation: string; result?: string }[] }>;
};
const zhNames = new Map(zhFunctions.map((f) => [f.id, f.name]));
const zhSource = assets.localizeHelp(source, zhTable, zhNames);
const zhRules = assets.parseTranslatedRules(
  read("docs/PRICING-RULES.zh-CN.md"),
  read("docs/PRICING-RULES.md"),
  "docs/PRICING-RULES.zh-CN.md",
);
const zhPage = (id: string) => fs.readFileSync(path.join(HELP, "zh-CN", `${id}.html`), "utf8");
/** A formula as zh-CN Excel shows it, back to the ids a workbook stores. */
const toIds = (formula: string) =>
  [...zhNames].reduce((f, [id, name]) => f.split(`TCLOUD.${name}(`).join(`TCLOUD.${id}(`), formula);
/** The page's own words: its text without code, the quoted English syntax line and the tags. */
const ownWords = (html: string) =>
  html
    .replace(/<code>[\s\S]*?<\/code>/g, " ")
    .replace(/<p class="locale" lang="en">[\s\S]*?<\/p>/g, " ")
    .replace(/<title>[\s\S]*?<\/title>/g, " ")
    .replace(/<[^>]+>/g, " ");

/** The example's formula (in function ids), called as the current host and display language do, gives its result. */
function expectExample(id: string, formula: string, example: Example): void {
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
}

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

  test.each(examples)("%s example %s gives what the page says", (id, formula, example) =>
    expectExample(id, formula, example),
  );

  describe("in Chinese (dist/help/zh-CN, the zh-CN metadata's helpUrl)", () => {
    inDisplayLanguage("zh-CN");
    beforeAll(loadExampleBook); // in the zh-CN functions too

    test("every zh-CN function's helpUrl is its Chinese page, and the index links every one", () => {
      expect(zhFunctions.map((f) => f.id)).toEqual(functions.map((f) => f.id));
      const index = fs.readFileSync(path.join(HELP, "zh-CN", "index.html"), "utf8");
      for (const f of zhFunctions) {
        expect(f.helpUrl).toBe(`https://localhost:3000/help/zh-CN/${f.id}.html`);
        expect(fs.existsSync(path.join(HELP, "zh-CN", `${f.id}.html`))).toBe(true);
        expect(index).toContain(`<a href="${f.id}.html"><code>TCLOUD.${assets.escapeHtml(f.name)}</code></a>`);
      }
      expect(index).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    });

    test.each(zhFunctions.map((f) => [f.id, f] as const))(
      "%s: the Chinese page says what the English one says, in zh-CN Excel's names",
      (id, fn) => {
        const html = zhPage(id);
        const esc = assets.escapeHtml;
        expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
        expect(html).toContain(`<h1>TCLOUD.${esc(fn.name)} 函数</h1>`);
        expect(html).toContain(esc(fn.description));
        const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
        expect(html).toContain(esc(`TCLOUD.${fn.name}(${params.join(", ")})`));
        for (const p of fn.parameters ?? []) {
          expect(html).toContain(`<code>${esc(p.name)}</code>`);
          expect(html).toContain(esc(p.description));
        }
        // the English id a workbook stores, and the English page one click away
        const en = functions.find((f) => f.id === id)!;
        const enParams = (en.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
        expect(html).toContain(esc(`TCLOUD.${id}(${enParams.join(", ")})`));
        expect(html).toContain(`<a class="language" href="../${id}.html" lang="en">English</a>`);
        expect(page(id)).toContain(`<a class="language" href="zh-CN/${id}.html" lang="zh-CN">中文</a>`);
        const entry = zhSource.functions[id];
        expect(html).toContain(esc(entry.returns));
        for (const example of [entry.example, ...(entry.more ?? [])]) {
          expect(example.formula).not.toMatch(/TCLOUD\.[A-Z_]+\(/);
          expect(html).toContain(esc(example.formula));
          expect(html).toContain(esc(example.result));
          expect(html).toContain(esc(example.explanation!));
        }
        for (const key of entry.rules) expect(html).toContain(assets.inlineMarkdown(zhRules.get(key)!.text));
        expect(html).toContain(`<link rel="stylesheet" href="../help.css">`);
        expect(html).toContain(`<img src="../../assets/icon-32.png" alt="">`);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/\son\w+\s*=/i);
        // No English sentence in the page's own words (names, ids and formulas are code).
        expect(ownWords(html)).not.toMatch(/\b(the|is|are|of|and|for|with|this|that|which|calls?)\b/);
        expect(ownWords(html)).toMatch(/\p{Script=Han}/u);
      },
    );

    const zhExamples = zhFunctions.flatMap((f) =>
      [zhSource.functions[f.id].example, ...(zhSource.functions[f.id].more ?? [])].map(
        (e) => [f.id, e.formula, e] as const,
      ),
    );

    test.each(zhExamples)("%s example %s gives what the Chinese page says", (id, formula, example) =>
      expectExample(id, toIds(formula), example),
    );

    test("a missing or empty Chinese text fails the build, naming each", () => {
      const broken = JSON.parse(JSON.stringify(zhTable));
      delete broken.functions.OCR_COST;
      broken.functions.FACE_COST.examples[1].explanation = " ";
      broken.functions.CATALOGS.examples[0].result = "";
      delete broken.words.syntax;
      broken.functions.FACE_FREEZE.examples.pop();
      let message = "";
      try {
        assets.localizeHelp(source, broken, zhNames);
      } catch (error) {
        message = (error as Error).message;
      }
      for (const part of [
        "src/functions/help/pages.zh-CN.json",
        "words.syntax is missing",
        "OCR_COST: no translation",
        "FACE_COST: example 2 has no explanation",
        "CATALOGS: illustrative example 1 has no result",
        "FACE_FREEZE: 0 examples translated, pages.json has 1",
      ])
        expect(message).toContain(part);
      expect(Object.keys(zhTable.words).sort()).toEqual(Object.keys(assets.EN_WORDS).sort());
    });
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
