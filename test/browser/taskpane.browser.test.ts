/**
 * The task pane in a real headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core): the built dist/taskpane.html served over http from localhost, office.js
 * routed to a stub (Microsoft's CDN is unreachable here; outside Office it resolves
 * Office.onReady with host null), every other outside request refused.
 *
 * Screenshots: written to docs/screenshots/ when UPDATE_SCREENSHOTS=1 (or when missing there),
 * otherwise to test-output/screenshots/ so a test run leaves the tracked files alone.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../../src/catalog/embedded";
import { CatalogRegistry } from "../../src/catalog/registry";
import { validateCatalog } from "../../src/catalog/validate";
import { columnIndex, columnLetter, displayCell } from "../../src/compare/layout";
import { priceHistorySheet } from "../../src/compare/priceHistory";
import {
  AT_NAME,
  FORMULA_NAME,
  HOSTILE_TITLE,
  wrongTypes,
  writeFixtures,
  XSS_NAME,
  type FixtureFiles,
} from "./fixtures";
import { routeBrowser, serveDirectory } from "./server";
import { readXlsx, type ReadSheet } from "./xlsxReader";

const CHROMIUM = "/usr/bin/chromium";
/** The built-in versions as the page starts with them (what its tables are computed from). */
const builtIn = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const haveChromium = fs.existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);

if (!haveChromium && !inCi) {
  // Under CI the suite must run (.ci/run installs chromium); locally it may be skipped.
  console.warn(
    `Skipping the task pane browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`,
  );
}
const describeBrowser = haveChromium || inCi ? describe : describe.skip;

const screenshotDir = (name: string): string => {
  const docs = path.join(ROOT, "docs", "screenshots");
  const update = process.env.UPDATE_SCREENSHOTS === "1" || !fs.existsSync(path.join(docs, name));
  const dir = update ? docs : path.join(ROOT, "test-output", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
};

jest.setTimeout(180000);

/** The whole pane in one picture: its body scrolls by itself, so the window grows to show all of it. */
async function fullPane(page: Page, file: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 900, height: 1000 };
  const extra = await page.evaluate(() => {
    const body = document.getElementById("pane-body")!;
    return body.scrollHeight - body.clientHeight;
  });
  await page.setViewportSize({ width: size.width, height: size.height + Math.max(0, extra) });
  await page.screenshot({ path: file });
  await page.setViewportSize(size);
}

