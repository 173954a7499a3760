/**
 * The task pane as it runs inside Excel, in headless Chromium: office.js is replaced by a fake
 * (test/browser/excelFake.ts) whose Office.onReady reports host Excel and whose Excel.run is a
 * small in-memory workbook. Checks that the pane goes through src/sheets: the workbook's stored
 * versions and default are restored, changing the default stores it and recalculates, comparisons
 * and exported versions become new worksheets (catalog text never a formula), the selected range
 * feeds a forecast, and an edited sheet becomes a new version.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { CATALOG_PART_NAMESPACE, stateToXml } from "../../src/sheets/workbookCatalogs";
import { excelFakeScript } from "./excelFake";
import { FORMULA_NAME, negotiated, writeFixtures, XSS_NAME, type FixtureFiles } from "./fixtures";
import { routeBrowser, serveDirectory } from "./server";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const haveChromium = fs.existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);
if (!haveChromium && !inCi)
  console.warn(
    `Skipping the task pane (Excel) browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`,
  );
const describeBrowser = haveChromium || inCi ? describe : describe.skip;

jest.setTimeout(180000);

interface FakeCell {
  value: string | number | boolean | null;
  formula: string | null;
}
interface FakeWorkbook {
  sheets: Record<
    string,
    {
      cells: Record<string, FakeCell>;
      tables: { address: string }[];
      frozenRows?: number;
      widths?: Record<string, number>;
      formats: Record<string, unknown>;
      protected?: { password: string | null };
    }
  >;
  order: string[];
  active: string;
  parts: { namespace: string; xml: string }[];
  calculations: string[];
  formulaWrites: string[];
  selection: { sheet: string; address: string } | null;
}

/** The re-entries of the TCLOUD formula the tests put in Sheet1!Z1 (Z2 is not ours). */
const rerun = (w: FakeWorkbook) => w.formulaWrites.filter((a) => /^Sheet1!Z\d$/.test(a));

