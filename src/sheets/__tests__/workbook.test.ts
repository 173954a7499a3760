import { loadCatalog } from "../../catalog/loadCatalog";
import { catalogToTable, tableToCatalog } from "../../compare/catalogTable";
import { GENERATED_AT, HOSTILE_NAMES, newerCatalog, testRegistry } from "../../compare/__tests__/fixtures";
import { CatalogRegistry } from "../../catalog/registry";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { writePlanSheet } from "../planSheet";
import { readSelectedForecast, readSheetGrid, parseAddress } from "../readRanges";
import {
  CATALOG_PART_NAMESPACE,
  MAX_STATE_BYTES,
  restoreCatalogsFromWorkbook,
  saveCatalogsToWorkbook,
  setDefaultVersion,
  requestBytes,
  readState,
  stateToXml,
  type WorkbookCatalogState,
} from "../workbookCatalogs";
import { writeComparisonSheet } from "../writeComparisonSheet";
import { createMockWorkbook } from "./excelMock";

/** A stored part's state; a part that cannot be read fails the test, naming why. */
function xmlToState(xml: string): WorkbookCatalogState {
  const read = readState(xml);
  if (!read.ok) throw new Error(`the stored catalog part cannot be read: ${read.reason}`);
  return read.state;
}

/** A registry with only the literal catalog built in; the newer version is "user-loaded". */
const baseRegistry = (): CatalogRegistry => new CatalogRegistry([literalCatalog], "literal-test");

