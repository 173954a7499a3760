import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "./browser/xlsxReader";
import { call } from "./distFunctions";

const BIN = path.resolve(__dirname, "..", "bin", "tcprice.js");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, env: { ...process.env, LANG: "C" } });

/** A plan of 身份证识别 under the current list (its months and pack prices follow). */
const PLAN = ["compare", "plan", "--version", "tencent-current", "--item", "身份证识别"];
/** What changed from the late-2021 OCR list to the current one. */
const CHANGES = ["compare", "price-changes", "--from", "tencent-2021-ocr", "--to", "tencent-current"];
const LINES = "驾驶证识别, 6,000\n行驶证识别\t5000\nIDCardOCR, 1500\n银行卡识别, 2,000,000\n";

describe("tcprice compare", () => {
  test("forecast --json: each version's total is OCR_BILL of the same lines", () => {
    const versions = ["tencent-current", "tencent-2021-ocr", "tencent-2019-ocr"];
    const r = run(["compare", "forecast", "--versions", versions.join(","), "--lines", "-", "--json"], LINES);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { totals: Record<string, unknown>; rows: unknown[][] };
    const names = [["驾驶证识别"], ["行驶证识别"], ["IDCardOCR"], ["银行卡识别"]];
    const calls = [[6000], [5000], [1500], [2_000_000]];
    for (const version of versions) {
      const bill = call("OCR_BILL", names, calls, version);
      expect([version, json.totals[version]]).toEqual([version, bill.code ? { error: bill.code } : bill.value]);
    }
    // 银行卡识别 at 2,000,000 is 联系商务 in the current list: the bill is #N/A, the subtotal is shown.
    expect(json.totals["tencent-current"]).toEqual({ error: "#N/A" });
    expect(json.rows.some((row) => row[1] === "priced lines only (subtotal)")).toBe(true);
  });

  test("forecast --json in Chinese: the same totals by version id, Chinese headers", () => {
    const versions = "tencent-current,tencent-2019-ocr";
    const en = JSON.parse(run(["compare", "forecast", "--versions", versions, "--json"], LINES).stdout);
    const zh = JSON.parse(
      run(["--lang", "zh-CN", "compare", "forecast", "--versions", versions, "--json"], LINES).stdout,
    );
    expect(Object.keys(zh.totals)).toEqual(["tencent-current", "tencent-2019-ocr"]);
    expect(zh.totals).toEqual(en.totals);
    expect(zh.columns).toContain("tencent-current（元）");
  });

  test("price-changes and plan in Chinese with --lang zh-CN", () => {
    const changes = run([...CHANGES, "--lang", "zh-CN"]);
    expect(changes.stdout).toMatch(/^价格变化：tencent-2021-ocr → tencent-current\n/);
    expect(changes.stdout).toMatch(/\n产品\t计费项 ID\t计费项\t项目\t/);
    const plan = run([...PLAN, "--months", "25000", "--pack-prices", "10万=3,500", "--lang", "zh-CN"]);
    expect(plan.stdout).toContain("资源包实付价格：100,000 的资源包 3500 元");
  });

  test("price-changes --changed-only lists only what changed; the counts still cover every line", () => {
    const all = run(CHANGES);
    const changed = run([...CHANGES, "--changed-only"]);
    const rows = (out: string) => out.split("\n").filter((l) => /^(ocr|face)\t/.test(l));
    expect(rows(changed.stdout).length).toBeLessThan(rows(all.stdout).length);
    expect(rows(changed.stdout).every((l) => !l.includes("\tunchanged\t"))).toBe(true);
    const counts = (out: string) => /\d+ changed, \d+ added, \d+ removed, \d+ unchanged/.exec(out)?.[0];
    expect(counts(changed.stdout)).toBe(counts(all.stdout));
  });

  test("ladder and plan read numbers as typed", () => {
    const ladder = run([
      "compare",
      "ladder",
      "--versions",
      "tencent-current",
      "--items",
      "身份证识别",
      "--volumes",
      "9,999, 10,000",
    ]);
    expect(ladder.stdout).toMatch(/身份证识别\t9999\t1349\.85/);
    expect(ladder.stdout).toMatch(/身份证识别\t10000\t900/);
    const plan = run([...PLAN, "--months", "25,000, 25,000, 25,000", "--pack-prices", "10万=3,500"]);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toMatch(/^total\t75000\t/m);
  });

  test("--xlsx writes the pane's workbook; error cells are errors there", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-")), "forecast.xlsx");
    const r = run(["compare", "forecast", "--versions", "tencent-current", "--lines", "-", "--xlsx", file], LINES);
    expect(r.status).toBe(0);
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(file))).sheets;
    const cells = [...sheet.cells.values()];
    expect(cells.some((c) => c.type === "e" && c.value === "#N/A")).toBe(true);
    expect(cells.some((c) => c.type === "n" && c.value === 750)).toBe(true);
  });

  test("--portable: the forecast, the ladder, the scenario, the plan and the ledger as workbooks of native formulas; other kinds say which have it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-"));
    const forecastFile = path.join(dir, "forecast.xlsx");
    const versions = "tencent-current,tencent-2021-ocr";
    const f = run(
      ["compare", "forecast", "--versions", versions, "--lines", "-", "--xlsx", forecastFile, "--portable"],
      LINES,
    );
    expect(f.status).toBe(0);
    const ladderFile = path.join(dir, "ladder.xlsx");
    const l = run([
      "compare",
      "ladder",
      "--versions",
      versions,
      "--items",
      "身份证识别",
      "--xlsx",
      ladderFile,
      "--portable",
    ]);
    expect(l.status).toBe(0);
    const formulas = (file: string) =>
      readXlsx(new Uint8Array(fs.readFileSync(file)))
        .sheets.flatMap((s) => [...s.cells.values()])
        .map((c) => c.formula)
        .filter((x): x is string => x !== null);
    const scenarioFile = path.join(dir, "scenario.xlsx");
    const scenarioArgs = `compare scenario --versions ${versions} --growth 8% --months 3 --lines - --xlsx`.split(" ");
    const s = run([...scenarioArgs, scenarioFile, "--portable"], "身份证识别, 25000\n");
    expect([s.status, s.stdout]).toEqual([0, `${scenarioFile}\n`]);
    const ledgerFile = path.join(dir, "ledger.xlsx");
    const months = Array<string>(12).fill("25000").join(",");
    const purchases = "1,100000,3500; 1,100000,3500; 1,100000,3500";
    const ledgerArgs = ["compare", "ledger", "--item", "身份证识别", "--months", months, "--purchases", purchases];
    expect(run([...ledgerArgs, "--xlsx", ledgerFile, "--portable"]).status).toBe(0);
    const ledgerBook = readXlsx(new Uint8Array(fs.readFileSync(ledgerFile))).sheets;
    expect(ledgerBook.map((sheet) => sheet.name)).toEqual(["Ledger 身份证识别", "Pack lots", "Price table"]);
    // The README's ledger: 840 expensed a month, 420 written off in month 12 (row 25), as formulas' cached values.
    const [g25, h25] = ["G25", "H25"].map((ref) => ledgerBook[0].cells.get(ref)!);
    expect([g25.value, h25.value, h25.formula?.includes("'Pack lots'!")]).toEqual([840, 420, true]);
    const planFile = path.join(dir, "plan.xlsx");
    expect(run([...PLAN, "--months", months, "--xlsx", planFile, "--portable"]).status).toBe(0);
    const planBook = readXlsx(new Uint8Array(fs.readFileSync(planFile))).sheets;
    expect(planBook.map((sheet) => sheet.name)).toEqual(["Plan 身份证识别", "Price table"]);
    // The README's plan: three 10万 packs, 28,800 all postpaid, 13,800 saved (rows 10 and 11), formulas' cached values.
    const [all, saving] = ["D10", "D11"].map((ref) => planBook[0].cells.get(ref)!);
    expect([all.value, saving.value, saving.formula]).toEqual([28800, 13800, "D10-D9"]);
    for (const file of [forecastFile, ladderFile, scenarioFile, ledgerFile, planFile]) {
      expect(formulas(file).length).toBeGreaterThan(4);
      expect(formulas(file).filter((x) => x.includes("TCLOUD."))).toEqual([]);
    }
    const scenarioBook = readXlsx(new Uint8Array(fs.readFileSync(scenarioFile))).sheets;
    expect(scenarioBook.map((sheet) => sheet.name)).toEqual(["Scenario", "Price table"]);
    // Month 1 postpaid only under the current list: (25,000 − 1,000) × 0.10 = 2,400, a portable formula's cached value.
    const d7 = scenarioBook[0].cells.get("D7")!;
    expect([d7.value, d7.formula?.includes("'Price table'!$")]).toEqual([2400, true]);
    // Without --portable the same command writes values only.
    const valuesFile = path.join(dir, "scenario-values.xlsx");
    expect(run([...scenarioArgs, valuesFile], "身份证识别, 25000\n").status).toBe(0);
    expect(formulas(valuesFile)).toEqual([]);
    const ladder = readXlsx(new Uint8Array(fs.readFileSync(ladderFile))).sheets;
    expect(ladder.map((s) => s.name)).toEqual(["Volume ladder", "Price table"]);
    // 身份证识别 at 9,999 calls under the current list: 1,349.85 as the formula's cached value.
    expect([...ladder[0].cells.values()].some((c) => c.formula && c.value === 1349.85)).toBe(true);

    const refused = run([
      ...`compare price-changes --from tencent-2021-ocr --to tencent-current --portable --xlsx`.split(" "),
      path.join(dir, "x.xlsx"),
    ]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(
      "--portable is offered for the forecast, the ladder, the scenario, the plan and the ledger only",
    );
    const zh = run(["--lang", "zh-CN", ...CHANGES, "--portable", "--xlsx", path.join(dir, "y.xlsx")]);
    expect(zh.status).not.toBe(0);
    expect(zh.stderr).toContain("资源包方案（plan）和资源包台账（ledger）");
  });

  test("history: each item's rows are PRICE_HISTORY's, in TSV, --json and --xlsx; Chinese with --lang zh", () => {
    const items = ["身份证识别", "人脸比对"];
    const json = JSON.parse(run(["compare", "history", "--items", items.join(","), "--json"]).stdout) as {
      kind: string;
      columns: string[];
      rows: (string | number)[][];
    };
    expect(json.kind).toBe("price-history");
    for (const item of items) {
      const [header, ...rows] = call("PRICE_HISTORY", item).value as (string | number)[][];
      const mine = json.rows.filter((r) => r[0] === item).map((r) => r.slice(1));
      expect(mine.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
      // Shared columns: each of the function's columns is one of the sheet's, with the same cells.
      // (The change column names the shared columns too, so it is compared for one item alone below.)
      header.slice(0, -1).forEach((head, c) => {
        const col = json.columns.indexOf(head as string) - 1;
        expect([item, head, mine.map((r) => r[col])]).toEqual([item, head, rows.map((r) => r[c])]);
      });
    }
    const alone = JSON.parse(run(["compare", "history", "--items", "身份证识别", "--json"]).stdout) as typeof json;
    const fnRows = (call("PRICE_HISTORY", "身份证识别").value as (string | number)[][]).slice(1);
    expect(alone.rows.map((r) => r.slice(1))).toEqual(fnRows);
    const packs = run(["compare", "history", "--items", "身份证识别", "--what", "packs"]).stdout;
    expect(packs).toMatch(
      /身份证识别\ttencent-2020-ocr\t2020-11-01 \(approx\.\)\tpromotional \(活动折扣价格\)\t84\t560\t3500/,
    );
    const zh = run(["compare", "history", "--items", "身份证识别", "--lang", "zh-CN"]).stdout;
    expect(zh).toMatch(/^价格历史/);
    expect(zh).toContain("相对上一版本的变化");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-")), "history.xlsx");
    expect(run(["compare", "history", "--items", "身份证识别", "--xlsx", file]).status).toBe(0);
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(file))).sheets;
    expect([...sheet.cells.values()].some((c) => c.type === "n" && c.value === 0.12)).toBe(true);
    for (const bad of [["--items", "身份证识别", "--what", "tiers"], ["--items", "no such item"], []]) {
      const r = run(["compare", "history", ...bad]);
      expect([bad.join(" "), r.status === 0]).toEqual([bad.join(" "), false]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test("ledger: OCR_PACK_LEDGER's rows for the README example, purchases from the argument, a file or stdin", () => {
    const months = ["--months", Array(12).fill("25000").join(",")];
    const purchases = "1, 100000, 3500\n1, 10万, 3,500\n1\t100000\t3500\n";
    const tsv = run(["compare", "ledger", "--item", "身份证识别", ...months, "--purchases", "-"], purchases);
    expect(tsv.status).toBe(0);
    const lines = tsv.stdout.split("\n");
    expect(lines).toContain("12\t25000\t1000\t24000\t0\t0\t840\t420\t0");
    expect(lines).toContain("total\t300000\t12000\t288000\t0\t0\t10080\t420\t0");
    // The same rows as the function, whichever way the purchases come.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-")), "purchases.txt");
    fs.writeFileSync(file, purchases);
    const packs = [1, 2, 3].map(() => [1, 100000, 3500]);
    const spilled = call("OCR_PACK_LEDGER", "身份证识别", Array(12).fill([25000]), packs).value as unknown[][];
    for (const given of [file, "1,100000,3500; 1,100000,3500; 1,100000,3500"]) {
      const r = run(["compare", "ledger", "--item", "身份证识别", ...months, "--purchases", given, "--json"]);
      const json = JSON.parse(r.stdout) as { columns: unknown[]; rows: unknown[][]; totals: unknown[] };
      expect([json.columns, ...json.rows, json.totals]).toEqual(spilled);
    }
    const xlsx = path.join(path.dirname(file), "ledger.xlsx");
    expect(
      run(["compare", "ledger", "--item", "身份证识别", ...months, "--purchases", file, "--xlsx", xlsx]).status,
    ).toBe(0);
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(xlsx))).sheets;
    expect(sheet.name).toBe("Ledger 身份证识别");
    expect([...sheet.cells.values()].filter((c) => c.value === 420)).toHaveLength(2); // month 12 and the total
    const zh = run(["compare", "ledger", "--item", "身份证识别", "--months", "9000", "--lang", "zh-CN"]).stdout;
    expect(zh).toMatch(/^资源包台账/);
    expect(zh).toContain("合计\t9000\t1000\t0\t8000\t1200\t0\t0\t0");
    for (const bad of [
      ["--item", "身份证识别", "--months", "9000", "--purchases", "1, 100000"],
      ["--item", "身份证识别", "--months", "9000", "--purchases", "2, 100000, 3500"],
      ["--item", "身份证识别", "--months", "9000", "--purchases", "1, 100000, 0"],
      ["--item", "身份证识别"],
    ]) {
      const r = run(["compare", "ledger", ...bad]);
      expect([bad.join(" "), r.status === 0]).toEqual([bad.join(" "), false]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test("fn OCR_MAX_CALLS answers the budget question", () => {
    expect(run(["fn", "OCR_MAX_CALLS", "身份证识别", "1349"]).stdout).toBe("14490\n");
  });

  test("scenario: each month's costs are what OCR_COST gives for its calls and pack calls; .xlsx read back; bad input", () => {
    const versions = ["tencent-current", "tencent-2021-ocr"];
    const args = ["compare", "scenario", "--versions", versions.join(","), "--growth", "8%", "--months", "14"];
    const r = run([...args, "--lines", "-", "--json"], "身份证识别, 25,000\n银行卡识别\t900000\n");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { kind: string; rows: unknown[][]; totals: unknown[] };
    expect(json.kind).toBe("scenario");
    expect(json.rows).toHaveLength(28);
    versions.forEach((version, v) => {
      const at = (row: unknown[], k: number) => row[3 + 6 * v + k];
      for (const row of json.rows) {
        const [api, , calls] = row as [string, number, number];
        const postpaid = call("OCR_COST", api, calls, 0, version);
        expect(at(row, 0)).toEqual(postpaid.code ? { error: postpaid.code } : postpaid.value);
        const withPacks = call("OCR_COST", api, calls, at(row, 3) as number, version);
        expect(at(row, 4)).toBeCloseTo(((at(row, 2) as number | null) ?? 0) + (withPacks.value as number), 6);
      }
      // Packs are bought in months 1 and 13 only (a new 12-month block).
      const bought = json.rows.filter((row) => at(row, 1) !== null).map((row) => row[1]);
      expect([...new Set(bought)]).toEqual([1, 13]);
    });
    // 银行卡识别's month 3 (900,000 × 1.08² = 1,049,760 calls) is in the 联系商务 tier of the current list.
    expect(json.rows[16][3]).toEqual({ error: "#N/A" });

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-")), "scenario.xlsx");
    expect(run([...args, "--lines", "-", "--xlsx", file], "身份证识别, 25000\n").status).toBe(0);
    const [sheet] = readXlsx(new Uint8Array(fs.readFileSync(file))).sheets;
    expect(sheet.name).toBe("Scenario");
    expect(sheet.cells.get("A7")?.value).toBe("身份证识别");
    expect([sheet.cells.get("D7")?.value, sheet.cells.get("D7")?.format]).toEqual([2400, "¥#,##0.00##"]);
    expect(sheet.cells.get("E7")?.value).toBe("5 × 100,000");
    expect(sheet.cells.get("C20")?.value).toBe(67991); // month 14: 25000 × 1.08^13 = 67990.6…

    const zh = run([...args, "--lines", "-", "--lang", "zh-CN"], "身份证识别, 25000\n").stdout;
    expect(zh).toMatch(/^用量情景/);
    for (const [bad, input] of [
      [["--growth", "8x"], "身份证识别, 1"],
      [["--months", "37"], "身份证识别, 1"],
      [["--growth", "-150%"], "身份证识别, 1"],
      [[], "人脸搜索, 1\n人员搜索, 2"],
      [[], "身份证识别, 1, 2"],
    ] as const) {
      const o = run(
        [
          "compare",
          "scenario",
          "--versions",
          "tencent-2020-face,tencent-current",
          "--growth",
          "1%",
          "--months",
          "3",
          ...bad,
          "--lines",
          "-",
        ],
        input,
      );
      expect([bad.join(" "), input, o.status === 0]).toEqual([bad.join(" "), input, false]);
      expect(o.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test("bad input is a message and a non-zero exit, never a stack trace", () => {
    for (const args of [
      ["compare", "forecast", "--versions", "tencent-current", "--bogus"],
      ["compare", "forecast", "--lines", "-"],
      ["compare", "nothing"],
      ["fn", "--catalog", "missing.json"],
    ]) {
      const r = run(args, "身份证识别, 9,99\n");
      expect([args.join(" "), r.status === 0]).toEqual([args.join(" "), false]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const bad = run(["compare", "forecast", "--versions", "tencent-current", "--lines", "-"], "身份证识别, 9,99\n");
    expect(bad.stderr).toMatch(/Line 1: "身份证识别, 9,99"/);
  });
});