describeBrowser("task pane inside Excel (faked Office.js workbook)", () => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };
  let fixtures: FixtureFiles;
  const pageErrors: string[] = [];

  const workbook = (): Promise<FakeWorkbook> =>
    page.evaluate(
      () => JSON.parse(JSON.stringify((window as unknown as { __workbook: unknown }).__workbook)) as FakeWorkbook,
    );
  const successText = () => page.locator("#status li.message.success .message-text").last().textContent();
  const errors = () => page.locator("#status li.message.error").allTextContents();
  const waitIdle = () => page.locator("#status .progress").waitFor({ state: "hidden" });
  /** Generates a portable workbook (the form already chosen): the workbook and the names of the `count` sheets it added. */
  const writePortable = async (count: number): Promise<{ wb: FakeWorkbook; added: string[] }> => {
    const before = (await workbook()).order.length;
    await page.click("#compare-generate");
    await page.waitForFunction(
      ([n, k]) => (window as unknown as { __workbook: FakeWorkbook }).__workbook.order.length >= n + k,
      [before, count],
    );
    await waitIdle();
    const wb = await workbook();
    return { wb, added: wb.order.slice(before) };
  };
  /** Generates a comparison of this kind; the workbook once its new sheet is written and active. */
  const writeComparison = async (kind: string, fill: () => Promise<void>): Promise<FakeWorkbook> => {
    const before = (await workbook()).active;
    await page.selectOption("#compare-kind", kind);
    await fill();
    await page.click("#compare-generate");
    await page.waitForFunction(
      (was) =>
        (window as unknown as { __workbook: FakeWorkbook }).__workbook.active !== was &&
        document.querySelector("#status li.message.success:last-child")?.textContent?.includes("已写入工作表"),
      before,
    );
    await waitIdle();
    return workbook();
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does)");
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium)`);
    fixtures = writeFixtures(fs.mkdtempSync(path.join(os.tmpdir(), "tcloud-pane-excel-")));
    server = await serveDirectory(DIST);
    const stored = stateToXml({ formatVersion: 1, defaultId: "my-negotiated-2025", catalogs: [negotiated()] });
    const script = excelFakeScript({
      displayLanguage: "zh-CN",
      parts: [{ namespace: CATALOG_PART_NAMESPACE, xml: stored }],
    });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 420, height: 900 } });
    await routeBrowser(context, server.url, { kind: "script", body: script });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector("body[data-ready]");
    await waitIdle();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (fixtures) fs.rmSync(fixtures.dir, { recursive: true, force: true });
  });

  test("runs in Excel mode, in Office's display language, with the workbook's stored versions and default", async () => {
    expect(await page.getAttribute("body", "data-ready")).toBe("excel");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await page.locator("#mode").textContent()).toBe("已连接 Excel");
    expect(await page.locator("#compare-generate").textContent()).toBe("生成工作表");
    const row = page.locator('#versions-table tr[data-id="my-negotiated-2025"]');
    expect(await row.locator('input[type="radio"]').isChecked()).toBe(true);
    expect(await row.textContent()).toContain("已载入");
    expect(await errors()).toEqual([]);
    await page.screenshot({ path: screenshotPath("pane-excel-zh.png"), fullPage: false });
  });

  test("the custom functions of the same runtime price with the versions the pane restored", async () => {
    // functions.js and taskpane.js are two bundles of one shared runtime: one catalog registry.
    const cost = (catalog: string | null) =>
      page.evaluate(
        (ref) =>
          (
            window as unknown as { __tcloudFunctions: Record<string, (...a: unknown[]) => number> }
          ).__tcloudFunctions.OCR_COST("身份证识别", 5000, null, ref),
        catalog,
      );
    expect(await cost(null)).toBe(480); // the workbook's default, my-negotiated-2025: 4,000 × 0.12
    expect(await cost("my-negotiated-2025")).toBe(480);
    expect(await cost("tencent-current")).toBe(600);
  });

  test("changing the default stores it in the workbook and re-runs this workbook's TCLOUD formulas", async () => {
    // Never application.calculate: it recalculates every open workbook.
    expect((await workbook()).calculations).toEqual([]);
    await page.evaluate(() => {
      const w = (window as unknown as { __workbook: FakeWorkbook }).__workbook;
      w.sheets.Sheet1.cells.Z1 = { value: "#N/A", formula: '=TCLOUD.OCR_COST("身份证识别",5000)' };
      w.sheets.Sheet1.cells.Z2 = { value: 2, formula: "=1+1" };
    });
    await page.locator('#versions-table tr[data-id="tencent-current"] input[type="radio"]').check();
    await page.waitForFunction(() =>
      document.querySelector("#status li.message.success")?.textContent?.includes("tencent-current"),
    );
    expect(await successText()).toBe("默认版本现为 tencent-current；函数已重新计算。");
    const wb = await workbook();
    expect(rerun(wb)).toEqual(["Sheet1!Z1"]);
    expect(wb.parts).toHaveLength(1);
    expect(wb.parts[0].xml).toContain('"defaultId":"tencent-current"');
    expect(wb.parts[0].xml).toContain("my-negotiated-2025");
  });

  test("a forecast with live formulas becomes a new worksheet of TCLOUD formulas", async () => {
    const wb = await writeComparison("forecast", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.fill("#forecast-rows", "身份证识别, 9999\n银行卡识别, 900000");
      expect(await page.inputValue("#compare-output-form")).toBe("addin"); // the default inside Excel
    });
    const name = wb.active;
    expect(wb.order).toContain(name);
    const cells = Object.values(wb.sheets[name].cells);
    expect(cells.some((c) => c.formula?.startsWith("=TCLOUD.OCR_COST("))).toBe(true);
    expect(cells.some((c) => c.value === "身份证识别")).toBe(true);
    expect(wb.sheets[name].tables).toHaveLength(1);
    // The shared look: header rows frozen down to the table's header row, widths set, costs in ¥.
    const headerRow = Number(/^A(\d+):/.exec(wb.sheets[name].tables[0].address)![1]);
    expect(wb.sheets[name].frozenRows).toBe(headerRow);
    expect(Object.keys(wb.sheets[name].widths ?? {})).toEqual(expect.arrayContaining(["A", "B", "E"]));
    expect(Object.values(wb.sheets[name].formats)).toContain("¥#,##0.00##");
    expect(await page.locator("#results > section").count()).toBe(0); // in Excel, results go to sheets
  });

  test("a forecast in portable formulas: the forecast, its bill and a protected price table, no TCLOUD formula", async () => {
    await page.selectOption("#compare-kind", "forecast");
    await page.selectOption("#compare-product", "ocr");
    await page.fill("#forecast-rows", "身份证识别, 9999\n银行卡识别, 900000");
    expect(await page.locator("#compare-output-form option").allTextContents()).toEqual([
      "需要加载项的公式",
      "可移植公式",
      "仅数值",
    ]);
    await page.selectOption("#compare-output-form", "portable");
    expect(await page.textContent("#compare-output-hint")).toContain("LibreOffice");
    const { wb, added } = await writePortable(3);
    expect(added).toHaveLength(3);
    const [forecastName, billName, priceName] = added;
    expect(wb.active).toBe(forecastName);
    expect(wb.sheets[priceName].protected).toEqual({ password: null });
    expect(wb.sheets[billName].protected).toEqual({ password: null });
    expect(wb.sheets[forecastName].protected).toBeUndefined(); // volumes stay editable
    const formulas = added.flatMap((n) => Object.values(wb.sheets[n].cells).map((c) => c.formula ?? ""));
    expect(formulas.some((f) => f.includes("TCLOUD."))).toBe(false);
    const costs = Object.values(wb.sheets[forecastName].cells).filter((c) => c.formula?.includes(`'${priceName}'!`));
    expect(costs.length).toBeGreaterThanOrEqual(2);
    // The price table lists the catalog id and its tiers as values.
    const priceValues = Object.values(wb.sheets[priceName].cells).map((c) => c.value);
    expect(priceValues).toContain("tencent-current");
    expect(priceValues).toContain("身份证识别");
    await page.selectOption("#compare-output-form", "addin"); // where the next tests expect the form
  });

  test("a pack ledger becomes a worksheet whose cells are live INDEX(TCLOUD.OCR_PACK_LEDGER(…)) formulas, or portable ones over its lots and a price table", async () => {
    await page.selectOption("#compare-kind", "ledger");
    await page.selectOption("#compare-product", "ocr");
    await page.selectOption("#plan-version", "tencent-current");
    await page.fill("#compare-item", "身份证识别");
    await page.fill("#ledger-months", Array(12).fill("25000").join(", "));
    await page.fill("#ledger-purchases", "1, 100000, 3500\n1, 100000, 3500\n1, 100000, 3500");
    expect(await page.inputValue("#compare-output-form")).toBe("addin"); // in Excel, the add-in's formulas
    await page.click("#compare-generate");
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#status li.message.success")].some((li) => li.textContent?.includes("台账")),
    );
    await waitIdle();
    const wb = await workbook();
    const sheet = wb.sheets[wb.active];
    expect(wb.active).toBe("台账 身份证识别"); // the pane's language (Office's: zh-CN)
    const headerRow = Number(/^A(\d+):/.exec(sheet.tables[0].address)![1]);
    const first = headerRow + 1;
    const ledger = `TCLOUD.OCR_PACK_LEDGER($B$2,$B$${first}:$B$${first + 11},$B$7:$D$9,"tencent-current")`;
    expect(sheet.cells[`G${first}`].formula).toBe(`=INDEX(${ledger},2,7)`);
    expect(sheet.cells[`H${first + 11}`].formula).toBe(`=INDEX(${ledger},13,8)`);
    expect(sheet.cells[`B${first}`]).toMatchObject({ value: 25000, formula: null }); // the calls stay typed values
    expect(sheet.cells.B2.value).toBe("身份证识别");
    expect([sheet.cells.B7.value, sheet.cells.C7.value, sheet.cells.D7.value]).toEqual([1, 100000, 3500]);
    expect(sheet.cells[`A${first - 1}`].value).toBe("月份");

    // The same ledger in portable formulas: its sheet, the protected lots and price table, no TCLOUD formula.
    await page.selectOption("#compare-output-form", "portable");
    const { wb: portable, added } = await writePortable(3);
    const [ledgerName, lotsName, priceName] = added;
    expect([ledgerName, lotsName, priceName].map((n) => n.split(" ")[0])).toEqual(["台账", "资源包批次", "价格表"]);
    expect(portable.active).toBe(ledgerName);
    expect(portable.sheets[lotsName].protected).toEqual({ password: null });
    expect(portable.sheets[priceName].protected).toEqual({ password: null });
    expect(portable.sheets[ledgerName].protected).toBeUndefined(); // calls and purchases stay editable
    const formulas = added.flatMap((n) => Object.values(portable.sheets[n].cells).map((c) => c.formula ?? ""));
    expect(formulas.some((f) => f.includes("TCLOUD."))).toBe(false);
    const cells = portable.sheets[ledgerName].cells;
    expect(cells[`D${first}`].formula).toContain(`'${lotsName}'!`);
    expect(cells[`F${first}`].formula).toContain(`'${priceName}'!$`);
    expect(cells[`B${first}`]).toMatchObject({ value: 25000, formula: null });
    await page.selectOption("#compare-output-form", "addin");
    await page.selectOption("#compare-kind", "forecast"); // where the next test expects the form
  });

  test("a price history becomes a new worksheet in Office's language, prices in ¥, changes joined with ；", async () => {
    const wb = await writeComparison("price-history", () => page.fill("#history-items", "身份证识别\n人脸比对"));
    const name = wb.active;
    expect(name).toMatch(/^价格历史/);
    const values = Object.values(wb.sheets[name].cells).map((c) => c.value);
    expect(values).toEqual(
      expect.arrayContaining(["身份证识别", "人脸比对", "tencent-legacy-ocr", "相对上一版本的变化"]),
    );
    expect(values.some((v) => typeof v === "string" && v.includes("；"))).toBe(true);
    expect(Object.values(wb.sheets[name].cells).every((c) => !c.formula)).toBe(true);
    expect(wb.sheets[name].tables).toHaveLength(1);
    expect(Object.values(wb.sheets[name].formats)).toContain("¥#,##0.00####");
  });

  test("a scenario becomes a worksheet in Chinese whose costs are live TCLOUD formulas over its calls, or portable ones over a price table", async () => {
    await page.selectOption("#compare-kind", "scenario");
    await page.selectOption("#compare-product", "ocr");
    await page.fill("#scenario-rows", "身份证识别, 25000");
    await page.fill("#scenario-growth", "8%");
    await page.fill("#scenario-months", "24");
    expect(await page.inputValue("#compare-output-form")).toBe("addin"); // TCLOUD formulas, the default in Excel
    await page.click("#compare-generate");
    await page.waitForFunction(() =>
      document.querySelector("#status li.message.success")?.textContent?.includes("用量情景"),
    );
    await waitIdle();
    const wb = await workbook();
    const name = wb.active;
    expect(name).toMatch(/^用量情景/);
    const formulas = Object.values(wb.sheets[name].cells).map((c) => c.formula ?? "");
    expect(formulas.filter((f) => /^=TCLOUD\.OCR_COST\(A\d+,C\d+,0,"/.test(f)).length).toBeGreaterThanOrEqual(24);
    expect(formulas.filter((f) => /^=F\d+\+TCLOUD\.OCR_COST\(A\d+,C\d+,G\d+,"/.test(f)).length).toBeGreaterThanOrEqual(
      24,
    );
    expect(Object.values(wb.sheets[name].cells).some((c) => c.value === "身份证识别")).toBe(true);
    expect(Object.values(wb.sheets[name].formats)).toContain("¥#,##0.00##");

    // The same scenario in portable formulas: its sheet and a protected price table, no TCLOUD formula.
    await page.selectOption("#compare-output-form", "portable");
    const { wb: portable, added } = await writePortable(2);
    expect(added).toHaveLength(2);
    const [scenarioName, priceName] = added;
    expect(scenarioName).toMatch(/^用量情景/);
    expect(priceName).toMatch(/^价格表/);
    expect(portable.active).toBe(scenarioName);
    expect(portable.sheets[priceName].protected).toEqual({ password: null });
    expect(portable.sheets[scenarioName].protected).toBeUndefined(); // calls stay editable
    const portableFormulas = added.flatMap((n) => Object.values(portable.sheets[n].cells).map((c) => c.formula ?? ""));
    expect(portableFormulas.some((f) => f.includes("TCLOUD."))).toBe(false);
    // postpaid only and with plan of each of the 24 months
    expect(portableFormulas.filter((f) => f.includes(`'${priceName}'!`)).length).toBeGreaterThanOrEqual(48);
    await page.selectOption("#compare-output-form", "addin");
    await page.selectOption("#compare-kind", "forecast"); // where the next test starts
  });

  test("a forecast from the selected range; a bad cell is reported by its address", async () => {
    await page.evaluate(() => {
      const wb = (window as unknown as { __workbook: FakeWorkbook }).__workbook;
      wb.sheets.Sheet1.cells = {
        A1: { value: "interface", formula: null },
        B1: { value: "volume", formula: null },
        A2: { value: "身份证识别", formula: null },
        B2: { value: 9999, formula: null },
        A3: { value: "银行卡识别", formula: null },
        B3: { value: "lots", formula: null },
      };
      wb.selection = { sheet: "Sheet1", address: "A1:B3" };
    });
    await page.check("#forecast-selection");
    await page.click("#compare-generate");
    await page.locator("#status li.message.error").first().waitFor();
    expect(await page.locator("#status li.message.error .problems li code").allTextContents()).toEqual(["Sheet1!B3"]);
    await page.evaluate(() => {
      (window as unknown as { __workbook: FakeWorkbook }).__workbook.sheets.Sheet1.cells.B3 = {
        value: 900000,
        formula: null,
      };
    });
    await page.locator("#status button.subtle").click();
    const before = (await workbook()).order.length;
    await page.click("#compare-generate");
    await page.waitForFunction(
      (n) => (window as unknown as { __workbook: FakeWorkbook }).__workbook.order.length > n,
      before,
    );
    await waitIdle();
    expect(await errors()).toEqual([]);
    await page.uncheck("#forecast-selection");
  });

  test("an exported version becomes a sheet; edited, it becomes a new version", async () => {
    await page.locator('#versions-table tr[data-id="tencent-2019-ocr"] button[data-action="export"]').click();
    await page.waitForFunction(() =>
      document.querySelector("#status li.message.success")?.textContent?.includes("tencent-2019-ocr"),
    );
    await waitIdle();
    const wb = await workbook();
    const sheet = wb.sheets[wb.active];
    const idCell = Object.entries(sheet.cells).find(
      ([ref, c]) => ref.startsWith("B") && c.value === "tencent-2019-ocr",
    );
    expect(idCell).toBeDefined();
    await page.evaluate((ref) => {
      const w = (window as unknown as { __workbook: FakeWorkbook }).__workbook;
      w.sheets[w.active].cells[ref] = { value: "copy-2019-from-sheet", formula: null };
    }, idCell![0]);
    await page.evaluate(() => {
      const w = (window as unknown as { __workbook: FakeWorkbook }).__workbook;
      w.sheets.Sheet1.cells.Z1 = {
        value: "#N/A",
        formula: '=TCLOUD.OCR_COST("身份证识别",5000,,"copy-2019-from-sheet")',
      };
    });
    const rerunBefore = rerun(await workbook()).length;
    await page.click("#catalog-from-sheet");
    await page.waitForFunction(() => document.querySelector('#versions-table tr[data-id="copy-2019-from-sheet"]'));
    await waitIdle();
    expect(await errors()).toEqual([]);
    const wb2 = await workbook();
    expect(wb2.parts[0].xml).toContain("copy-2019-from-sheet");
    expect(rerun(wb2).length).toBe(rerunBefore + 1); // formulas naming the new version re-run
    expect(wb2.calculations).toEqual([]);
  });

  test("office.js that never answers: a working calculator within 3 s, and Excel mode once Office answers", async () => {
    const held: Array<(body: string) => Promise<void>> = [];
    const context = await browser.newContext({ locale: "en-US" });
    await routeBrowser(context, server.url, { kind: "hang", held });
    const hung = await context.newPage();
    const errorsSeen: string[] = [];
    hung.on("pageerror", (error) => errorsSeen.push(String(error)));
    // When the pane became usable, in the page's own clock (from navigation start).
    await hung.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body?.getAttribute("data-ready") !== "standalone") return;
        (window as unknown as { readyAt: number }).readyAt = performance.now();
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
    });
    await hung.goto(`${server.url}taskpane.html`, { waitUntil: "domcontentloaded" });
    await hung.waitForSelector('body[data-ready="standalone"]', { timeout: 6000 });
    expect(await hung.evaluate(() => (window as unknown as { readyAt: number }).readyAt)).toBeLessThan(3000);
    expect(await hung.locator("#status li.message.info").textContent()).toMatch(
      /Office did not answer within 3 seconds/,
    );
    await hung.fill("#calc-item", "身份证识别");
    await hung.fill("#calc-volume", "10000");
    await hung.click("#calc-submit");
    expect(await hung.locator("#calc-result").textContent()).toMatch(/900/);
    // Office answers late: the pane connects to Excel, and the functions register then.
    expect(held.length).toBeGreaterThan(0);
    await Promise.all(held.map((answer) => answer(excelFakeScript({ displayLanguage: "en-US", parts: [] }))));
    await hung.waitForSelector('body[data-ready="excel"]', { timeout: 5000 });
    expect(await hung.locator("#mode").textContent()).toBe("Connected to Excel");
    const cost = await hung.evaluate(() =>
      (
        window as unknown as { __tcloudFunctions: Record<string, (...a: unknown[]) => number> }
      ).__tcloudFunctions.OCR_COST("身份证识别", 10000, null, null),
    );
    expect(cost).toBe(900);
    expect(errorsSeen).toEqual([]);
    await context.close();
  });

  test("a 1904 workbook: Excel dates in formulas pick the version of that day", async () => {
    const script1904 = excelFakeScript({ displayLanguage: "en-US", parts: [], date1904: true });
    const context = await browser.newContext({ locale: "en-US" });
    await routeBrowser(context, server.url, { kind: "script", body: script1904 });
    const mac = await context.newPage();
    await mac.goto(`${server.url}taskpane.html`);
    await mac.waitForSelector("body[data-ready]");
    await mac.locator("#status .progress").waitFor({ state: "hidden" });
    const cost = (serial: number) =>
      mac.evaluate(
        (date) =>
          (
            window as unknown as { __tcloudFunctions: Record<string, (...a: unknown[]) => number> }
          ).__tcloudFunctions.OCR_COST("身份证识别", 10000, null, date),
        serial,
      );
    // DATE(2020,6,1) is 43983 in the 1900 system and 42521 in 1904: the late-2019 list either way.
    expect(await cost(43983 - 1462)).toBe(1350);
    expect(await cost(46000 - 1462)).toBe(900);
    await context.close();
  });

  test("catalog text written to a sheet is text, never a formula", async () => {
    await page.setInputFiles("#catalog-file", fixtures.hostile);
    await page.waitForFunction(() => document.querySelector('#versions-table tr[data-id="hostile-names"]'));
    await waitIdle();
    await page.locator('#versions-table tr[data-id="hostile-names"] button[data-action="export"]').click();
    await page.waitForFunction(() =>
      document.querySelector("#status li.message.success")?.textContent?.includes("hostile-names"),
    );
    await waitIdle();
    const wb = await workbook();
    const cells = Object.values(wb.sheets[wb.active].cells);
    expect(cells.filter((c) => c.formula !== null)).toEqual([]);
    expect(cells.map((c) => c.value)).toEqual(expect.arrayContaining([FORMULA_NAME, XSS_NAME]));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("#app img").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

function screenshotPath(name: string): string {
  const docs = path.join(ROOT, "docs", "screenshots");
  const update = process.env.UPDATE_SCREENSHOTS === "1" || !fs.existsSync(path.join(docs, name));
  const dir = update ? docs : path.join(ROOT, "test-output", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
