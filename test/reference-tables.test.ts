/**
 * CATALOGS and PRICES spill their headers, row labels and notes in Office's display language:
 * Chinese under zh-CN (no English but names, ids and what the catalogs hold), English without
 * Office, the same numbers in both. A price book's rows (its terms, the base's prices beside its
 * own) and its source in CATALOGS are worded the same way (the example book acme-2026).
 */
import { call, forEachHost, inDisplayLanguage, loadExampleBook } from "./distFunctions";
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
  ["驾驶证识别", "acme-2026"],
  ["身份证识别", "acme-2026"],
  ["通用印刷体识别", "acme-2026"],
  ["人脸比对", "acme-2026"],
];
/** Names and ids a cell may quote in either language: the catalogs' names, the book's id. */
const NAMES = [...catalogNames(), "acme-2026"];
type Grid = (string | number)[][];

const tables = (): { catalogs: Grid; prices: Grid[] } => ({
  catalogs: call("CATALOGS").value as Grid,
  prices: ITEMS.map(([api, catalog]) => call("PRICES", api, catalog).value as Grid),
});
/** The cells the add-in words (not the catalogs' own titles and sources; a price book's source it words). */
const wordedCells = ({ catalogs, prices }: ReturnType<typeof tables>): string[] =>
  [
    ...catalogs[0],
    ...catalogs.slice(1).flatMap((r) => [r[2], r[3], r[5], ...(r[0] === "acme-2026" ? [r[4]] : [])]),
    ...prices.flatMap((grid) => [...grid[0], ...grid.slice(1).flatMap((r) => [r[0], r[4]])]),
  ].filter((c): c is string => typeof c === "string" && c !== "");
const numbers = ({ catalogs, prices }: ReturnType<typeof tables>) =>
  [catalogs, ...prices].map((grid) => grid.map((r) => r.map((c) => (typeof c === "number" ? c : typeof c))));

forEachHost(() => {
  let english: ReturnType<typeof tables>;
  describe("without Office", () => {
    test("English headers, labels and notes", () => {
      loadExampleBook();
      english = tables();
      expect(english.catalogs[0]).toEqual(["id", "title", "OCR effective", "Face effective", "source", "default"]);
      expect(english.prices[0][0]).toEqual(["what", "from / size", "to", "price (CNY)", "note"]);
      for (const cell of wordedCells(english)) expect([cell, chineseIn(cell, NAMES)]).toEqual([cell, []]);
    });
  });

  describe("under zh-CN", () => {
    inDisplayLanguage("zh-CN");
    test("Chinese headers, labels and notes, the same figures as in English", () => {
      loadExampleBook();
      const chinese = tables();
      expect(chinese.catalogs[0]).toEqual(["ID", "标题", "文字识别生效日期", "人脸识别生效日期", "来源", "状态"]);
      expect(chinese.prices[0][0]).toEqual(["项目", "起始量 / 规格", "截止量", "价格（元）", "备注"]);
      for (const cell of wordedCells(chinese)) {
        expect([cell, englishIn(cell, NAMES)]).toEqual([cell, []]);
        expect(cell).toMatch(/\p{Script=Han}|^\d{4}-\d{2}-\d{2}$|^ID$/u);
      }
      expect(numbers(chinese)).toEqual(numbers(english));
      expect(chinese.prices[0]).toContainEqual(["后付费阶梯", 1000000, "", "", "联系商务（无刊例价）"]);
      const book = chinese.prices[ITEMS.findIndex(([, id]) => id === "acme-2026")];
      expect(book).toContainEqual(["价格册", "", "", "", "基于 tencent-current：文字识别 全部计费项：×0.8"]);
      expect(book.find((r) => r[0] === "后付费阶梯")![4]).toMatch(/；tencent-current 中为 0\.15$/);
      const idCard = chinese.prices[ITEMS.findIndex(([api, id]) => api === "身份证识别" && id === "acme-2026")];
      expect(idCard).toContainEqual([
        "价格册",
        "",
        "",
        "",
        "基于 tencent-current：文字识别 身份证识别：100000 资源包 3500、免费额度 2000",
      ]);
      expect(idCard.find((r) => r[0] === "预付费资源包" && r[1] === 100000)![4]).toMatch(
        /资源包的合同价.*；tencent-current 中为 5000$/,
      );
      expect(chinese.catalogs.find((r) => r[0] === "acme-2026")![4]).toMatch(
        /^价格册，基于 tencent-current：文字识别 全部计费项：×0\.8；文字识别 通用印刷体识别：自 1000000 起的阶梯单价 0\.04；/,
      );
    });
  });
});
