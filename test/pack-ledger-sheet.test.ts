/**
 * The Pack ledger sheet: its values are OCR_PACK_LEDGER's, and its live formulas, evaluated
 * over the sheet's own cells with the built functions, give back the values it shows.
 */
import { failureOf } from "../src/core/errors";
import { sharedRegistry } from "../src/catalog/embedded";
import { columnIndex, tableLayout } from "../src/compare/layout";
import { packLedgerSheet, type PurchaseInput } from "../src/compare/packLedgerSheet";
import type { CellValue, ComparisonTable } from "../src/compare/types";
import type { CellInput } from "../src/cli/excelHost";
import { call, forEachHost } from "./distFunctions";

const twelve = Array<number>(12).fill(25000);
const threePacks: PurchaseInput[] = [1, 2, 3].map(() => ({ month: 1, size: 100000, price: "3500" }));
const GENERATED_AT = "2026-12-02T00:00:00.000Z";

/** The sheet as a map from "B7" to what the writer puts there (a value, or a formula text). */
function sheetCells(table: ComparisonTable): Map<string, CellValue | string> {
  const layout = tableLayout(table);
  const cells = new Map<string, CellValue | string>();
  const put = (row: number, values: readonly CellValue[], formulas?: readonly (string | null)[]) =>
    values.forEach((v, c) => cells.set(`${String.fromCharCode(65 + c)}${row}`, formulas?.[c] ?? v));
  table.headerBlock.forEach((r, i) => put(i + 1, r));
  put(layout.columnsRow, table.columns);
  table.rows.forEach((r, i) => put(layout.firstDataRow + i, r, table.formulas?.[i]));
  if (table.totals) put(layout.totalsRow!, table.totals, table.totalsFormulas);
  return cells;
}

