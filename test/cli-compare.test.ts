import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readXlsx } from "./browser/xlsxReader";
import { call } from "./distFunctions";

const BIN = path.resolve(__dirname, "..", "bin", "tcprice.js");
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, env: { ...process.env, LANG: "C" } });

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

  test("price-changes --changed-only lists only what changed; the counts still cover every line", () => {
    const all = run(["compare", "price-changes", "--from", "tencent-2021-ocr", "--to", "tencent-current"]);
    const changed = run([
      "compare",
      "price-changes",
      "--from",
      "tencent-2021-ocr",
      "--to",
      "tencent-current",
      "--changed-only",
    ]);
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
    const plan = run([
      "compare",
      "plan",
      "--version",
      "tencent-current",
      "--item",
      "身份证识别",
      "--months",
      "25,000, 25,000, 25,000",
      "--pack-prices",
      "10万=3,500",
    ]);
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

  test("--portable: the forecast and the ladder as workbooks of native formulas; other kinds say which have it", () => {
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
    for (const file of [forecastFile, ladderFile]) {
      expect(formulas(file).length).toBeGreaterThan(4);
      expect(formulas(file).filter((x) => x.includes("TCLOUD."))).toEqual([]);
    }
    const ladder = readXlsx(new Uint8Array(fs.readFileSync(ladderFile))).sheets;
    expect(ladder.map((s) => s.name)).toEqual(["Volume ladder", "Price table"]);
    // 身份证识别 at 9,999 calls under the current list: 1,349.85 as the formula's cached value.
    expect([...ladder[0].cells.values()].some((c) => c.formula && c.value === 1349.85)).toBe(true);

    const refused = run([
      ...`compare price-changes --from tencent-2021-ocr --to tencent-current --portable --xlsx`.split(" "),
      path.join(dir, "x.xlsx"),
    ]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain("--portable is offered for the forecast and the ladder only");
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
