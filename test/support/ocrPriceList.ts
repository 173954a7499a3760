import { readFileSync } from "fs";
import { join } from "path";
import { excelCode } from "../../src/core/__tests__/fixtures";
import type { ItemModel, ProductModel } from "../../src/core/model";
import { nameKey } from "../../src/core/names";
import { packPrice } from "../../src/core/packPrice";
import { matchName, resolveItem } from "../../src/core/resolve";
import { unitPriceAt } from "../../src/core/charges/monthly";
import { count, dec, isCountHead, namesOf, pricingError, tierRange, volumesIn } from "./ocrHistory";
import { htmlTables, priceOf, SOURCES_DIR, type Grid } from "./seedTables";

/**
 * The 计费概述 pages of late 2020 and late 2021 share one table layout (服务类别, 接口名称,
 * 资源包名称/计费项名称, then prices): read here once, checked cell by cell through the core.
 */

/** Not sold in that size. */
export const NOT_SOLD = "——";

export interface Row {
  readonly category: string;
  readonly iface: string;
  readonly item: string;
  readonly cells: readonly string[];
}
export interface PriceTable {
  readonly heads: readonly string[];
  readonly rows: readonly Row[];
}

/** The page's pack and postpaid tables; `repair` fixes a cell the page misprints (and says so in its test). */
export function priceListTables(doc: string, repair: (cell: string) => string = (cell) => cell) {
  const readTable = (grid: Grid): PriceTable => ({
    heads: grid[0].slice(3),
    rows: grid.slice(1).map((r) => ({ category: r[0], iface: r[1], item: r[2], cells: r.slice(3).map(repair) })),
  });
  const grids = htmlTables(doc);
  const packTables = grids.filter((g) => g[0].slice(3).length > 0 && g[0].slice(3).every(isCountHead)).map(readTable);
  const postpaidTables = grids
    .filter((g) => g[0].slice(3).length > 0 && g[0].slice(3).every((h) => tierRange(h) !== null))
    .map(readTable);
  const allRows = [...packTables, ...postpaidTables].flatMap((t) => t.rows);
  /** Interface → billing items it is listed under, in any table. */
  const itemsOfInterface = new Map<string, Set<string>>();
  for (const row of allRows) {
    const key = nameKey(row.iface);
    if (!itemsOfInterface.has(key)) itemsOfInterface.set(key, new Set());
    itemsOfInterface.get(key)!.add(nameKey(row.item));
  }
  const ambiguous = (iface: string): boolean => itemsOfInterface.get(nameKey(iface))!.size > 1;
  return { grids, packTables, postpaidTables, allRows, itemsOfInterface, ambiguous };
}

/** Checks of one row against the product: its names resolve as the tables list them, its pack cells price as printed. */
export function rowCheckers(product: ProductModel, tables: ReturnType<typeof priceListTables>) {
  const item = (name: string): ItemModel => resolveItem(product, name);
  /** The interface of a row bills as the row's billing item; a name listed under several items is ambiguous. */
  function checkResolution(row: Row): ItemModel {
    const billed = item(row.item);
    expect(namesOf(billed)).toContain(nameKey(row.item));
    if (tables.ambiguous(row.iface)) {
      const error = pricingError(() => item(row.iface));
      expect(excelCode(error)).toBe("VALUE");
      for (const other of tables.itemsOfInterface.get(nameKey(row.iface))!)
        expect(nameKey(error.message)).toContain(other);
      expect(matchName(product, row.iface).map((m) => m.item)).toContain(billed);
    } else {
      expect([row.iface, item(row.iface).id]).toEqual([row.iface, billed.id]);
    }
    return billed;
  }
  function checkPackRow(table: PriceTable, row: Row): void {
    const billed = checkResolution(row);
    row.cells.forEach((cell, i) => {
      const size = count(table.heads[i]);
      if (cell === NOT_SOLD) {
        expect([size, excelCode(pricingError(() => packPrice(product, billed, size)))]).toEqual([size, "VALUE"]);
        return;
      }
      const price = priceOf(cell);
      if (price === null)
        expect([size, excelCode(pricingError(() => packPrice(product, billed, size)))]).toEqual([size, "NA"]);
      else expect([size, packPrice(product, billed, size).toFixed()]).toEqual([size, dec(price)]);
    });
  }
  return { item, checkResolution, checkPackRow };
}

/**
 * The every-cell tests both pages share: each row of the two pack tables, and each postpaid cell
 * at volumes inside its tier (联系商务 cells are #N/A saying so).
 */
