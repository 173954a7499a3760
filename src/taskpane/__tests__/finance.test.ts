import { CatalogRegistry } from "../../catalog/registry";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { callsForBudget } from "../budget";
import { translator } from "../i18n";
import { parsePurchases } from "../ledgerInputs";

const registry = new CatalogRegistry([literalCatalog], literalCatalog.id);
const en = translator("en");
const zh = translator("zh");
const ask = (budget: string, prepaid = "", item = "身份证识别", kind: "ocr" | "face" = "ocr") =>
  callsForBudget(registry, { kind, item, budget, prepaid, version: "" }, "en");

describe("calls for a budget (the calculator's other question)", () => {
  test("the README example across the 阶梯到达 cliff, typed every way the one reader takes", () => {
    for (const typed of ["1349", "1,349", "１３４９", "1.349千", " 1349 "])
      expect([typed, ask(typed)]).toEqual([
        typed,
        { ok: true, catalogId: "literal-test", itemName: "身份证识别", volume: 14490, cost: "1349", budget: "1349" },
      ]);
    expect(ask("1349", "2,000")).toMatchObject({ ok: true, volume: 16490 });
    expect(ask("100万")).toMatchObject({ ok: true, volume: 999999 }); // never into 联系商务
  });

  test("a name of the other product is answered there, and says so", () => {
    const r = ask("9000", "", "人脸搜索", "ocr");
    expect(r).toMatchObject({ ok: true, switchedTo: "face", itemName: "人脸搜索", volume: 2822500 });
  });

  test("what cannot be read is #VALUE! saying what to type; the message is in the pane's language", () => {
    expect(ask("")).toMatchObject({ ok: false, code: "#VALUE!", message: expect.stringMatching(/budget/i) });
    expect(ask("9,99")).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(ask("lots")).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(ask("-5")).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(ask("100", "1.5")).toMatchObject({ ok: false, code: "#VALUE!" });
    expect(ask("100", "", " ")).toMatchObject({ ok: false, code: "#VALUE!" });
    const zhAnswer = callsForBudget(
      registry,
      { kind: "ocr", item: "身份证识别", budget: "", prepaid: "", version: "" },
      "zh",
    );
    expect(zhAnswer).toMatchObject({ ok: false, message: expect.stringMatching(/预算/) });
  });
});

describe("pack purchases typed in the pane", () => {
  test("lines of month, pack size, price paid; numbers as people write them", () => {
    const typed = "1, 100000, 3500\n1\t10万\t3,500\n\n2,100000,3500.5; 3 １０００ 84";
    expect(parsePurchases(typed, en)).toEqual({
      ok: true,
      value: [
        { month: 1, size: 100000, price: "3500" },
        { month: 1, size: 100000, price: "3500" },
        { month: 2, size: 100000, price: "3500.5" },
        { month: 3, size: 1000, price: "84" },
      ],
    });
    expect(parsePurchases("  \n", en)).toEqual({ ok: true, value: [] });
  });

  test("every bad entry is reported, in English and Chinese", () => {
    expect(parsePurchases("1, 100000\n1.5, 1000, 84\n1, 1000, free", en)).toEqual({
      ok: false,
      errors: [
        'Purchase 1: "1, 100000" is not "month, pack size, price paid".',
        'Purchase 2: "1.5, 1000, 84" is not "month, pack size, price paid".',
        'Purchase 3: "1, 1000, free" is not "month, pack size, price paid".',
      ],
    });
    expect(parsePurchases("1, 1000", zh)).toEqual({
      ok: false,
      errors: ["第 1 条购买记录“1, 1000”不是“月份, 资源包规格, 实付价格”。"],
    });
  });
});
