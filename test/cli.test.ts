import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const BIN = path.resolve(__dirname, "..", "bin", "tcprice.js");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("tcprice", () => {
  test("fn OCR_COST 银行卡识别 2500 1000 prints 75", () => {
    const r = run("fn", "OCR_COST", "银行卡识别", "2500", "1000");
    expect([r.status, r.stdout]).toEqual([0, "75\n"]);
  });

  test("numbers print as plain decimals, never floats in disguise", () => {
    expect(run("fn", "OCR_COST", "身份证识别", "1003").stdout).toBe("0.45\n");
  });

  test("ranges are JSON arrays and blank cells are empty words", () => {
    const r = run("fn", "OCR_BILL", '[["驾驶证识别"],["行驶证识别"]]', "[[6000],[5000]]", "");
    expect(r.stdout).toBe("1000\n");
  });

  test("arguments are converted as Excel converts them; blank cells as desktop or (--host web) as the web passes them", () => {
    const names = '[["驾驶证识别"],["行驶证识别"],[null],[null]]';
    const calls = "[[6000],[5000],[null],[null]]";
    expect(run("fn", "OCR_BILL", names, calls, "").stdout).toBe("1000\n");
    expect(run("fn", "OCR_BILL", names, calls, "", "--host", "web").stdout).toBe("1000\n");
    const text = run("fn", "OCR_COST", "身份证识别", "many");
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/^#VALUE!: Excel converts the argument monthly_calls to a number/);
  });

  test("a spilled table prints as tab-separated rows", () => {
    const lines = run("fn", "CATALOGS").stdout.trim().split("\n");
    expect(lines[0].split("\t")).toEqual(["id", "title", "OCR effective", "Face effective", "source", "default"]);
  });

  test("an Excel error prints #CODE: message on stderr and exits 2", () => {
    const r = run("fn", "OCR_COST", "通用印刷体识别", "2000000");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^#N\/A: .*联系商务/);
  });

  test("catalog validate lists every problem with its JSON path and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-"));
    const good = path.resolve(__dirname, "..", "src", "catalog", "data", "tencent-current.json");
    const bad = path.join(dir, "bad.json");
    const catalog = JSON.parse(fs.readFileSync(good, "utf8"));
    catalog.id = "bad one";
    catalog.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice = "free";
    fs.writeFileSync(bad, JSON.stringify(catalog));
    // "ok" means it would load: a copy of a built-in with its id would not.
    const builtIn = run("catalog", "validate", good);
    expect([builtIn.status, builtIn.stdout]).toEqual([
      1,
      expect.stringContaining('$.id: "tencent-current" is a built-in'),
    ]);
    const mine = path.join(dir, "mine.json");
    fs.writeFileSync(mine, "\uFEFF" + JSON.stringify({ ...JSON.parse(fs.readFileSync(good, "utf8")), id: "mine" }));
    const ok = run("catalog", "validate", mine);
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining("ok, catalog mine")]);
    const r = run("catalog", "validate", bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("$.id:");
    expect(r.stdout).toContain("$.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice:");
  });

  test("fn --catalog loads a negotiated version that formulas can then name", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-"));
    const catalog = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "..", "src", "catalog", "data", "tencent-current.json"), "utf8"),
    );
    catalog.id = "negotiated";
    catalog.products.ocr.effectiveDate = "2025-01-01"; // the day the negotiated prices start
    const general = catalog.products.ocr.billingItems.find((i: { name: string }) => i.name === "通用印刷体识别");
    general.postpaid.tiers[3].unitPrice = "0.04";
    const file = path.join(dir, "negotiated.json");
    fs.writeFileSync(file, JSON.stringify(catalog));
    expect(run("fn", "OCR_COST", "通用印刷体识别", "2000000", "", "negotiated", "--catalog", file).stdout).toBe(
      "79960\n",
    );
  });
});

describe("tcprice with a contract price book (examples/acme-2026.json)", () => {
  const BOOK = path.resolve(__dirname, "..", "examples", "acme-2026.json");

  test("fn --catalog loads the book; formulas name it by its id", () => {
    expect(run("fn", "OCR_COST", "驾驶证识别", "9000", "", "acme-2026", "--catalog", BOOK).stdout).toBe("960\n");
  });

  test("catalog validate says it is a book on its base, and lists a bad book's problems with JSON paths", () => {
    expect(run("catalog", "validate", BOOK).stdout).toBe(
      `${BOOK}: ok, price book acme-2026 on tencent-current (4 adjustments)\n`,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tcprice-"));
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ ...JSON.parse(fs.readFileSync(BOOK, "utf8")), basedOn: "tencent-2030" }));
    const r = run("catalog", "validate", bad, "--lang", "zh-CN");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('$.basedOn: "tencent-2030" 不是已加载的价目版本');
  });

  test("compare price-changes compares the book with its base", () => {
    const r = run(
      "compare",
      "price-changes",
      "--from",
      "tencent-current",
      "--to",
      "acme-2026",
      "--catalog",
      BOOK,
      "--json",
    );
    expect(r.status).toBe(0);
    const rows = (JSON.parse(r.stdout) as { rows: (string | number | null)[][] }).rows;
    const first = rows.find((row) => row[2] === "行驶证/驾驶证识别" && String(row[3]).startsWith("postpaid [0,"));
    expect(first?.slice(4, 7)).toEqual([0.15, 0.12, -0.03]);
  });
});
