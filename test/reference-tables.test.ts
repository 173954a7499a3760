/**
 * CATALOGS and PRICES spill their headers, row labels and notes in Office's display language:
 * Chinese under zh-CN (no English but names, ids and what the catalogs hold), English without
 * Office, the same numbers in both.
 */
import { call, forEachHost, inDisplayLanguage } from "./distFunctions";
import { catalogNames, chineseIn, englishIn } from "./support/messageLanguage";

const ITEMS: Array<[string, string | null]> = [
  ["身份证识别", null],
  ["增值税发票核验", null],
  ["人脸比对", null],
  ["身份证识别", "tencent-2019-ocr"],
  ["身份证识别", "tencent-2020-ocr"],
  ["身份证识别", "tencent-legacy-ocr"],
  ["人员查重", "tencent-2020-face"],
  ["获取人员列表", "tencent-2020-face"],
  ["人员库管理", "tencent-2020-face"],
];
const NAMES = catalogNames();
type Grid = (string | number)[][];

const tables = (): { catalogs: Grid; prices: Grid[] } => ({
  catalogs: call("CATALOGS").value as Grid,
  prices: ITEMS.map(([api, catalog]) => call("PRICES", api, catalog).value as Grid),
});
/** The cells the add-in words (not the catalogs' own titles and sources). */
const wordedCells = ({ catalogs, prices }: ReturnType<typeof tables>): string[] =>
  [
    ...catalogs[0],
    ...catalogs.slice(1).flatMap((r) => [r[2], r[3], r[5]]),
    ...prices.flatMap((grid) => [...grid[0], ...grid.slice(1).flatMap((r) => [r[0], r[4]])]),
  ].filter((c): c is string => typeof c === "string" && c !== "");
const numbers = ({ catalogs, prices }: ReturnType<typeof tables>) =>
  [catalogs, ...prices].map((grid) => grid.map((r) => r.map((c) => (typeof c === "number" ? c : typeof c))));

forEachHost(() => {
  let english: ReturnType<typeof tables>;
  describe("without Office", () => {
    test("English headers, labels and notes", () => {
      english = tables();
      expect(english.catalogs[0]).toEqual(["id", "title", "OCR effective", "Face effective", "source", "default"]);
      expect(english.prices[0][0]).toEqual(["what", "from / size", "to", "price (CNY)", "note"]);
      for (const cell of wordedCells(english)) expect([cell, chineseIn(cell, NAMES)]).toEqual([cell, []]);
    });
  });

  describe("under zh-CN", () => {
    inDisplayLanguage("zh-CN");
    test("Chinese headers, labels and notes, the same figures as in English", () => {
      const chinese = tables();
      expect(chinese.catalogs[0]).toEqual(["ID", "标题", "文字识别生效日期", "人脸识别生效日期", "来源", "状态"]);
      expect(chinese.prices[0][0]).toEqual(["项目", "起始量 / 规格", "截止量", "价格（元）", "备注"]);
      for (const cell of wordedCells(chinese)) {
        expect([cell, englishIn(cell, NAMES)]).toEqual([cell, []]);
        expect(cell).toMatch(/\p{Script=Han}|^\d{4}-\d{2}-\d{2}$|^ID$/u);
      }
      expect(numbers(chinese)).toEqual(numbers(english));
      expect(chinese.prices[0]).toContainEqual(["后付费阶梯", 1000000, "", "", "联系商务（无刊例价）"]);
    });
  });
});