describe("workbook persistence", () => {
  it("round trip: loaded versions and the default travel with the workbook", async () => {
    const book = createMockWorkbook();
    const before = baseRegistry();
    expect(loadCatalog(before, newerCatalog).ok).toBe(true);
    before.setDefault("literal-new");
    const saved = await saveCatalogsToWorkbook(before, { excel: book.excel });
    expect(saved).toMatchObject({ catalogs: ["literal-new"], defaultId: "literal-new", syncs: 2 });
    expect(book.xmlParts.map((p) => p.namespace)).toEqual([CATALOG_PART_NAMESPACE]);
    // Saving again replaces the part rather than adding a second one.
    await saveCatalogsToWorkbook(before, { excel: book.excel });
    expect(book.xmlParts.length).toBe(1);

    const after = baseRegistry();
    const restored = await restoreCatalogsFromWorkbook(after, { excel: book.excel });
    expect(restored).toMatchObject({ found: true, loaded: ["literal-new"], defaultId: "literal-new", problems: [] });
    expect(after.catalog("literal-new")).toEqual(newerCatalog);
    expect(after.defaultId).toBe("literal-new");
  });

  it("hostile text and XML metacharacters survive the XML part", () => {
    const registry = baseRegistry();
    const odd = { ...newerCatalog, id: "odd", title: `]]> </catalogs> & <b> "q" ${HOSTILE_NAMES.join(" ")} \u2028` };
    expect(loadCatalog(registry, odd).ok).toBe(true);
    const xml = stateToXml({ formatVersion: 1, defaultId: "odd", catalogs: [odd] });
    expect(xml.match(/<\/catalogs>/g)!.length).toBe(1);
    expect(xmlToState(xml).catalogs[0]).toEqual(odd);
  });

  it("an empty workbook restores nothing; invalid stored versions are reported, the rest load", async () => {
    const book = createMockWorkbook();
    const registry = baseRegistry();
    expect(await restoreCatalogsFromWorkbook(registry, { excel: book.excel })).toMatchObject({
      found: false,
      loaded: [],
      defaultId: "literal-test",
    });
    const broken = { ...newerCatalog, id: "broken", currency: "USD" };
    book.xmlParts.push({
      id: "x",
      namespace: CATALOG_PART_NAMESPACE,
      xml: stateToXml({ formatVersion: 1, defaultId: "gone", catalogs: [newerCatalog, broken as never] }),
    });
    const restored = await restoreCatalogsFromWorkbook(registry, { excel: book.excel });
    expect(restored.loaded).toEqual(["literal-new"]);
    expect(restored.problems.map((p) => p.where)).toEqual(["broken", "gone"]);
    expect(restored.problems[0].message).toMatch(/kept in the workbook, not loaded, because \$\.currency/);
    // A stored default that cannot be loaded stays the default: formulas say why they are #N/A.
    expect(restored.defaultId).toBe("gone");
    expect(() => registry.product("ocr", null)).toThrow(/default catalog version "gone" is stored with the workbook/);
  });

  it("price books travel as books, after their base; one whose base is gone is kept, not loaded", async () => {
    const book = createMockWorkbook();
    const before = baseRegistry();
    const onNew = {
      id: "deal",
      title: "deal",
      basedOn: "literal-new",
      adjustments: [{ product: "ocr" as const, priceFactor: "0.5" }],
    };
    await restoreCatalogsFromWorkbook(before, { excel: book.excel }); // this workbook: nothing kept from another
    expect(loadCatalog(before, newerCatalog).ok).toBe(true);
    expect(loadCatalog(before, onNew).ok).toBe(true);
    before.setDefault("deal");
    await saveCatalogsToWorkbook(before, { excel: book.excel });
    expect(xmlToState(book.xmlParts[0].xml).catalogs).toEqual([newerCatalog, onNew]);
    const after = baseRegistry();
    const restored = await restoreCatalogsFromWorkbook(after, { excel: book.excel });
    expect(restored).toMatchObject({ loaded: ["literal-new", "deal"], defaultId: "deal", problems: [] });
    expect(after.book("deal")).toEqual(onNew);
    // Without its base the book is kept verbatim and said why.
    book.xmlParts[0].xml = stateToXml({ formatVersion: 1, defaultId: "literal-test", catalogs: [onNew] });
    const orphan = baseRegistry();
    const kept = await restoreCatalogsFromWorkbook(orphan, { excel: book.excel });
    expect(kept.problems.map((p) => [p.where, p.code])).toEqual([["deal", "kept-not-loaded"]]);
    await saveCatalogsToWorkbook(orphan, { excel: book.excel });
    expect(xmlToState(book.xmlParts[0].xml).catalogs).toEqual([onNew]);
  });

  describe("nothing stored is lost", () => {
    // A version written by a newer build (a field this one does not know), made the default.
    const future = { ...newerCatalog, id: "from-a-newer-build", newerField: { discounts: [1, 2] } };
    const storedXml = stateToXml({ formatVersion: 1, defaultId: future.id, catalogs: [newerCatalog, future as never] });

    it("a version this build cannot load is kept byte for byte through any number of saves", async () => {
      const book = createMockWorkbook();
      book.xmlParts.push({ id: "old", namespace: CATALOG_PART_NAMESPACE, xml: storedXml });
      const registry = baseRegistry();
      const restored = await restoreCatalogsFromWorkbook(registry, { excel: book.excel });
      expect(restored.loaded).toEqual(["literal-new"]);
      expect(restored.problems[0]).toMatchObject({
        where: "from-a-newer-build",
        message: expect.stringMatching(/^kept in the workbook, not loaded, because \$\.newerField: unknown field/),
      });
      // The stored default stays the default; formulas that use it say why.
      expect(registry.defaultId).toBe("from-a-newer-build");
      expect(() => registry.product("ocr", null)).toThrow(/could not load it .*newerField/);
      for (let save = 0; save < 3; save++) {
        await saveCatalogsToWorkbook(registry, { excel: book.excel });
        expect(book.xmlParts).toHaveLength(1);
        // Byte for byte: the stored JSON text of the kept version is the one that came in.
        const stored = xmlToState(book.xmlParts[0].xml).catalogs.find((c) => c.id === future.id);
        expect(JSON.stringify(stored)).toBe(JSON.stringify(future));
        expect(xmlToState(book.xmlParts[0].xml).defaultId).toBe("from-a-newer-build");
      }
      // Reopened, it is still there and still the default.
      const again = baseRegistry();
      await restoreCatalogsFromWorkbook(again, { excel: book.excel });
      expect(again.defaultId).toBe("from-a-newer-build");
      // Choosing a default that exists ends it; the kept version is still stored.
      again.setDefault("literal-new");
      await saveCatalogsToWorkbook(again, { excel: book.excel });
      expect(xmlToState(book.xmlParts[0].xml).catalogs.map((c) => c.id)).toEqual(["literal-new", "from-a-newer-build"]);
    });

    it("a part this build cannot read is left in the workbook; the new part is written before the old is deleted", async () => {
      const book = createMockWorkbook();
      const newerFormat = `<?xml version="1.0"?><catalogs xmlns="${CATALOG_PART_NAMESPACE}">{"formatVersion":2}</catalogs>`;
      book.xmlParts.push({ id: "v2", namespace: CATALOG_PART_NAMESPACE, xml: newerFormat });
      book.xmlParts.push({ id: "old", namespace: CATALOG_PART_NAMESPACE, xml: storedXml });
      const registry = baseRegistry();
      const restored = await restoreCatalogsFromWorkbook(registry, { excel: book.excel });
      expect(restored.problems[0].message).toMatch(/cannot read is kept in the workbook.*formatVersion 1/);
      // The add fails: nothing is deleted.
      book.failNextSync(new Error("stop after reading"));
      await saveCatalogsToWorkbook(registry, { excel: book.excel }).catch(() => undefined);
      expect(book.xmlParts.map((p) => p.id)).toEqual(["v2", "old"]);
      const saved = await saveCatalogsToWorkbook(registry, { excel: book.excel });
      expect(saved.syncs).toBe(3);
      expect(book.xmlParts.map((p) => p.xml === newerFormat)).toEqual([true, false]);
      expect(book.xmlParts).toHaveLength(2);
    });

    it("characters XML cannot hold never reach the part", () => {
      const odd = { ...newerCatalog, id: "odd-chars", title: "a\uFFFEb\uFFFF" };
      const xml = stateToXml({ formatVersion: 1, defaultId: "odd-chars", catalogs: [odd] });
      expect(/[\uFFFE\uFFFF]/.test(xml)).toBe(false);
      expect(xmlToState(xml).catalogs[0].title).toBe("a\uFFFEb\uFFFF");
    });

    it("the size cap is measured as the request carries the part (JSON-escaped)", () => {
      const xml = stateToXml({ formatVersion: 1, defaultId: "x", catalogs: [newerCatalog] });
      expect(requestBytes(xml)).toBeGreaterThan(new TextEncoder().encode(xml).length);
    });
  });

  it("too large to store: refused with a message, nothing written", async () => {
    const book = createMockWorkbook();
    const registry = baseRegistry();
    // Versions of 480 items each (the most one version may have): together too large to store.
    const items = Array.from({ length: 480 }, (_, i) => ({
      ...newerCatalog.products.ocr!.billingItems[0],
      id: `big.${i}`,
      name: `item ${i} ${"x".repeat(900)}`.slice(0, 100),
      interfaces: [
        { name: `i${i}`, aliases: Array.from({ length: 10 }, (_, j) => `alias ${i} ${j} ${"y".repeat(80)}`) },
      ],
    }));
    for (let v = 1; v <= 7; v++) {
      const big = {
        ...newerCatalog,
        id: `big-${v}`,
        products: { ocr: { ...newerCatalog.products.ocr!, effectiveDate: `2024-0${v}-01`, billingItems: items } },
      };
      expect(loadCatalog(registry, big).ok).toBe(true);
    }
    await expect(saveCatalogsToWorkbook(registry, { excel: book.excel })).rejects.toThrow(
      /as Excel receives them, more than the 4,500,000 a workbook can store/,
    );
    expect(book.log.syncs).toBe(0);
  });

  it("near the cap: saves succeed and say so from 80% on, before the cap refuses one (in the pane's language)", async () => {
    const book = createMockWorkbook();
    const registry = baseRegistry();
    const items = Array.from({ length: 480 }, (_, i) => ({
      ...newerCatalog.products.ocr!.billingItems[0],
      id: `big.${i}`,
      name: `item ${i}`,
      interfaces: [
        { name: `i${i}`, aliases: Array.from({ length: 5 }, (_, j) => `alias ${i} ${j} ${"y".repeat(80)}`) },
      ],
    }));
    const saves: { bytes: number; warned: boolean }[] = [];
    for (let v = 1; v <= 20; v++) {
      const big = {
        ...newerCatalog,
        id: `big-${v}`,
        products: {
          ocr: {
            ...newerCatalog.products.ocr!,
            effectiveDate: `2024-01-${String(v).padStart(2, "0")}`,
            billingItems: items,
          },
        },
      };
      expect(loadCatalog(registry, big).ok).toBe(true);
      const saved = await saveCatalogsToWorkbook(registry, { excel: book.excel, lang: v % 2 ? "en" : "zh" }).catch(
        () => null,
      );
      if (!saved) break;
      saves.push({ bytes: saved.bytes, warned: saved.warning !== null });
      if (saved.warning)
        expect(saved.warning).toMatchObject({
          where: "$",
          code: "store-near-limit",
          message: v % 2 ? expect.stringMatching(/% of the 4,500,000/) : expect.stringMatching(/上限/),
        });
    }
    const warned = saves.filter((s) => s.warned);
    expect(warned.length).toBeGreaterThan(0);
    expect(saves.length).toBeLessThan(20); // and then the cap refused one
    for (const s of saves) expect(s.warned).toBe(s.bytes >= 0.8 * MAX_STATE_BYTES);
  });

  it("default change: stored, and this workbook's TCLOUD formulas re-run; an unknown id changes nothing", async () => {
    const book = createMockWorkbook(["Sheet1", "Other"]);
    const sheet1 = book.cells.get("Sheet1")!;
    sheet1.set("B2", { value: "#N/A", formula: '=TCLOUD.OCR_COST("身份证识别",A2)' }); // in an error state
    sheet1.set("C2", { value: 900, formula: '=tcloud.ocr_cost("身份证识别",10000)' });
    sheet1.set("D2", { value: 3, formula: "=SUM(A1:A2)" }); // not ours: untouched
    sheet1.set("A2", { value: 10000, formula: null });
    book.cells.get("Other")!.set("E9", { value: 1, formula: "=1+TCLOUD.FACE_FREEZE(1)" });
    const registry = testRegistry();
    await setDefaultVersion(registry, "literal-new", { excel: book.excel });
    expect(registry.defaultId).toBe("literal-new");
    // No application.calculate: it would recalculate every open workbook.
    expect(book.log.calculations).toEqual([]);
    expect(book.log.formulaWrites.sort()).toEqual(["Other!E9", "Sheet1!B2", "Sheet1!C2"]);
    expect(sheet1.get("B2")!.formula).toBe('=TCLOUD.OCR_COST("身份证识别",A2)');
    expect(sheet1.get("D2")!.formula).toBe("=SUM(A1:A2)");
    expect(xmlToState(book.xmlParts[0].xml).defaultId).toBe("literal-new");
    await expect(setDefaultVersion(registry, "nope", { excel: book.excel })).rejects.toThrow(
      /no catalog version "nope"/,
    );
    expect(registry.defaultId).toBe("literal-new");
  });

  it("Office failures are reported with what failed and the default is rolled back", async () => {
    const book = createMockWorkbook();
    const registry = testRegistry();
    book.failNextSync(Object.assign(new Error("Access denied"), { code: "AccessDenied" }));
    await expect(setDefaultVersion(registry, "literal-new", { excel: book.excel })).rejects.toThrow(
      /Saving the catalogs in the workbook failed: AccessDenied: Access denied/,
    );
    expect(registry.defaultId).toBe("literal-test");
  });
});