/** Evaluates =INDEX(TCLOUD.X_PACK_LEDGER($B$2,$B$a:$B$b,[$B$c:$D$d],"id"),r,c) over the sheet's cells. */
function evaluate(formula: string, cells: Map<string, CellValue | string>): unknown {
  const m =
    /^=INDEX\(TCLOUD\.(\w+)\(\$B\$2,(\$B\$\d+:\$B\$\d+),((?:\$B\$\d+:\$D\$\d+)?),("[^"]*")\),(\d+),(\d+)\)$/.exec(
      formula,
    );
  if (!m) throw new Error(`not a ledger formula: ${formula}`);
  const range = (ref: string): CellInput[][] => {
    const [, c1, r1, c2, r2] = /^\$([A-Z])\$(\d+):\$([A-Z])\$(\d+)$/.exec(ref)!;
    const rows: CellInput[][] = [];
    for (let r = Number(r1); r <= Number(r2); r++) {
      const row: CellInput[] = [];
      for (let c = columnIndex(c1); c <= columnIndex(c2); c++)
        row.push((cells.get(`${String.fromCharCode(65 + c)}${r}`) ?? null) as CellInput);
      rows.push(row);
    }
    return rows;
  };
  const result = call(m[1], cells.get("B2") as string, range(m[2]), m[3] ? range(m[3]) : null, JSON.parse(m[4]));
  if (result.code) return { error: result.code };
  return (result.value as unknown[][])[Number(m[5]) - 1][Number(m[6]) - 1];
}

describe("packLedgerSheet", () => {
  const registry = sharedRegistry();

  test("the README example: 840 a month, 12,000 calls (420) written off in month 12, postpaid 0", () => {
    const table = packLedgerSheet(registry, "身份证识别", twelve, threePacks, "tencent-current", {
      generatedAt: GENERATED_AT,
    });
    expect(table.columns).toEqual((call("OCR_PACK_LEDGER", "身份证识别", [[1]], null).value as string[][])[0]);
    expect(table.rows[0]).toEqual([1, 25000, 1000, 24000, 0, 0, 840, 0, 276000]);
    expect(table.rows[11]).toEqual([12, 25000, 1000, 24000, 0, 0, 840, 420, 0]);
    expect(table.totals).toEqual(["total", 300000, 12000, 288000, 0, 0, 10080, 420, 0]);
    expect(table.headerBlock).toContainEqual(["pack", 1, 100000, 3500]);
    expect(table.headerBlock).toContainEqual(["paid for packs", "", "", 10500]);
    expect(table.headerBlock).toContainEqual(["value of the balance left", "", "", 0]);
    expect(table.formulas).toBeUndefined();
  });

  test("a balance still valid at the end keeps its value; in Chinese the words are Chinese", () => {
    const table = packLedgerSheet(registry, "身份证识别", [25000, 25000], threePacks, "tencent-current", {
      lang: "zh",
      generatedAt: GENERATED_AT,
    });
    expect(table.columns[0]).toBe("月份");
    expect(table.totals![0]).toBe("合计");
    expect(table.sheetName).toBe("台账 身份证识别");
    // 252,000 calls left at 0.035: 8,820; 2 × 840 + 8,820 = 10,500 paid.
    expect(table.headerBlock).toContainEqual(["剩余余量的价值", "", "", 8820]);
  });

  test("bad purchases and names fail with the function's reasons", () => {
    const kindOf = (api: string, purchases: PurchaseInput[]): string | undefined => {
      try {
        packLedgerSheet(registry, api, [1000], purchases, "tencent-current");
      } catch (error) {
        return failureOf(error)?.kind;
      }
      return undefined;
    };
    expect(kindOf("身份证识别", [{ month: 1, size: 100000, price: "0" }])).toBe("purchase-no-price");
    expect(kindOf("身份证识别", [{ month: 2, size: 100000, price: "1" }])).toBe("purchase-month");
    expect(kindOf("身份证识别", [{ month: 1, size: 7, price: "1" }])).toBe("no-such-pack");
    expect(kindOf("no such item", [])).toBeDefined();
  });
});

forEachHost(() => {
  test.each([
    ["身份证识别", twelve, threePacks, "tencent-current"],
    ["身份证识别", [9000, 120000, 0, 3000], [], "tencent-current"],
    [
      "人员搜索",
      [52000000, 10],
      [
        { month: 2, size: 1000000, price: "3600" },
        { month: 1, size: 50000000, price: "142500" },
      ],
      "tencent-2020-face",
    ],
  ] as const)("live formulas of %s give back the sheet's values", (api, months, purchases, version) => {
    const registry = sharedRegistry();
    const values = packLedgerSheet(registry, api, months, purchases, version);
    const live = packLedgerSheet(registry, api, months, purchases, version, { liveFormulas: true });
    const cells = sheetCells(live);
    const formulas = [...live.formulas!, live.totalsFormulas!];
    const expected = [...values.rows, values.totals!];
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== null) expect([r, c, evaluate(f, cells)]).toEqual([r, c, expected[r][c]]);
      }),
    );
    // What was paid and the balance's value are live too: SUM of the prices, paid − expense − write-off.
    const numberAt = (ref: string): number => {
      const v = cells.get(ref);
      return typeof v === "string" && v.startsWith("=") ? Number(evaluate(v, cells)) : Number(v);
    };
    live.headerFormulas!.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        const sum = /^=SUM\(\$D\$(\d+):\$D\$(\d+)\)$/.exec(f);
        const left = /^=D(\d+)-G(\d+)-H(\d+)$/.exec(f);
        let value: number;
        if (f === "=0") value = 0;
        else if (sum) {
          value = 0;
          for (let i = Number(sum[1]); i <= Number(sum[2]); i++) value += numberAt(`D${i}`);
        } else if (left) {
          const paid = values.headerBlock[Number(left[1]) - 1][3] as number;
          value = paid - numberAt(`G${left[2]}`) - numberAt(`H${left[3]}`);
        } else throw new Error(`unexpected header formula ${f}`);
        expect(value).toBeCloseTo(values.headerBlock[r][c] as number, 6);
      }),
    );
    expect(live.headerFormulas!.flat().filter((f) => f)).toHaveLength(2);
    // Every cell but the month and the typed calls is live.
    expect(live.formulas![0].map((f) => f !== null)).toEqual([false, false, true, true, true, true, true, true, true]);
  });
});
