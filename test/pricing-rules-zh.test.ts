/**
 * docs/PRICING-RULES.zh-CN.md is the Chinese version of docs/PRICING-RULES.md, kept in step: the
 * same sections in the same order, the same items in each, the same figures in every item and in
 * every cell of the worked examples. The Chinese help pages quote it by the English rule keys.
 */
import * as fs from "fs";
import * as path from "path";

interface Rule {
  key: string;
  heading: string;
  number: number;
  text: string;
}
interface Assets {
  parseRules(md: string): Map<string, Rule>;
  ruleSections(md: string): string[];
  parseTranslatedRules(translated: string, english: string, name: string): Map<string, Rule>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const assets: Assets = require("../scripts/build/addin-assets");

const ROOT = path.resolve(__dirname, "..");
const ENGLISH = fs.readFileSync(path.join(ROOT, "docs/PRICING-RULES.md"), "utf8");
const CHINESE = fs.readFileSync(path.join(ROOT, "docs/PRICING-RULES.zh-CN.md"), "utf8");
const NAME = "docs/PRICING-RULES.zh-CN.md";

/** The figures of a text, digit groups dropped ("1,000" = "1000"), sorted: word order differs between the languages. */
const figures = (text: string): string[] =>
  [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,(?=\d{3})/g, "")).sort();

/** The rows of the document's tables (separator rows left out), each as its cells. */
const tableRows = (md: string): string[][] =>
  md
    .split(/\r?\n/)
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined)
        .split("|")
        .map((c) => c.trim()),
    );

/** Every way the two documents are out of step, in words a maintainer can act on. */
function outOfStep(english: string, chinese: string): string[] {
  const problems: string[] = [];
  const en = assets.ruleSections(english);
  const zh = assets.ruleSections(chinese);
  if (en.length !== zh.length) return [`${zh.length} sections, the English has ${en.length}`];
  let translated: Map<string, Rule>;
  try {
    translated = assets.parseTranslatedRules(chinese, english, NAME);
  } catch (error) {
    return [(error as Error).message];
  }
  for (const [key, rule] of assets.parseRules(english)) {
    const want = figures(rule.text).join(" ");
    const got = figures(translated.get(key)!.text).join(" ");
    if (want !== got) problems.push(`${key}: figures ${got} where the English has ${want}`);
  }
  const enRows = tableRows(english);
  const zhRows = tableRows(chinese);
  if (enRows.length !== zhRows.length) problems.push(`${zhRows.length} table rows, the English has ${enRows.length}`);
  enRows.forEach((row, r) => {
    const other = zhRows[r] ?? [];
    if (other.length !== row.length) problems.push(`table row ${r + 1}: ${other.length} cells, not ${row.length}`);
    row.forEach((cell, c) => {
      const want = figures(cell).join(" ");
      const got = figures(other[c] ?? "").join(" ");
      if (want !== got) problems.push(`table row ${r + 1} cell ${c + 1}: figures ${got} where the English has ${want}`);
    });
  });
  return problems;
}

test("the Chinese rules are the English ones: sections, items, every figure and every worked example", () => {
  expect(assets.ruleSections(CHINESE).length).toBe(assets.ruleSections(ENGLISH).length);
  expect([...assets.parseTranslatedRules(CHINESE, ENGLISH, NAME).keys()]).toEqual([
    ...assets.parseRules(ENGLISH).keys(),
  ]);
  expect(tableRows(ENGLISH).length).toBeGreaterThanOrEqual(18);
  expect(outOfStep(ENGLISH, CHINESE)).toEqual([]);
});

test("the Chinese document is Chinese, and uses Tencent's own terms", () => {
  for (const rule of assets.parseTranslatedRules(CHINESE, ENGLISH, NAME).values())
    expect(rule.text).toMatch(/\p{Script=Han}{2}/u);
  for (const heading of assets.ruleSections(CHINESE)) expect(heading).toMatch(/\p{Script=Han}/u);
  for (const term of ["阶梯到达", "资源包", "后付费", "预付费", "刊例价", "联系商务", "免费额度", "计费项", "计费冻结"])
    expect(CHINESE).toContain(term);
});

describe("a change to one document without the other is caught", () => {
  test("a figure changed in a rule", () => {
    expect(outOfStep(ENGLISH.replace("13 × 80 × 5 = 5,200", "13 × 80 × 6 = 6,240"), CHINESE)).toEqual([
      expect.stringContaining("OCR#10: figures"),
    ]);
  });

  test("a figure changed in a worked example", () => {
    const changed = CHINESE.replace("(9000 − 1000) × 0.15 = 1,200", "(9000 − 1000) × 0.15 = 1,300");
    expect(outOfStep(ENGLISH, changed)).toEqual([expect.stringMatching(/^table row \d+ cell 2: figures/)]);
  });

  test("a rule added, a section removed", () => {
    const added = ENGLISH.replace("## Rules that tie", "5. A new rule.\n\n## Rules that tie");
    expect(outOfStep(added, CHINESE).join()).toMatch(/Face Recognition#5 is not translated/);
    const removed = CHINESE.replace(/## 金额[\s\S]*?(?=## )/, "");
    expect(outOfStep(ENGLISH, removed)).toEqual([expect.stringMatching(/sections, the English has/)]);
  });

  test("a worked example dropped", () => {
    const dropped = CHINESE.replace(/^\| 身份证识别，当月 900 次调用.*\n/m, "");
    expect(outOfStep(ENGLISH, dropped)[0]).toMatch(/table rows, the English has/);
  });
});
