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
    expect(text.stderr).toContain('"many" is not one');
    // In Chinese the parameter is named as zh-CN Excel shows it, and what was typed is quoted.
    const zh = run("fn", "OCR_COST", "身份证识别", "many", "--lang", "zh-CN");
    expect(zh.stderr).toMatch(
      /^#VALUE!：Excel 在调用 TCLOUD\.OCR_COST 之前会把参数“月调用量”转换为数字，而“many”不是数字/,
    );
    const range = run("fn", "OCR_COST", "身份证识别", "[[1],[2]]");
    expect([range.status, range.stderr]).toEqual([2, expect.stringMatching(/takes one value, not a range/)]);
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

describe("tcprice in Chinese: LANG / LC_ALL / LC_MESSAGES (zh* → Chinese) and --lang anywhere", () => {
  const env = (vars: Record<string, string>): NodeJS.ProcessEnv => {
    const clean = { ...process.env };
    for (const key of ["LANG", "LC_ALL", "LC_MESSAGES"]) delete clean[key];
    return { ...clean, ...vars };
  };
  const runIn = (vars: Record<string, string>, ...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: env(vars) });
  const zh = { LANG: "zh_CN.UTF-8" };
  const ENGLISH_PHRASE = /\b[a-z]{3,} [a-z]{3,} [a-z]{3,}\b/;

  test("the usage follows LANG, and --lang en (before or after the subcommand) overrides it", () => {
    const usage = runIn(zh).stdout;
    expect(usage).toMatch(/^tcprice：在命令行中查询腾讯云文字识别和人脸识别的价格/);
    expect(usage).toContain("可放在命令行任意位置");
    // Command lines are commands; every line that is not one is Chinese.
    for (const line of usage.split("\n").filter((l) => !l.includes("tcprice ")))
      expect(line).not.toMatch(ENGLISH_PHRASE);
    expect(runIn(zh, "--lang", "en").stdout).toMatch(/^tcprice: Tencent Cloud OCR and Face Recognition prices/);
    expect(runIn({ LANG: "C" }).stdout).toMatch(/^tcprice: Tencent Cloud/);
    // LC_ALL wins over LANG, as POSIX has it; LC_MESSAGES over LANG.
    expect(runIn({ LANG: "en_US.UTF-8", LC_ALL: "zh_CN.UTF-8" }).stdout).toMatch(/^tcprice：/);
    expect(runIn({ LANG: "en_US.UTF-8", LC_MESSAGES: "zh_TW.UTF-8" }).stdout).toMatch(/^tcprice：/);
    expect(runIn({ LANG: "zh_CN.UTF-8", LC_ALL: "C" }).stdout).toMatch(/^tcprice: /);
  });

  test("every message of its own is Chinese under LANG=zh_CN.UTF-8, English with --lang en", () => {
    const cases: [string[], RegExp, RegExp][] = [
      [["--lang", "fr"], /^--lang 必须是 "zh-CN" 或 "en"/, /^--lang must be "zh-CN" or "en"/],
      [["compare", "plan", "--bogus"], /^无法识别的参数“--bogus”/, /^unexpected argument "--bogus"/],
      [["compare", "plan", "--item"], /^--item 需要一个值/, /^--item needs a value/],
      [["compare", "plan", "--item", "身份证识别"], /^缺少 --months/, /^--months is required/],
      [
        ["compare", "history", "--items", "身份证识别", "--what", "tiers"],
        /^--what 必须是 "postpaid" 或 "packs"/,
        /^--what must be "postpaid" or "packs"/,
      ],
      [["compare", "nothing"], /^没有名为“nothing”的对比/, /^unknown comparison "nothing"/],
      [["catalog", "validate"], /^`catalog validate` 至少需要一个文件/, /^catalog validate needs at least one file/],
      [["fn", "NO_SUCH"], /^没有函数 TCLOUD\.NO_SUCH。/, /^There is no function TCLOUD\.NO_SUCH\./],
      [
        ["fn", "OCR_COST", "身份证识别", "many"],
        /^#VALUE!：Excel 在调用 TCLOUD\.OCR_COST 之前/,
        /^#VALUE!: Excel converts/,
      ],
      [["fn", "--catalog"], /^--catalog 需要一个值/, /^--catalog needs a value/],
    ];
    for (const [args, chinese, english] of cases) {
      const inChinese = runIn(zh, ...args);
      expect([args.join(" "), inChinese.status === 0, inChinese.stderr]).toEqual([
        args.join(" "),
        false,
        expect.stringMatching(chinese),
      ]);
      expect(inChinese.stderr.split("\n")[0]).not.toMatch(ENGLISH_PHRASE);
      // A bad --lang itself is reported in the environment's language.
      const inEnglish = args.includes("--lang") ? runIn({ LANG: "C" }, ...args) : runIn(zh, ...args, "--lang", "en");
      expect([args.join(" "), inEnglish.stderr]).toEqual([args.join(" "), expect.stringMatching(english)]);
    }
  });

  test("--lang before the subcommand: a Chinese plan sheet and a Chinese function error", () => {
    const args = "--lang zh-CN compare plan --version tencent-current --item 身份证识别 --months 25000,25000";
    const plan = runIn({ LANG: "C" }, ...args.split(" "));
    expect(plan.status).toBe(0);
    expect(plan.stdout).toMatch(/^资源包方案：身份证识别/);
    expect(plan.stdout).toContain("方案合计");
    const error = runIn({ LANG: "C" }, "--lang", "zh-CN", "fn", "OCR_COST", "不存在的接口", "100");
    expect([error.status, error.stderr]).toEqual([2, expect.stringMatching(/^#VALUE!: “不存在的接口”不是/)]);
  });

  test("catalog validate counts in Chinese", () => {
    const good = path.resolve(__dirname, "..", "src", "catalog", "data", "tencent-current.json");
    expect(runIn(zh, "catalog", "validate", good).stdout).toMatch(/tencent-current\.json：1 个问题\n/);
    expect(runIn({ LANG: "C" }, "catalog", "validate", good).stdout).toMatch(/tencent-current\.json: 1 problem\n/);
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