describe("reading ranges", () => {
  it("the selected forecast: header skipped, blanks skipped, problems with addresses", async () => {
    const book = createMockWorkbook(["Sheet1"], {
      address: "'My Sheet'!B3:D8",
      values: [
        ["interface", "calls", "prepaid"],
        ["身份证识别", 9000, ""],
        ["", "", ""],
        ["IDCardOCR", "1,500", 200],
        ["人员搜索", -1, ""],
        ["", 5, ""],
      ],
    });
    const read = await readSelectedForecast({ excel: book.excel });
    expect(read.address).toBe("'My Sheet'!B3:D8");
    expect(read.rows).toEqual([
      { api: "身份证识别", volume: 9000 },
      { api: "IDCardOCR", volume: 1500, prepaid: 200 },
    ]);
    expect(read.problems).toEqual([
      { cell: "My Sheet!C7", code: "grid-not-count", message: "the volume -1 is not a whole, non-negative number" },
      { cell: "My Sheet!B8", code: "range-no-name", message: "a volume without an interface name" },
    ]);
    expect(book.log.syncs).toBe(1);
    // The same problems in the pane's Chinese: the same codes, the value quoted as typed.
    const zh = await readSelectedForecast({ excel: book.excel, lang: "zh" });
    expect(zh.problems).toEqual([
      { cell: "My Sheet!C7", code: "grid-not-count", message: "调用量 -1 不是非负整数" },
      { cell: "My Sheet!B8", code: "range-no-name", message: "有调用量但没有接口名称" },
    ]);
  });

  it("parses addresses", () => {
    expect(parseAddress("Sheet1!$AB$12:$AC$14")).toEqual({ sheet: "Sheet1", column: 27, row: 12 });
    expect(parseAddress("'It''s'!A1")).toEqual({ sheet: "It's", column: 0, row: 1 });
  });

  it("catalog sheet round trip through Excel: export, write, read back, rebuild", async () => {
    const book = createMockWorkbook();
    const table = catalogToTable(newerCatalog, { generatedAt: GENERATED_AT });
    const stats = await writeComparisonSheet(table, { excel: book.excel });
    const grid = await readSheetGrid(stats.sheetName, { excel: book.excel });
    grid[1][1] = "edited-copy";
    const result = tableToCatalog(grid, newerCatalog, { sheetName: stats.sheetName });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.catalog).toEqual({ ...newerCatalog, id: "edited-copy" });
  });

  it("reading a missing sheet fails loudly", async () => {
    await expect(readSheetGrid("Nope", { excel: createMockWorkbook().excel })).rejects.toThrow(
      /Reading the sheet "Nope" failed: .*ItemNotFound/,
    );
  });
});

describe("Plan sheet (issue 4)", () => {
  it("writes the cheapest plan as a sheet", async () => {
    const book = createMockWorkbook();
    const stats = await writePlanSheet(
      testRegistry(),
      "身份证识别",
      Array(12).fill(25000),
      "literal-test",
      [{ size: 100000, price: 3500 }],
      { excel: book.excel, generatedAt: GENERATED_AT },
    );
    expect(stats.sheetName).toBe("Plan 身份证识别");
    expect(stats.syncs).toBe(2);
    const cells = book.cells.get(stats.sheetName)!;
    const values = [...cells.entries()].filter(([, c]) => c.value === "plan total");
    expect(values.length).toBe(1);
    const row = values[0][0].slice(1);
    expect(cells.get(`D${row}`)!.value).toBe(10500);
  });
});