describeBrowser("task pane in headless Chromium (standalone, outside Excel)", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let server: { url: string; close: () => Promise<void> };
  let fixtures: FixtureFiles;
  const pageErrors: string[] = [];
  const outsideRequests: string[] = [];
  /** Paths the page requested from the add-in's server. */
  const served: string[] = [];

  const text = async (selector: string): Promise<string> => (await page.locator(selector).first().textContent()) ?? "";
  const errorMessages = () => page.locator("#status li.message.error");
  const lastError = () => errorMessages().last();
  const versionIds = async (): Promise<string[]> =>
    page.locator("#versions-table tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id") ?? ""));
  const registryIds = (): Promise<string[]> =>
    page.evaluate(() =>
      (window as unknown as { tcloudPane: { pane: { registry: { ids(): string[] } } } }).tcloudPane.pane[
        "registry"
      ].ids(),
    );
  const pwned = (): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

  async function pickFile(file: string): Promise<void> {
    const before = await page.locator("#status li.message").count();
    await page.setInputFiles("#catalog-file", file);
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("#status li.message").length !== n ||
        document.querySelector("#status li.message.error:last-child, #status li.message.success") !== null,
      before,
    );
    await page.locator("#status .progress").waitFor({ state: "hidden" });
  }

  async function dismissAll(): Promise<void> {
    const clear = page.locator("#status button.subtle");
    if (await clear.isVisible()) await clear.click();
  }

  async function download(trigger: () => Promise<void>): Promise<{ name: string; sheets: ReadSheet[] }> {
    const [file] = await Promise.all([page.waitForEvent("download"), trigger()]);
    const saved = await (file as Download).path();
    const bytes = new Uint8Array(fs.readFileSync(saved));
    return { name: file.suggestedFilename(), sheets: readXlsx(bytes).sheets };
  }

  /** The HTML table of a result, as the text of each cell. */
  async function htmlTable(result: ReturnType<Page["locator"]>): Promise<{ head: string[]; body: string[][] }> {
    return result.locator("table.comparison").evaluate((table) => ({
      head: [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? ""),
      body: [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((td) => td.textContent ?? "")),
    }));
  }

  async function generate(kind: string, fill: () => Promise<void>): Promise<ReturnType<Page["locator"]>> {
    await page.selectOption("#compare-kind", kind);
    await fill();
    const before = await page.locator("#results > section.result").count();
    await page.click("#compare-generate");
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("#results > section.result").length > n ||
        document.querySelector("#status li.message.error") !== null,
      before,
    );
    const errors = await errorMessages().allTextContents();
    expect(errors).toEqual([]);
    return page.locator("#results > section.result").first();
  }

  /** The pane in a new browser context of this language and size, ready. */
  async function openPane(
    locale: string,
    viewport: { width: number; height: number },
  ): Promise<{ context: BrowserContext; page: Page }> {
    const fresh = await browser.newContext({ locale, viewport });
    await routeBrowser(fresh, server.url, { kind: "real" });
    const opened = await fresh.newPage();
    await opened.goto(`${server.url}taskpane.html`);
    await opened.waitForSelector("body[data-ready]");
    return { context: fresh, page: opened };
  }

  /** Submits a comparison the pane must refuse; the problems its error lists. */
  async function refused(kind: string, fill: () => Promise<void>): Promise<string[]> {
    await dismissAll();
    await page.selectOption("#compare-kind", kind);
    await fill();
    await page.click("#compare-generate");
    await lastError().waitFor();
    return lastError().locator(".problems li").allTextContents();
  }

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "taskpane.html")))
      throw new Error("dist/taskpane.html is missing: run `npm run build` first (npm test does)");
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing; CI must install it (apt-get install -y chromium)`);
    fixtures = writeFixtures(fs.mkdtempSync(path.join(os.tmpdir(), "tcloud-pane-")));
    server = await serveDirectory(DIST);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    context = await browser.newContext({
      acceptDownloads: true,
      locale: "en-US",
      viewport: { width: 900, height: 1000 },
    });
    // Microsoft's real office.js (from @microsoft/office-js): outside Office it answers host null.
    await routeBrowser(context, server.url, { kind: "real" }, outsideRequests);
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    page.on("dialog", (dialog) => {
      pageErrors.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (request.url().startsWith(server.url)) served.push(new URL(request.url()).pathname);
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForSelector("body[data-ready]");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (fixtures) fs.rmSync(fixtures.dir, { recursive: true, force: true });
  });

  test("starts as the standalone calculator with every built-in version listed", async () => {
    expect(await page.getAttribute("body", "data-ready")).toBe("standalone");
    expect(await text("#mode")).toMatch(/Standalone calculator/);
    // The catalog checks are fetched when a catalog is first validated, not with the page.
    expect(served).toEqual(expect.arrayContaining(["/functions.js", "/taskpane.js"]));
    expect(served).not.toContain("/catalog-validator.js");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const ids = await versionIds();
    expect(ids).toEqual(
      expect.arrayContaining(["tencent-current", "tencent-2021-ocr", "tencent-2020-face", "tencent-2019-ocr"]),
    );
    const defaultRow = page.locator('#versions-table tr[data-id="tencent-current"]');
    expect(await defaultRow.locator('input[type="radio"]').isChecked()).toBe(true);
    expect(await defaultRow.textContent()).toMatch(/built-in/);
    expect(await page.locator('#versions-table tr[data-id="tencent-2019-ocr"]').textContent()).toMatch(
      /2019-10-01 \(approx\.\)/,
    );
    await fullPane(page, screenshotDir("pane.png"));
  });

  test("every control has an accessible name, and the keyboard reaches the forms in order", async () => {
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("input, select, textarea, button")]
        .filter((el) => !el.closest("[hidden]"))
        .filter((el) => {
          const labelled =
            (el as HTMLInputElement).labels?.length ||
            el.getAttribute("aria-label") ||
            el.getAttribute("aria-labelledby");
          return !labelled && !(el.tagName === "BUTTON" && (el.textContent ?? "").trim() !== "");
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Tab order follows the page: skip link, default radio, version actions, file input, URL, …
    await page.focus("body");
    const order: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press("Tab");
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ""));
    }
    const at = (id: string) => order.indexOf(id);
    // The calculator comes first, then the comparisons, the versions and bringing one in.
    expect(at("calc-product")).toBeGreaterThan(-1);
    expect(at("calc-product")).toBeLessThan(at("calc-submit"));
    expect(at("calc-submit")).toBeLessThan(at("compare-kind"));
    expect(at("compare-kind")).toBeLessThan(at("catalog-file"));
    expect(at("catalog-file")).toBeLessThan(at("catalog-url"));
    // Arrow keys move the default within the radio group (native radio behaviour).
    expect(await page.locator('input[name="default-version"]').count()).toBeGreaterThanOrEqual(4);
  });

  test("a catalog file that is not JSON, or has wrong types, changes nothing and lists every problem", async () => {
    const before = await registryIds();
    await pickFile(fixtures.notJson);
    expect(await lastError().textContent()).toMatch(/not-json\.json: not loaded, 1 problem/);
    expect(await lastError().locator(".problems li").first().textContent()).toMatch(/^\$ ?not valid JSON/);
    expect(served).not.toContain("/catalog-validator.js"); // not JSON: nothing to validate

    await pickFile(fixtures.wrongTypes);
    expect(served.filter((p) => p === "/catalog-validator.js")).toHaveLength(1);
    const expected = validateCatalog(wrongTypes());
    expect(expected.ok).toBe(false);
    const expectedProblems = expected.ok ? [] : expected.problems;
    const error = lastError();
    expect(await error.locator(".message-text").textContent()).toBe(
      `File wrong-types.json: not loaded, ${expectedProblems.length} problems. Nothing was changed.`,
    );
    const listed = await error
      .locator(".problems li")
      .evaluateAll((lis) =>
        lis.map((li) => [li.querySelector("code")?.textContent, li.querySelector("span")?.textContent]),
      );
    expect(listed).toEqual(expectedProblems.map((p) => [p.where, p.message]));
    for (const where of [
      "$.id",
      "$.formatVersion",
      "$.currency",
      "$.sources",
      "$.products.ocr.monthlyFreeQuota",
      "$.products.face.effectiveDate",
      "$.extra",
    ]) {
      expect(listed.map((l) => l[0])).toContain(where);
    }
    expect(await registryIds()).toEqual(before);
    await error.screenshot({ path: screenshotDir("validation-errors.png") });
  });

  test("hostile candidates: a built-in id is not replaced, 10 MB is refused before parsing, deep nesting is reported", async () => {
    const before = await registryIds();
    const titleBefore = await page.locator('#versions-table tr[data-id="tencent-current"] td').nth(1).textContent();
    await pickFile(fixtures.builtIn);
    expect(await lastError().textContent()).toMatch(/"tencent-current" is a built-in catalog version/);
    expect(await page.locator('#versions-table tr[data-id="tencent-current"] td').nth(1).textContent()).toBe(
      titleBefore,
    );

    const started = Date.now();
    await pickFile(fixtures.huge);
    expect(await lastError().textContent()).toMatch(
      /ten-megabytes\.json: not loaded, 1 problem.*the catalog is 10\.\d MB; a catalog may be at most 2 MB/,
    );
    expect(Date.now() - started).toBeLessThan(10000);

    await pickFile(fixtures.deep);
    const deep = await lastError().locator(".problems li").allTextContents();
    expect(deep).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.nested ?unknown field/),
        expect.stringMatching(/^\$\.title ?must be text, found an array/),
      ]),
    );
    expect(await registryIds()).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  test("a hostile but valid catalog loads as text: nothing executes, names stay text in the pane and the .xlsx", async () => {
    await dismissAll();
    await pickFile(fixtures.hostile);
    expect(await page.locator("#status li.message.success").textContent()).toMatch(/Loaded version hostile-names/);
    const row = page.locator('#versions-table tr[data-id="hostile-names"]');
    expect(await row.locator("td").nth(1).textContent()).toBe(HOSTILE_TITLE);
    expect(await row.textContent()).toMatch(/loaded/);
    // Nothing became markup.
    expect(await page.locator("#app img, #app script:not([src]), #app b").count()).toBe(0);
    expect(await pwned()).toBeUndefined();

    // Price the hostile names in the calculator: the core resolves them as plain names.
    await page.selectOption("#calc-product", "ocr");
    await page.selectOption("#calc-version", "hostile-names");
    await page.fill("#calc-item", XSS_NAME);
    await page.fill("#calc-volume", "9999");
    await page.fill("#calc-prepaid", "0");
    await page.click("#calc-submit");
    expect(await text("#calc-cost")).toBe("¥1,349.85");
    expect(await text("#calc-result .cost-label")).toContain(XSS_NAME);

    // Export the hostile version as a price table and download it: every name is a text cell.
    await page.locator('#versions-table tr[data-id="hostile-names"] button[data-action="export"]').click();
    const result = page.locator("#results > section.result").first();
    await result.waitFor();
    const { sheets } = await download(() => result.locator("button.download").click());
    const cells = [...sheets[0].cells.values()];
    expect(cells.every((c) => c.formula === null)).toBe(true);
    const strings = cells.filter((c) => c.type === "inlineStr").map((c) => c.value);
    for (const name of [XSS_NAME, FORMULA_NAME, AT_NAME]) expect(strings).toContain(name);
    expect(await pwned()).toBeUndefined();
    expect(await page.locator("#app img").count()).toBe(0);

    // Clean up: remove the hostile version again.
    await row.locator('button[data-action="remove"]').click();
    await page.waitForFunction(() => !document.querySelector('#versions-table tr[data-id="hostile-names"]'));
  });

  test("a good catalog file loads, can be the default, and prices", async () => {
    await dismissAll();
    await pickFile(fixtures.good);
    expect(await page.locator("#status li.message.success").textContent()).toMatch(/Loaded version my-negotiated-2025/);
    await page.locator('#versions-table tr[data-id="my-negotiated-2025"] input[type="radio"]').check();
    await page.waitForFunction(() =>
      document
        .querySelector("#status li.message.success")
        ?.textContent?.includes("Default version is now my-negotiated-2025"),
    );
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { tcloudPane: { pane: { registry: { defaultId: string } } } }).tcloudPane.pane[
            "registry"
          ].defaultId,
      ),
    ).toBe("my-negotiated-2025");
    // Focus stays on the radio after the list re-renders (keyboard users keep their place).
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      "my-negotiated-2025",
    );
    await page.selectOption("#calc-version", "");
    await page.fill("#calc-item", "身份证识别");
    await page.fill("#calc-volume", "9999");
    await page.click("#calc-submit");
    expect(await text("#calc-cost")).toBe("¥1,079.88"); // (9999 − 1000) × 0.12
    expect(await text("#calc-version option[value='']")).toBe("Default (my-negotiated-2025)");
    // The version downloads as the JSON it was loaded from.
    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('#versions-table tr[data-id="my-negotiated-2025"] button[data-action="json"]').click(),
    ]);
    expect(json.suggestedFilename()).toBe("my-negotiated-2025.json");
    expect(JSON.parse(fs.readFileSync(await json.path(), "utf8"))).toEqual(
      JSON.parse(fs.readFileSync(fixtures.good, "utf8")),
    );
    // Back to the built-in default for the comparisons below.
    await page.locator('#versions-table tr[data-id="tencent-current"] input[type="radio"]').check();
    await page.waitForFunction(() =>
      document
        .querySelector("#status li.message.success")
        ?.textContent?.includes("Default version is now tencent-current"),
    );
  });

  test("computes a cost with the built-in default (exact decimals)", async () => {
    await page.selectOption("#calc-product", "ocr");
    await page.selectOption("#calc-version", "");
    await page.fill("#calc-item", "IDCardOCR");
    await page.fill("#calc-volume", "9,999");
    await page.fill("#calc-prepaid", "");
    await page.click("#calc-submit");
    expect(await text("#calc-cost")).toBe("¥1,349.85");
    // The charge's own arithmetic, as the core explains it.
    expect(await text("#calc-arithmetic")).toBe("(9,999 − 1,000) × 0.15 = 1,349.85");
    await page.fill("#calc-item", "银行卡识别");
    await page.fill("#calc-volume", "2500");
    await page.fill("#calc-prepaid", "1000");
    await page.click("#calc-submit");
    expect(await text("#calc-cost")).toBe("¥75.00");
    expect(await text("#calc-arithmetic")).toBe("(2,500 − 1,000 − 1,000) × 0.15 = 75");
    await page.locator("#calculator").screenshot({ path: screenshotDir("calculator.png") });
    await page.fill("#calc-item", "通用印刷体识别");
    await page.fill("#calc-volume", "2000000");
    await page.fill("#calc-prepaid", "0");
    await page.click("#calc-submit");
    expect(await text("#calc-result")).toMatch(/#N\/A.*联系商务/);
    await page.fill("#calc-item", "IDCardOCR");
    await page.fill("#calc-volume", "12.5");
    await page.click("#calc-submit");
    expect(await text("#calc-result")).toMatch(/#VALUE!/);
  });

  test("the calculator answers how many calls a budget buys, typed as people type numbers", async () => {
    await page.selectOption("#calc-product", "ocr");
    await page.selectOption("#calc-version", "");
    await page.fill("#calc-item", "身份证识别");
    await page.fill("#calc-prepaid", "");
    for (const typed of ["1,349", "１３４９"]) {
      await page.fill("#calc-budget", typed);
      await page.click("#calc-budget-submit");
      expect(await text("#calc-budget-volume")).toBe("14,490"); // across the 阶梯到达 cliff, not 9,993
      expect(await text("#calc-result")).toContain("¥1,349.00");
    }
    await page.fill("#calc-budget", "100万");
    await page.press("#calc-budget", "Enter"); // Enter in the budget asks the budget question
    expect(await text("#calc-budget-volume")).toBe("999,999"); // never into 联系商务
    await page.fill("#calc-prepaid", "2,000");
    await page.fill("#calc-budget", "1349");
    await page.click("#calc-budget-submit");
    expect(await text("#calc-budget-volume")).toBe("16,490");
    await page.locator("#calculator").screenshot({ path: screenshotDir("calculator-budget.png") });
    await page.fill("#calc-budget", "lots");
    await page.click("#calc-budget-submit");
    expect(await text("#calc-result")).toMatch(/#VALUE!.*budget/i);
    await page.fill("#calc-prepaid", "0");
  });

  test("a Face name under product OCR is priced as Face, and the form says so", async () => {
    await page.selectOption("#calc-product", "ocr");
    await page.selectOption("#calc-version", "");
    await page.fill("#calc-item", "人脸比对");
    await page.fill("#calc-volume", "20000");
    await page.fill("#calc-prepaid", "0");
    await page.click("#calc-submit");
    expect(await text("#calc-switched")).toMatch(/^人脸比对 belongs to Face Recognition/);
    expect(await page.inputValue("#calc-product")).toBe("face");
    expect(await text("#calc-cost")).toMatch(/^¥[\d,]+\.\d{2,4}$/);
    // Face has no free quota: the calls times the tier's price, and the same amount as the cost.
    const arithmetic = /^20,000 × [\d.]+ = ([\d,.]+)$/.exec(await text("#calc-arithmetic"));
    expect(arithmetic).not.toBeNull();
    expect(Number((await text("#calc-cost")).replace(/[¥,]/g, ""))).toBe(Number(arithmetic![1].replace(/,/g, "")));
    await page.selectOption("#calc-product", "ocr");
  });

  test("URLs: https only, network failures in plain words", async () => {
    await dismissAll();
    await page.fill("#catalog-url", "http://example.com/catalog.json");
    await page.click("#catalog-url-load");
    await lastError().waitFor();
    expect(await lastError().textContent()).toMatch(/only https addresses are accepted \(found http:\)/);
    await page.fill("#catalog-url", "https://127.0.0.1:9/catalog.json");
    await page.click("#catalog-url-load");
    await page.waitForFunction(() => document.querySelectorAll("#status li.message.error").length === 2);
    expect(await lastError().textContent()).toMatch(/could not reach 127\.0\.0\.1:9/);
    await dismissAll();
  });

  test("price changes for Face start from two versions that price Face", async () => {
    await page.selectOption("#compare-kind", "price-changes");
    await page.selectOption("#compare-product", "face");
    const faceVersions = ["tencent-current", "tencent-2020-face"];
    expect(faceVersions).toContain(await page.inputValue("#compare-a"));
    expect(faceVersions).toContain(await page.inputValue("#compare-b"));
    expect(await page.inputValue("#compare-a")).not.toBe(await page.inputValue("#compare-b"));
    await page.selectOption("#compare-product", "ocr");
  });

  test("price changes A vs B: HTML table and .xlsx agree", async () => {
    const result = await generate("price-changes", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.selectOption("#compare-a", "tencent-2019-ocr");
      await page.selectOption("#compare-b", "tencent-current");
    });
    const html = await htmlTable(result);
    expect(html.body.length).toBeGreaterThan(0);
    await result.screenshot({ path: screenshotDir("compare-price-changes.png") });
    const { name, sheets } = await download(() => result.locator("button.download").click());
    expect(name).toMatch(/\.xlsx$/);
    checkSheetMatchesHtml(sheets[0], html);
  });

  test("price changes: changed lines only by default, the counts at the top, the sheet's look in the .xlsx", async () => {
    const pick = async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.selectOption("#compare-a", "tencent-2021-ocr");
      await page.selectOption("#compare-b", "tencent-current");
    };
    expect(await page.isChecked("#compare-changed-only")).toBe(true);
    const changed = await generate("price-changes", pick);
    const counts = await changed.locator(".change-counts").textContent();
    expect(counts).toMatch(/^\d+ changed, \d+ added, \d+ removed, \d+ unchanged$/);
    // The counts come before the table.
    const above = await changed.evaluate((section) => {
      const c = section.querySelector(".change-counts")!;
      return Boolean(c.compareDocumentPosition(section.querySelector("table.comparison")!) & 4);
    });
    expect(above).toBe(true);
    const shown = await htmlTable(changed);
    const status = shown.head.indexOf("status");
    expect(shown.body.every((r) => r[status] !== "unchanged")).toBe(true);
    await page.uncheck("#compare-changed-only");
    const all = await generate("price-changes", pick);
    expect(await all.locator(".change-counts").textContent()).toBe(counts);
    expect((await htmlTable(all)).body.length).toBeGreaterThan(shown.body.length);
    await page.check("#compare-changed-only");

    // The .xlsx has the page's look: frozen header rows, the page's column widths, its formats.
    const { sheets } = await download(() => changed.locator("button.download").click());
    const [sheet] = sheets;
    const headerRows = await changed.locator("table.header-block tr").count();
    expect(sheet.frozenRows).toBeGreaterThanOrEqual(headerRows + 2);
    const widths = await changed
      .locator("table.comparison col")
      .evaluateAll((cols) => cols.map((c) => Number(c.getAttribute("data-width"))));
    expect(widths.map((_, c) => sheet.columnWidths.get(c))).toEqual(widths);
    const prices = [...sheet.cells.values()].filter((c) => c.type === "n").map((c) => c.format);
    expect(prices).toContain("¥#,##0.00####"); // unit prices in ¥, not General
    expect(await changed.locator(".sheet-name").textContent()).toBe(`Sheet: ${sheet.name}`);
    expect([...sheet.name].length).toBeLessThanOrEqual(31);
  });

  test("forecast under versions (typed rows)", async () => {
    const result = await generate("forecast", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.fill("#forecast-rows", "身份证识别, 9999\n银行卡识别, 900000\n驾驶证识别, 9000");
      for (const id of ["tencent-current", "tencent-2019-ocr"])
        await page.check(`#compare-versions input[value="${id}"]`);
    });
    const html = await htmlTable(result);
    expect(html.body.length).toBeGreaterThanOrEqual(3);
    await result.screenshot({ path: screenshotDir("compare-forecast.png") });
    const { sheets } = await download(() => result.locator("button.download").click());
    checkSheetMatchesHtml(sheets[0], html);
    // 身份证识别 9,999 calls under the current list: 1,349.85 somewhere on its row.
    const values = [...sheets[0].cells.values()].map((c) => c.value);
    expect(values).toContain(1349.85);
    expect(values).toContain(53940);
  });

  test("volume ladder", async () => {
    const result = await generate("ladder", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.fill("#compare-item", "身份证识别");
      await page.fill("#ladder-volumes", "1000, 9999, 10000, 100000");
    });
    const html = await htmlTable(result);
    expect(html.body.length).toBeGreaterThanOrEqual(4);
    await result.screenshot({ path: screenshotDir("compare-volume-ladder.png") });
    const { sheets } = await download(() => result.locator("button.download").click());
    checkSheetMatchesHtml(sheets[0], html);
  });

  test("price history of OCR and face items: every version oldest first, HTML table and .xlsx agree", async () => {
    const items = ["身份证识别", "人脸比对"];
    const result = await generate("price-history", async () => {
      await page.fill("#history-items", items.join("\n"));
      await page.selectOption("#history-what", "postpaid");
    });
    // Every version takes part and each name finds its product: neither is asked.
    expect(await page.isVisible("#compare-versions")).toBe(false);
    expect(await page.isVisible("#compare-product")).toBe(false);
    const html = await htmlTable(result);
    const expected = priceHistorySheet(builtIn, items, "postpaid", { lang: "en" });
    expect(html.head).toEqual(expected.columns);
    // Versions loaded earlier in this page take part too; the built-in ones' rows are as computed here.
    const pageIds = await registryIds();
    expect(html.body.every((r) => pageIds.includes(r[1]))).toBe(true);
    const builtInRows = html.body.filter((r) => builtIn.ids().includes(r[1]));
    expect(builtInRows.map((r) => [r[0], r[1]])).toEqual(expected.rows.map((r) => [r[0], r[1]]));
    const row2019 = html.body.find((r) => r[1] === "tencent-2019-ocr")!;
    expect(row2019[row2019.length - 1]).toContain("> 1,000 a month: 0.2 → 0.15; ");
    await result.screenshot({ path: screenshotDir("compare-price-history.png") });
    const { name, sheets } = await download(() => result.locator("button.download").click());
    expect(name).toBe("Price history.xlsx");
    checkSheetMatchesHtml(sheets[0], html);
    expect([...sheets[0].cells.values()].map((c) => c.value)).toContain(0.12); // 身份证识别's 1万 tier, 2019 on

    // Picking a suggested name adds it as a line; packs show each pack size's price.
    await page.fill("#history-items", "");
    await page.fill("#history-add", "身份证识别");
    await page.press("#history-add", "Enter");
    expect(await page.inputValue("#history-items")).toBe("身份证识别");
    const packs = await generate("price-history", async () => {
      await page.selectOption("#history-what", "packs");
    });
    const late2020 = (await htmlTable(packs)).body.find((r) => r[1] === "tencent-2020-ocr")!;
    expect(late2020.slice(3, 5)).toEqual(["promotional (活动折扣价格)", "¥84.00"]);
    await page.selectOption("#history-what", "postpaid");
    await page.fill("#history-items", "身份证识别\n人脸比对");
  });

  test("price history with no item or an unknown one says what to type", async () => {
    const problems = await refused("price-history", () => page.fill("#history-items", " \n "));
    expect(problems).toEqual(["Type at least one interface or billing item name."]);
    await page.fill("#history-items", "no such interface");
    await page.click("#compare-generate");
    await page.waitForFunction(() => document.querySelectorAll("#status li.message.error").length === 2);
    expect(await lastError().textContent()).toContain("no such interface");
    await page.fill("#history-items", "身份证识别\n人脸比对");
    await dismissAll();
  });

  test("scenario: growing volume, postpaid only vs the cheapest plan; bad growth and months are reported", async () => {
    const result = await generate("scenario", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.fill("#scenario-rows", "身份证识别, 25,000");
      await page.fill("#scenario-growth", "8%");
      await page.fill("#scenario-months", "12");
      const checked = page.locator("#compare-versions input:checked");
      while ((await checked.count()) > 0) await checked.first().uncheck();
      await page.check('#compare-versions input[value="tencent-current"]');
    });
    const html = await htmlTable(result);
    expect(html.body.length).toBe(12); // one row a month (the totals are the footer)
    await result.screenshot({ path: screenshotDir("compare-scenario.png") });
    const { sheets } = await download(() => result.locator("button.download").click());
    checkSheetMatchesHtml(sheets[0], html);
    expect(sheets[0].name).toBe("Scenario");
    // README's worked example: 46,242.8 postpaid only, 25,000 with five 10万 packs, 21,242.8 saved.
    const values = [...sheets[0].cells.values()].map((c) => c.value);
    for (const figure of [474428, 46242.8, 25000, 21242.8]) expect(values).toContain(figure);

    await dismissAll();
    await page.fill("#scenario-growth", "lots");
    await page.fill("#scenario-months", "a year");
    await page.click("#compare-generate");
    await lastError().waitFor();
    expect(await lastError().locator(".problems li").allTextContents()).toEqual([
      '"lots" is not a growth rate such as 8%, 0.08 or -5%.',
      '"a year" is not a whole number of months.',
    ]);
    await dismissAll();
    await page.fill("#scenario-growth", "8%");
    await page.fill("#scenario-months", "40");
    await page.click("#compare-generate");
    await lastError().waitFor();
    expect(await lastError().textContent()).toContain("The scenario has 40 months: give 1 to 36 months.");
    await dismissAll();
    await page.fill("#scenario-months", "12");
  });

  test("plan sheet (cheapest packs) and downloading every table in one workbook", async () => {
    const result = await generate("plan", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.selectOption("#plan-version", "tencent-current");
      await page.fill("#compare-item", "身份证识别");
      await page.fill("#plan-months", Array(12).fill("25000").join(", "));
      await page.fill("#plan-prices", "100000=3500");
    });
    const html = await htmlTable(result);
    await result.screenshot({ path: screenshotDir("compare-plan.png") });
    const { sheets } = await download(() => result.locator("button.download").click());
    checkSheetMatchesHtml(sheets[0], html);
    const values = [...sheets[0].cells.values()].map((c) => c.value);
    expect(values).toContain(10500); // three 10万 packs at 3,500 (PRICING-RULES worked example)

    const all = await download(() => page.click("#download-all"));
    expect(all.name).toBe("tcloud-comparisons.xlsx");
    expect(all.sheets.length).toBe(await page.locator("#results > section.result").count());
    expect(new Set(all.sheets.map((s) => s.name.toLowerCase())).size).toBe(all.sheets.length);
    await fullPane(page, screenshotDir("pane-with-results.png"));

    // Cost cells as portable formulas (the plan has no add-in form): the plan and its Price table.
    expect(await page.locator("#compare-output-form option").allTextContents()).toEqual([
      "Portable formulas",
      "Values only",
    ]);
    const portableResult = await generate("plan", async () => {
      await page.selectOption("#compare-output-form", "portable");
    });
    const portable = await download(() => portableResult.locator("button.download").click());
    expect(portable.sheets.map((s) => s.name)).toEqual(["Plan 身份证识别", "Price table"]);
    const planFormulas = portable.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ""));
    expect(planFormulas.some((f) => f.includes("TCLOUD."))).toBe(false);
    expect(planFormulas.filter((f) => f.includes("'Price table'!")).length).toBeGreaterThanOrEqual(12 * 3);
    // The packs stay the plan's values; the plan total and the saving are formulas caching the core's figures.
    const cells = [...portable.sheets[0].cells.values()];
    expect(cells.some((c) => c.value === 10500 && c.formula !== null)).toBe(true); // plan total: packs + 0 postpaid
    expect(cells.some((c) => c.value === 18300 && c.formula !== null)).toBe(true); // saving against 28,800
    await page.selectOption("#compare-output-form", "values");
  });

  test("pack ledger: the README example as a table and .xlsx (840 a month, 420 written off in month 12)", async () => {
    const result = await generate("ledger", async () => {
      await page.selectOption("#compare-product", "ocr");
      await page.selectOption("#plan-version", "tencent-current");
      await page.fill("#compare-item", "身份证识别");
      await page.fill("#ledger-months", Array(12).fill("25,000").join(", "));
      await page.fill("#ledger-purchases", "1, 10万, 3,500\n1\t100000\t3500\n1 １０００００ 3500");
    });
    const html = await htmlTable(result);
    expect(html.head).toEqual([
      "month",
      "calls",
      "free calls",
      "pack calls",
      "postpaid calls",
      "postpaid cost",
      "pack expense",
      "pack write-off",
      "pack balance",
    ]);
    expect(html.body[0]).toEqual(["1", "25,000", "1,000", "24,000", "0", "¥0.00", "¥840.00", "¥0.00", "276,000"]);
    expect(html.body[11]).toEqual(["12", "25,000", "1,000", "24,000", "0", "¥0.00", "¥840.00", "¥420.00", "0"]);
    expect(html.body).toHaveLength(12);
    expect(await result.locator("tfoot").textContent()).toContain("¥10,080.00");
    await result.screenshot({ path: screenshotDir("compare-pack-ledger.png") });
    const { sheets } = await download(() => result.locator("button.download").click());
    checkSheetMatchesHtml(sheets[0], html);
    expect(sheets[0].name).toBe("Ledger 身份证识别");

    // Cost cells as portable formulas: the ledger, its Pack lots and the Price table, no TCLOUD formula.
    expect(await page.locator("#compare-output-form option").allTextContents()).toEqual([
      "Formulas that need the add-in",
      "Portable formulas",
      "Values only",
    ]);
    const portableResult = await generate("ledger", async () => {
      await page.selectOption("#compare-output-form", "portable");
    });
    const portable = await download(() => portableResult.locator("button.download").click());
    expect(portable.sheets.map((s) => s.name)).toEqual(["Ledger 身份证识别", "Pack lots", "Price table"]);
    const ledgerFormulas = portable.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ""));
    expect(ledgerFormulas.some((f) => f.includes("TCLOUD."))).toBe(false);
    expect(ledgerFormulas.filter((f) => f.includes("'Pack lots'!")).length).toBeGreaterThanOrEqual(12 * 4);
    expect(portable.sheets[0].xml).not.toContain("<sheetProtection"); // calls and purchases stay editable
    expect(portable.sheets[1].xml).toContain("<sheetProtection");
    // The README figures as the formulas' cached values: 840 expensed in month 12, 420 written off.
    const last = html.body.length + 13; // month 12's row: 11 header rows, a blank, the column row
    const cached = ["G", "H"].map((c) => portable.sheets[0].cells.get(`${c}${last}`));
    expect(cached.map((c) => [c?.value, c?.formula !== null])).toEqual([
      [840, true],
      [420, true],
    ]);
    await page.selectOption("#compare-output-form", "values");

    await dismissAll();
    await page.fill("#ledger-purchases", "1, 100000\n2, 100000, 3500");
    await page.click("#compare-generate");
    await lastError().waitFor();
    expect(await lastError().locator(".problems li").allTextContents()).toEqual([
      'Purchase 1: "1, 100000" is not "month, pack size, price paid".',
    ]);
    await page.fill("#ledger-purchases", "13, 100000, 3500");
    await page.click("#compare-generate");
    await page.waitForFunction(() => document.querySelectorAll("#status li.message.error").length > 1);
    expect(await lastError().textContent()).toMatch(/1 to 12/);
    await dismissAll();
  });

  test("bad comparison input is reported, not lost", async () => {
    expect(await refused("forecast", () => page.fill("#forecast-rows", "身份证识别, lots\n银行卡识别"))).toEqual([
      'Line 1: "身份证识别, lots" is not "name, volume".',
      'Line 2: "银行卡识别" is not "name, volume".',
    ]);
    // A later success does not hide the error.
    await page.fill("#calc-item", "IDCardOCR");
    await page.fill("#calc-volume", "1");
    await page.click("#calc-submit");
    expect(await errorMessages().count()).toBe(1);
  });

  test("an edited price table pasted back becomes a new version; a broken one names its cells", async () => {
    await dismissAll();
    await page.locator('#versions-table tr[data-id="tencent-2019-ocr"] button[data-action="export"]').click();
    const result = page.locator('#results > section.result[data-kind="catalog"]').first();
    await result.waitFor();
    const { sheets } = await download(() => result.locator("button.download").click());
    const grid = sheetGrid(sheets[0]);
    // Edit: a new id, and break one price cell.
    const idCell = findCell(grid, "tencent-2019-ocr");
    expect(idCell).not.toBeNull();
    const edited = grid.map((r) => [...r]);
    edited[idCell!.row][idCell!.col] = "my-2019-copy";
    const tsv = edited.map((r) => r.map((v) => (v === null ? "" : String(v))).join("\t")).join("\n");
    await page.fill("#catalog-paste", tsv);
    await page.click("#catalog-from-paste");
    await page.waitForFunction(() => document.querySelector("#status li.message"));
    const errors = await errorMessages().allTextContents();
    expect(errors).toEqual([]);
    expect(await page.locator("#status li.message.success").textContent()).toMatch(/Loaded version my-2019-copy/);

    const priceCell = findNumber(edited, 0.15);
    expect(priceCell).not.toBeNull();
    const broken = edited.map((r) => [...r]);
    broken[priceCell!.row][priceCell!.col] = "cheap";
    await page.fill(
      "#catalog-paste",
      broken.map((r) => r.map((v) => (v === null ? "" : String(v))).join("\t")).join("\n"),
    );
    await page.click("#catalog-from-paste");
    await lastError().waitFor();
    const address = `${String.fromCharCode(65 + priceCell!.col)}${priceCell!.row + 1}`;
    expect(await lastError().locator(".problems li code").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(address)]),
    );
  });

  test("outside Excel, loaded versions and the default survive a reload (kept in the browser)", async () => {
    const defaultBefore = await page
      .locator('#versions-table input[type="radio"]:checked')
      .evaluate((el) => el.closest("tr")?.getAttribute("data-id"));
    const loadedBefore = await page
      .locator("#versions-table tr[data-id]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
    expect(loadedBefore).toContain("my-negotiated-2025");
    await page.reload();
    await page.waitForSelector("body[data-ready]");
    const loadedAfter = await page
      .locator("#versions-table tr[data-id]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")));
    expect(loadedAfter).toEqual(loadedBefore);
    const defaultAfter = await page
      .locator('#versions-table input[type="radio"]:checked')
      .evaluate((el) => el.closest("tr")?.getAttribute("data-id"));
    expect(defaultAfter).toBe(defaultBefore);
  });

  test("at 350 × 800 the message stack never covers the form; successes fade, errors stay", async () => {
    const { context: narrow, page: p } = await openPane("en-US", { width: 350, height: 800 });
    // The calculator is the first card.
    expect(await p.locator("#pane-body > .card").first().getAttribute("id")).toBe("calculator");

    /** Every box of the stack against every visible control of the form, at this scroll position. */
    const overlaps = () =>
      p.evaluate(() => {
        const stack = document.getElementById("status")!.getBoundingClientRect();
        // Only what shows counts: a control scrolled out of the body is clipped by it.
        const body = document.getElementById("pane-body")!.getBoundingClientRect();
        const meets = (a: DOMRect, b: DOMRect) =>
          a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        if (meets(body, stack)) return ["the scrolling body itself"];
        // The part of a control the body shows (a control half scrolled out is clipped at the body's edge).
        const shown = (r: DOMRect) =>
          new DOMRect(
            r.left,
            Math.max(r.top, body.top),
            r.width,
            Math.min(r.bottom, body.bottom) - Math.max(r.top, body.top),
          );
        const hit = (whole: DOMRect): boolean => {
          const r = shown(whole);
          return r.width > 0 && r.height > 0 && meets(r, stack);
        };
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            "#pane-body input, #pane-body select, #pane-body textarea, #pane-body button",
          ),
        ];
        return controls.filter((el) => hit(el.getBoundingClientRect())).map((el) => el.id || el.tagName);
      });
    // Four errors with details and a success.
    await p.selectOption("#compare-kind", "forecast");
    await p.fill("#forecast-rows", "身份证识别, lots\n银行卡识别");
    for (let i = 0; i < 4; i++) {
      await p.click("#compare-generate");
      await p.waitForFunction((n) => document.querySelectorAll("#status li.message.error").length === n, i + 1);
    }
    await p.fill("#calc-item", "身份证识别");
    await p.click("#calc-submit");
    await p.locator("#status li.message.error").first().waitFor();
    const stackHeight = await p.locator("#status").evaluate((el) => el.getBoundingClientRect().height);
    expect(stackHeight).toBeLessThanOrEqual(800 * 0.3 + 1);
    for (const top of [0, 300, 800, 2000, 100000]) {
      await p.evaluate((y) => document.getElementById("pane-body")!.scrollTo(0, y), top);
      expect(await overlaps()).toEqual([]);
    }
    // "Clear messages" has its own row: it covers no message text.
    const clearCovers = await p.evaluate(() => {
      const b = document.querySelector("#status .clear-messages")!.getBoundingClientRect();
      return [...document.querySelectorAll("#status .message-text, #status .problems li")].some((el) => {
        const r = el.getBoundingClientRect();
        return r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top;
      });
    });
    expect(clearCovers).toBe(false);
    await p.screenshot({ path: screenshotDir("pane-messages-narrow.png") });

    // A success fades by itself; the errors stay until dismissed.
    await p.locator("#versions-table tr[data-id='tencent-2021-ocr'] button[data-action='export']").click();
    await p.locator("#status li.message.success").waitFor();
    await p.locator("#status li.message.success").waitFor({ state: "detached", timeout: 10000 });
    expect(await p.locator("#status li.message.error").count()).toBe(4);
    await p.locator("#status li.message.error .dismiss").first().click();
    expect(await p.locator("#status li.message.error").count()).toBe(3);
    await p.click("#status .clear-messages");
    expect(await p.locator("#status li.message").count()).toBe(0);
    await narrow.close();
  });

  test("a forecast downloads in the three forms: values, add-in formulas, portable formulas over a price table; the ladder and the scenario portable", async () => {
    const fill = async (form: string): Promise<void> => {
      await page.selectOption("#compare-product", "ocr");
      await page.fill("#forecast-rows", "身份证识别, 9999\n银行卡识别, 900000");
      await page.selectOption("#compare-output-form", form);
    };
    await page.selectOption("#compare-kind", "forecast");
    expect(await page.locator("#compare-output-form option").allTextContents()).toEqual([
      "Formulas that need the add-in",
      "Portable formulas",
      "Values only",
    ]);
    const formulasOf = (sheet: ReadSheet): string[] =>
      [...sheet.cells.values()].map((c) => c.formula).filter((f): f is string => f !== null);

    const values = await download(async () =>
      (await generate("forecast", () => fill("values"))).locator("button.download").click(),
    );
    expect(values.sheets.map((s) => s.name)).toEqual(["Forecast"]);
    expect(formulasOf(values.sheets[0])).toEqual([]);

    const addin = await download(async () =>
      (await generate("forecast", () => fill("addin"))).locator("button.download").click(),
    );
    expect(formulasOf(addin.sheets[0]).some((f) => f.startsWith("TCLOUD.OCR_COST("))).toBe(true);

    const portableResult = await generate("forecast", () => fill("portable"));
    const portable = await download(() => portableResult.locator("button.download").click());
    expect(portable.sheets.map((s) => s.name)).toEqual(["Forecast", "Bill", "Price table"]);
    const all = portable.sheets.flatMap(formulasOf);
    expect(all.some((f) => f.includes("TCLOUD."))).toBe(false);
    expect(formulasOf(portable.sheets[0]).filter((f) => f.includes("'Price table'!")).length).toBeGreaterThanOrEqual(2);
    expect(portable.sheets[2].xml).toContain("<sheetProtection");
    // The cached value is the core's: 身份证识别 9,999 calls under the current list cost 1,349.85.
    expect([...portable.sheets[0].cells.values()].map((c) => c.value)).toContain(1349.85);

    // Together with the other results: every sheet name unique, the portable formulas naming their own sheets.
    const combined = await download(() => page.click("#download-all"));
    const names = combined.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const priceSheets = combined.sheets.filter((s) => s.name.startsWith("Price table"));
    expect(priceSheets).toHaveLength(1);

    // The ladder has no add-in form; portable, it is the ladder sheet and its price table.
    const ladder = await generate("ladder", async () => {
      await page.fill("#compare-item", "身份证识别");
      await page.fill("#ladder-volumes", "9999, 10000");
      expect(await page.locator("#compare-output-form option").allTextContents()).toEqual([
        "Portable formulas",
        "Values only",
      ]);
      await page.selectOption("#compare-output-form", "portable");
    });
    const ladderBook = await download(() => ladder.locator("button.download").click());
    expect(ladderBook.sheets.map((s) => s.name)).toEqual(["Volume ladder", "Price table"]);
    expect(formulasOf(ladderBook.sheets[0]).some((f) => f.includes("'Price table'!"))).toBe(true);

    // The scenario has the three forms; portable, it is the scenario sheet and its price table.
    const scenarioResult = await generate("scenario", async () => {
      await page.fill("#scenario-rows", "身份证识别, 25,000");
      await page.fill("#scenario-growth", "8%");
      await page.fill("#scenario-months", "12");
      expect(await page.locator("#compare-output-form option").allTextContents()).toEqual([
        "Formulas that need the add-in",
        "Portable formulas",
        "Values only",
      ]);
      await page.selectOption("#compare-output-form", "portable");
    });
    const scenarioBook = await download(() => scenarioResult.locator("button.download").click());
    expect(scenarioBook.sheets.map((s) => s.name)).toEqual(["Scenario", "Price table"]);
    const scenarioFormulas = scenarioBook.sheets.flatMap(formulasOf);
    expect(scenarioFormulas.some((f) => f.includes("TCLOUD."))).toBe(false);
    // postpaid only and with plan for each of the 12 months read the price table
    expect(
      formulasOf(scenarioBook.sheets[0]).filter((f) => f.includes("'Price table'!")).length,
    ).toBeGreaterThanOrEqual(24);
    expect(scenarioBook.sheets[1].xml).toContain("<sheetProtection");
    // README's worked example as the formulas' cached values: 46,242.8 postpaid only, 21,242.8 saved.
    const scenarioValues = [...scenarioBook.sheets[0].cells.values()].map((c) => c.value);
    for (const figure of [46242.8, 21242.8]) expect(scenarioValues).toContain(figure);
    await page.selectOption("#compare-output-form", "values");
  });

  test("Chinese UI text follows the browser language outside Office", async () => {
    const { context: zh, page: zhPage } = await openPane("zh-CN", { width: 900, height: 1000 });
    expect(await zhPage.getAttribute("html", "lang")).toBe("zh-CN");
    expect(await zhPage.locator("h1").textContent()).toBe("腾讯云 AI 价格");
    expect(await zhPage.locator("#calc-submit").textContent()).toBe("计算");
    await zhPage.fill("#calc-item", "身份证识别");
    await zhPage.fill("#calc-volume", "10000");
    await zhPage.click("#calc-submit");
    expect(await zhPage.locator("#calc-cost").textContent()).toBe("¥900.00");
    await zhPage.screenshot({ path: screenshotDir("pane-zh.png") });
    await zh.close();
  });

  test("the price history in a Chinese page: Chinese headers, changes joined with ；", async () => {
    const { context: zh, page: zhPage } = await openPane("zh-CN", { width: 900, height: 1000 });
    await zhPage.selectOption("#compare-kind", "price-history");
    expect(await zhPage.locator('#compare-kind option[value="price-history"]').textContent()).toBe(
      "价格历史（所有版本）",
    );
    await zhPage.fill("#history-items", "身份证识别");
    await zhPage.click("#compare-generate");
    const result = zhPage.locator("#results > section.result").first();
    await result.waitFor();
    const head = await result.locator("table.comparison thead th").allTextContents();
    expect(head[head.length - 1]).toBe("相对上一版本的变化");
    const changes = await result.locator("table.comparison tbody tr td:last-child").allTextContents();
    expect(changes[0]).toBe("第一个版本");
    expect(changes.some((c) => c.includes("；"))).toBe(true);
    expect(changes.filter((c) => /[;A-Za-z]/.test(c))).toEqual([]);
    await zh.close();
  });

  test("no script error, no dialog, no request left the machine", async () => {
    expect(pageErrors).toEqual([]);
    // Microsoft's office.js itself opens its telemetry frame outside Office; nothing of ours leaves.
    const ours = outsideRequests.filter(
      (u) =>
        !u.startsWith("https://127.0.0.1:9/") && !u.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com/"),
    );
    expect(ours).toEqual([]);
    expect(await pwned()).toBeUndefined();
  });
});

