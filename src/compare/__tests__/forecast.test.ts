import { forecast } from "../forecast";
import { tableLayout } from "../layout";
import { GENERATED_AT, testRegistry } from "./fixtures";

describe("forecast", () => {
  const registry = testRegistry();
  const lines = [
    { api: "身份证识别", volume: 9000 }, // old: 8000 × 0.15 = 1200; new: 8000 × 0.12 = 960
    { api: "IDCardOCR", volume: 2_000_000 }, // old: 联系商务 → #N/A; new: 1,999,000 × 0.04 = 79,960
    { api: "增值税发票核验", volume: 100, prepaid: 50 }, // old: 50 × 0.30 = 15; new: removed → #VALUE! (as the live formula shows)
    { api: "人员搜索", volume: 3_010_000 }, // face under both: (3,010,000 − 10,000) = 3,000,000 → (0, 300万] tier 0.0032 = 9600
  ];

  it("prices each line under every version, with changes and totals", () => {
    const table = forecast(registry, lines, ["literal-test", "literal-new"], {
      liveFormulas: false,
      generatedAt: GENERATED_AT,
    });
    expect(table.columns).toEqual([
      "#",
      "interface",
      "volume",
      "prepaid",
      "literal-test (CNY)",
      "literal-new (CNY)",
      "change literal-new vs literal-test",
      "change % literal-new",
    ]);
    expect(table.rows[0]).toEqual([1, "身份证识别", 9000, null, 1200, 960, -240, -0.2]);
    expect(table.rows[1]).toEqual([
      2,
      "IDCardOCR",
      2_000_000,
      null,
      { error: "#N/A" },
      79960,
      { error: "#N/A" },
      { error: "#N/A" },
    ]);
    expect(table.rows[2]).toEqual([
      3,
      "增值税发票核验",
      100,
      50,
      15,
      { error: "#VALUE!" },
      { error: "#VALUE!" },
      { error: "#VALUE!" },
    ]);
    expect(table.rows[3]).toEqual([4, "人员搜索", 3_010_000, null, 9600, 9600, 0, 0]);
    // A version with a failed line has no total: never a sum that silently treats #N/A as 0.
    expect(table.totals).toEqual([
      "total (bill)",
      "4 lines",
      null,
      null,
      { error: "#N/A" },
      { error: "#VALUE!" },
      { error: "#N/A" },
      { error: "#N/A" },
    ]);
    expect(table.headerBlock[2]).toEqual(["generated at", GENERATED_AT]);
    const notes = table.notes!.join("\n");
    expect(notes).toMatch(/#N\/A \(row 8\): 身份证识别 has no list price/);
    expect(notes).toMatch(/#VALUE! \(row 9\): "增值税发票核验" is not an OCR interface.*literal-new/);
    expect(table.formulas).toBeUndefined();
  });

  it("exact decimals: 3 calls at 0.15 is 0.45, not 0.44999999999999996", () => {
    const table = forecast(registry, [{ api: "增值税发票核验", volume: 3 }], ["literal-test"], {
      liveFormulas: false,
      generatedAt: GENERATED_AT,
    });
    expect(table.rows[0][4]).toBe(0.9); // 3 × 0.30, no free quota
    const sums = forecast(
      registry,
      [
        { api: "混贴票据识别 ", volume: 1 },
        { api: "通用票据识别（大票）", volume: 1003 },
        { api: "火车票识别", volume: 1003 },
      ],
      ["literal-test", "literal-new"],
      { liveFormulas: false, generatedAt: GENERATED_AT },
    );
    expect(sums.rows[0][4]).toEqual({ error: "#VALUE!" }); // ambiguous: two billing items
    expect(sums.rows[1][4]).toBe(0.45);
    expect(sums.rows[2][4]).toBe(0.3);
  });

  it("live formulas reference the volume cells of the sheet layout", () => {
    const table = forecast(registry, lines, ["literal-test", "literal-new", "literal-face"], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const layout = tableLayout(table);
    expect(layout.firstDataRow).toBe(7);
    expect(table.formulas![0].slice(0, 4)).toEqual([null, null, null, null]);
    expect(table.formulas![0][4]).toBe('=TCLOUD.OCR_COST(B7,C7,D7,"literal-test")');
    expect(table.formulas![0][6]).toBe('=TCLOUD.OCR_COST(B7,C7,D7,"literal-face")');
    expect(table.formulas![3][5]).toBe('=TCLOUD.FACE_COST(B10,C10,D10,"literal-new")');
    expect(table.formulas![1][7]).toBe("=F8-E8");
    expect(table.formulas![1][9]).toBe('=IF(E8=0,"",F8/E8-1)');
    // OCR and face lines are billed separately: the totals are values, and a note says so.
    expect(table.totalsFormulas!.every((f) => f === null)).toBe(true);
    // Lines, the shared-item adjustment, the priced-lines subtotal (some versions cannot price a line), totals.
    expect(layout.totalsRow).toBe(13);
    expect(table.notes!.join("\n")).toMatch(/mix OCR and Face Recognition/);
    // The face-only version has no OCR prices: #N/A with the reason.
    expect(table.rows[0][6]).toEqual({ error: "#N/A" });
    expect(table.notes!.join("\n")).toMatch(/Catalog literal-face has no OCR prices/);
    expect(
      table.rows.every((r, i) => r.length === table.formulas![i].length && r.length === table.columns.length),
    ).toBe(true);
  });

  it("totals are bills: lines of one billing item share its free quota and tier (as OCR_BILL)", () => {
    const shared = [
      { api: "身份证识别", volume: 6000 }, // alone: 5,000 × 0.15 = 750
      { api: "IDCardOCR", volume: 5000 }, // alone: 4,000 × 0.15 = 600
      { api: "增值税发票核验", volume: 10, prepaid: 4 }, // 6 × 0.30 = 1.8
    ];
    const values = forecast(registry, shared, ["literal-test"], { liveFormulas: false, generatedAt: GENERATED_AT });
    // Together 11,000 calls: one free quota, the 1万 tier: 10,000 × 0.10 = 1,000; + 1.8.
    expect(values.rows.map((r) => r[4])).toEqual([750, 600, 1.8, -350]);
    expect(values.rows[3][1]).toMatch(/shared free quota and tier/);
    expect(values.totals![4]).toBe(1001.8);
    expect(values.notes![0]).toMatch(/bill: lines of one billing item share/);

    const live = forecast(registry, shared, ["literal-test", "literal-new"], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    const layout = tableLayout(live);
    // Three lines, the adjustment row, and the subtotal of priced lines (literal-new cannot price 增值税发票核验).
    expect(layout.lastDataRow).toBe(11);
    expect(live.totalsFormulas![4]).toBe('=TCLOUD.OCR_BILL(B7:B9,C7:C9,"literal-test",D7:D9)');
    expect(live.formulas![3][4]).toBe("=E12-SUM(E7:E9)");
    expect(live.formulas![4][5]).toBe("=AGGREGATE(9,6,F7:F9)");
    expect(live.rows[4].slice(1, 6)).toEqual(["priced lines only (subtotal)", null, null, 1351.8, 1080]);
    expect(live.totalsFormulas![6]).toBe("=F12-E12");
    expect(live.notes!.join("\n")).toMatch(/literal-new: 1 of 3 lines could not be priced/);
  });

  it("forces a product, escapes quotes in version refs, rejects no/duplicate versions", () => {
    const table = forecast(registry, [{ api: "人脸搜索", volume: 1 }], ["literal-test"], {
      product: "ocr",
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    expect(table.rows[0][4]).toEqual({ error: "#VALUE!" });
    expect(() => forecast(registry, [], [], { liveFormulas: false })).toThrow(/at least one catalog version/);
    expect(() => forecast(registry, [], ["literal-test", "literal-test"], { liveFormulas: false })).toThrow(/twice/);
    const quoted = forecast(registry, [{ api: "身份证识别", volume: 1 }], ['a"b'], {
      liveFormulas: true,
      generatedAt: GENERATED_AT,
    });
    expect(quoted.formulas![0][4]).toBe('=TCLOUD.OCR_COST(B7,C7,D7,"a""b")');
    expect(quoted.rows[0][4]).toEqual({ error: "#N/A" });
  });

  it("bad volumes are #VALUE! text with the reason", () => {
    const table = forecast(
      registry,
      [
        { api: "身份证识别", volume: -1 },
        { api: "身份证识别", volume: 1.5 },
      ],
      ["literal-test"],
      { liveFormulas: false, generatedAt: GENERATED_AT },
    );
    expect(table.rows.slice(0, 2).map((r) => r[4])).toEqual([{ error: "#VALUE!" }, { error: "#VALUE!" }]);
    expect(table.notes!.join("\n")).toMatch(/must not be negative/);
  });
});

describe("forecast in Chinese", () => {
  const registry = testRegistry();
  it("headers, labels, notes and the sheet name are Chinese; the numbers are the same", () => {
    const lines = [
      { api: "身份证识别", volume: 6000 },
      { api: "IDCardOCR", volume: 5000 },
      { api: "身份证识别", volume: 2_000_000 },
    ];
    const en = forecast(registry, lines, ["literal-test"], { liveFormulas: false, generatedAt: GENERATED_AT });
    const zh = forecast(registry, lines, ["literal-test"], {
      liveFormulas: false,
      generatedAt: GENERATED_AT,
      lang: "zh",
    });
    expect(zh.rows.map((r) => r.slice(4))).toEqual(en.rows.map((r) => r.slice(4)));
    expect(zh.sheetName).toBe("用量预测");
    expect(zh.columns.slice(0, 4)).toEqual(["序号", "接口", "调用量", "资源包抵扣"]);
    const words = [
      ...zh.headerBlock.flat().filter((c): c is string => typeof c === "string" && c !== GENERATED_AT),
      ...zh.columns,
      ...(zh.notes ?? []),
      ...zh.rows.flatMap((r) => [r[1]]).filter((c): c is string => typeof c === "string" && !/识别|IDCardOCR/.test(c)),
    ];
    for (const text of words)
      expect([text, /\b(the|is|of|and|lines?|total|change|priced|from)\b/i.test(text)]).toEqual([text, false]);
    expect(zh.notes!.join("\n")).toMatch(/没有每月 1,000,000 及以上 次的刊例价/);
  });
});
