/**
 * zh-CN function names and descriptions: generated at build time (dist/functions.zh-CN.json)
 * from the JSDoc metadata (dist/functions.json) and the translation table
 * src/functions/locales/zh-CN.json; ids, parameters' order, types and options never change.
 */
import * as fs from "fs";
import * as path from "path";

interface Param {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters?: Param[];
  result?: unknown;
  options?: unknown;
}
interface Metadata {
  functions: Fn[];
}
interface Assets {
  localizeMetadata(metadata: Metadata, table: unknown): Metadata;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const assets: Assets = require("../scripts/build/addin-assets");

const ROOT = path.resolve(__dirname, "..");
const readJson = <T>(p: string): T => JSON.parse(fs.readFileSync(path.join(ROOT, p), "utf8")) as T;
const english = readJson<Metadata>("dist/functions.json");
const chinese = readJson<Metadata>("dist/functions.zh-CN.json");
const table = readJson<{
  locale: string;
  functions: Record<
    string,
    { name: string; description: string; parameters: Record<string, { name: string; description: string }> }
  >;
}>("src/functions/locales/zh-CN.json");
const HAN = /\p{Script=Han}/u;

test("English metadata keeps names equal to ids", () => {
  for (const f of english.functions) expect(f.name).toBe(f.id);
});

test("every function and parameter has a translation, and the table names nothing else", () => {
  expect(Object.keys(table.functions).sort()).toEqual(english.functions.map((f) => f.id).sort());
  for (const f of english.functions) {
    const t = table.functions[f.id];
    expect(Object.keys(t.parameters).sort()).toEqual((f.parameters ?? []).map((p) => p.name).sort());
  }
});

test("functions.zh-CN.json is the English metadata with the table's names and descriptions", () => {
  expect(chinese).toEqual(assets.localizeMetadata(english, table));
  expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
  chinese.functions.forEach((zh, i) => {
    const en = english.functions[i];
    expect({ ...zh, name: en.name, description: en.description, helpUrl: en.helpUrl, parameters: undefined }).toEqual({
      ...en,
      parameters: undefined,
    });
    // zh-CN Excel opens the Chinese help page
    expect(zh.helpUrl).toBe(en.helpUrl!.replace(/\/help\/(\w+)\.html$/, "/help/zh-CN/$1.html"));
    expect(zh.helpUrl).not.toBe(en.helpUrl);
    expect((zh.parameters ?? []).map(({ name: _n, description: _d, ...rest }) => rest)).toEqual(
      (en.parameters ?? []).map(({ name: _n, description: _d, ...rest }) => rest),
    );
  });
});

test("Chinese names follow Excel's naming rules and are distinct", () => {
  const names = chinese.functions.map((f) => f.name);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) {
    // starts with a letter, at least three characters, only letters, underscore and period
    expect(name).toMatch(/^\p{L}[\p{L}_.]{2,}$/u);
    expect(name).toMatch(HAN);
    // not a cell reference (A1..XFD1048576, R1C1)
    expect(name).not.toMatch(/^[A-Z]{1,3}\d+$|^R\d+C\d+$/i);
  }
  for (const f of chinese.functions) {
    expect(f.description).toMatch(HAN);
    for (const p of f.parameters ?? []) {
      expect(p.name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
      expect(p.description).toMatch(HAN);
    }
    expect(new Set((f.parameters ?? []).map((p) => p.name)).size).toBe((f.parameters ?? []).length);
  }
});

test("a missing or stale translation fails the build with every problem named", () => {
  const broken = JSON.parse(JSON.stringify(table));
  delete broken.functions.OCR_COST;
  delete broken.functions.FACE_COST.parameters.api;
  broken.functions.NO_SUCH = { name: "无", description: "无", parameters: {} };
  expect(() => assets.localizeMetadata(english, broken)).toThrow(
    /OCR_COST: no translation.*FACE_COST: parameter api has no name and description|NO_SUCH: translated but not a function/,
  );
  try {
    assets.localizeMetadata(english, broken);
  } catch (error) {
    const message = (error as Error).message;
    for (const part of [
      "NO_SUCH: translated but not a function",
      "OCR_COST: no translation",
      "FACE_COST: parameter api",
    ]) {
      expect(message).toContain(part);
    }
  }
});

test("the manifest serves functions.zh-CN.json and the Chinese help index to zh-CN Excel", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifest).toMatch(
    /<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\/index\.html">\s*<Override Locale="zh-CN" Value="https:\/\/localhost:3000\/help\/zh-CN\/index\.html"\/>\s*<\/SupportUrl>/,
  );
  expect(manifest).toMatch(
    /<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/help\/index\.html">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/help\/zh-CN\/index\.html"\/>/,
  );
  expect(manifest).toMatch(
    /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.json">\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions\.zh-CN\.json"\/>\s*<\/bt:Url>/,
  );
});