/** A sheet's cells as a grid of values (row 1 first). */
function sheetGrid(sheet: ReadSheet): (string | number | boolean | null)[][] {
  const grid: (string | number | boolean | null)[][] = [];
  for (const [ref, cell] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = columnIndex(m[1]);
    const row = Number(m[2]) - 1;
    while (grid.length <= row) grid.push([]);
    while (grid[row].length <= col) grid[row].push(null);
    grid[row][col] = cell.value;
  }
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array(width - r.length).fill(null)]);
}

function findCell(grid: (string | number | boolean | null)[][], value: string): { row: number; col: number } | null {
  for (let row = 0; row < grid.length; row++)
    for (let col = 0; col < grid[row].length; col++) if (grid[row][col] === value) return { row, col };
  return null;
}

function findNumber(grid: (string | number | boolean | null)[][], value: number): { row: number; col: number } | null {
  for (let row = 0; row < grid.length; row++)
    for (let col = 0; col < grid[row].length; col++) if (grid[row][col] === value) return { row, col };
  return null;
}

/** The .xlsx holds the same table as the page: same header row, same rows, numbers as numbers. */
function checkSheetMatchesHtml(sheet: ReadSheet, html: { head: string[]; body: string[][] }): void {
  const grid = sheetGrid(sheet);
  const headerRow = grid.findIndex((r) => html.head.every((h, i) => r[i] === h));
  expect(headerRow).toBeGreaterThan(-1);
  html.body.forEach((cells, i) => {
    const row = grid[headerRow + 1 + i];
    cells.forEach((shown, c) => {
      const value = row[c];
      const ref = `${columnLetter(c)}${headerRow + 2 + i}`;
      const cell = sheet.cells.get(ref);
      if (typeof value === "number") {
        // The page shows the number exactly as the sheet's number format does (¥900.00 in both).
        expect([ref, shown]).toEqual([ref, displayCell(value, cell!.format)]);
      } else {
        expect(shown).toBe(value === null ? "" : String(value === true ? "TRUE" : value === false ? "FALSE" : value));
      }
    });
  });
  for (const cell of sheet.cells.values()) expect(cell.formula).toBeNull();
}