export function describeEveryCell(product: ProductModel, tables: ReturnType<typeof priceListTables>): void {
  const { checkResolution, checkPackRow } = rowCheckers(product, tables);
  const [mainPacks, verifyPacks] = tables.packTables;
  const [postpaid] = tables.postpaidTables;
  const tierRanges = postpaid.heads.map((h) => tierRange(h)!);

  describe("pack table (资源包名称), every cell", () => {
    test.each(mainPacks.rows.map((r, i) => [`${i + 1}. ${r.iface} → ${r.item}`, r] as const))("%s", (_label, row) =>
      checkPackRow(mainPacks, row),
    );
  });

  describe("核验产品资源包价格 table, every cell (—— = size not sold)", () => {
    test.each(verifyPacks.rows.map((r) => [`${r.iface} → ${r.item}`, r] as const))("%s", (_label, row) =>
      checkPackRow(verifyPacks, row),
    );
  });

  describe("postpaid table (计费项名称), every cell", () => {
    test.each(postpaid.rows.map((r, i) => [`${i + 1}. ${r.iface} → ${r.item}`, r] as const))("%s", (_label, row) => {
      const billed = checkResolution(row);
      row.cells.forEach((cell, t) => {
        const price = priceOf(cell);
        for (const volume of volumesIn(tierRanges[t])) {
          if (price === null) {
            const error = pricingError(() => unitPriceAt(product, billed, volume));
            expect(excelCode(error)).toBe("NA");
            expect(error.message).toMatch(/联系商务/);
          } else {
            expect([volume, unitPriceAt(product, billed, volume).toFixed()]).toEqual([volume, dec(price)]);
          }
        }
      });
    });
  });
}

/**
 * The names and API actions tests both pages share: the billing items and interfaces are exactly
 * those the tables print, and every action of ocr-actions.tsv resolves to the item its name does
 * (at least `minimumMapped` of them name a printed interface).
 */
export function describeNamesAndActions(
  product: ProductModel,
  doc: string,
  tables: ReturnType<typeof priceListTables>,
  minimumMapped: number,
): void {
  const { allRows } = tables;
  const { item } = rowCheckers(product, tables);
  describe("names and API actions", () => {
    const tsv = readFileSync(join(SOURCES_DIR, "api-names", "ocr-actions.tsv"), "utf8")
      .split("\n")
      .slice(1)
      .filter((l) => l.trim() !== "")
      .map((l) => l.split("\t"))
      .map(([action, name]) => ({ action, name }));
    const docKey = nameKey(doc);

    test("the billing items are exactly the 资源包名称 / 计费项名称 the tables print", () => {
      expect(new Set(product.items.map((i) => nameKey(i.name)))).toEqual(new Set(allRows.map((r) => nameKey(r.item))));
    });
    test("the interfaces are exactly the 接口名称 the tables print", () => {
      const inCatalog = new Set(product.items.flatMap((i) => i.interfaces.map((f) => nameKey(f.name))));
      expect(inCatalog).toEqual(new Set(allRows.map((r) => nameKey(r.iface))));
      for (const key of inCatalog) expect(docKey).toContain(key);
    });
    test("every action is a row of ocr-actions.tsv whose name is the interface's name or alias", () => {
      const byAction = new Map(tsv.map((r) => [r.action, r.name]));
      for (const it of product.items) {
        for (const iface of it.interfaces) {
          for (const action of iface.actions ?? []) {
            expect([action, byAction.has(action)]).toEqual([action, true]);
            expect([iface.name, ...(iface.aliases ?? [])].map(nameKey)).toContain(nameKey(byAction.get(action)!));
          }
        }
      }
    });
    test("every tsv action whose name is a printed interface is mapped to it", () => {
      let mapped = 0;
      for (const { action, name } of tsv) {
        const matches = product.byName.get(nameKey(name));
        if (!matches) continue;
        mapped += 1;
        const ids = (list: readonly { item: ItemModel }[]) => [...new Set(list.map((m) => m.item.id))].sort();
        expect([action, ids(matchName(product, action))]).toEqual([action, ids(matches)]);
      }
      expect(mapped).toBeGreaterThanOrEqual(minimumMapped);
      expect(item("CarInvoiceOCR").name).toBe("通用票据识别（大票）");
      expect(item("QueryBarCode").name).toBe("条码信息查询");
    });
  });
}
