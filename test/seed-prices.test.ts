import { call, forEachHost } from "./distFunctions";
import { htmlTables, pipeTables, priceOf, readSource, type Grid } from "./support/seedTables";

/**
 * Every price cell of both seed documents, read from the documents themselves (not from the
 * catalog JSON) and priced by the registered functions exactly as Excel calls them.
 */
const ocrDoc = readSource("ocr-pricing.md");
const [packTable, postpaidTable, qpsTable] = htmlTables(ocrDoc);
const [faceTable] = pipeTables(readSource("face-recognition-pricing.md"));

/** "1000次" → 1000, "1万次" → 10000, "1000万次" → 10000000. */
const packSize = (header: string): number => {
  const m = /^(\d+)(万)?次$/.exec(header.replace(/\s+/g, ""));
  if (!m) throw new Error(`not a pack size header: ${header}`);
  return Number(m[1]) * (m[2] ? 10000 : 1);
};

/** "0 ≤ 月调用量 < 1万" → [0, 10000]; "100万及以上" → [1000000, null]. */
const tierRange = (header: string): [number, number | null] => {
  const n = (s: string): number => Number(s.replace("万", "")) * (s.endsWith("万") ? 10000 : 1);
  const between = /^(\S+)\s*≤\s*月调用量\s*<\s*(\S+)$/.exec(header);
  if (between) return [n(between[1]), n(between[2])];
  const above = /^(\S+)及以上$/.exec(header);
  if (above) return [n(above[1]), null];
  throw new Error(`not a tier header: ${header}`);
};

const rowsOf = (grid: Grid) => grid.slice(1).map(([category, api, item, ...cells]) => ({ category, api, item, cells }));

/** Names printed under two billing items price by the billing item's name instead (rule 7). */
const interfaceAmbiguous = (api: string, grid: Grid): boolean =>
  new Set(grid.filter((row) => row[1] === api).map((row) => row[2])).size > 1;

/** The expected postpaid charge, computed from the document's words and a decimal-free integer path. */
const expectedCost = (price: string, postpaidCalls: number): number => {
  const [whole, frac = ""] = price.split(".");
  const scaled = BigInt(whole + frac.padEnd(4, "0")) * BigInt(postpaidCalls);
  return Number(scaled) / 10000;
};

forEachHost(() => {
  describe("ocr-pricing.md: every pack list price (刊例价)", () => {
    const sizes = packTable[0].slice(3).map(packSize);
    test("the table has the five pack sizes of the document", () =>
      expect(sizes).toEqual([1000, 10000, 100000, 1000000, 10000000]));
    const cases = rowsOf(packTable).flatMap(({ api, item, cells }) =>
      cells.map((cell, i) => [interfaceAmbiguous(api, packTable) ? item : api, item, sizes[i], cell] as const),
    );
    test.each(cases)("OCR_PACK_PRICE(%p, %p) [billing item %s... ] matches %p", (api, _item, size, cell) => {
      const price = priceOf(cell);
      const result = call("OCR_PACK_PRICE", api, size, null);
      if (price === null) {
        expect(result.code).toBe("#N/A");
        expect(result.message).toMatch(/联系商务/);
      } else {
        expect(result).toEqual({ value: Number(price) });
      }
    });
  });

  describe("ocr-pricing.md: every postpaid unit price, at both edges of every tier", () => {
    const ranges = postpaidTable[0].slice(3).map(tierRange);
    test("the tiers are the four of the document", () =>
      expect(ranges).toEqual([
        [0, 10000],
        [10000, 100000],
        [100000, 1000000],
        [1000000, null],
      ]));
    const cases = rowsOf(postpaidTable).flatMap(({ api, item, cells }) =>
      cells.flatMap((cell, i) => {
        const [from, to] = ranges[i];
        const name = interfaceAmbiguous(api, postpaidTable) ? item : api;
        const edges = [Math.max(from, 1), to === null ? from * 7 : to - 1];
        return edges.map((volume) => [name, volume, cell] as const);
      }),
    );
    test.each(cases)("OCR_UNIT_PRICE(%p, %p) is %p and OCR_COST agrees", (api, volume, cell) => {
      const price = priceOf(cell);
      const unit = call("OCR_UNIT_PRICE", api, volume, null);
      const cost = call("OCR_COST", api, volume, null, null);
      // 增值税发票核验 has no monthly free quota (its one-time 50-call pack is not monthly).
      const free = api.startsWith("增值税发票核验") ? 0 : 1000;
      if (price === null) {
        expect(unit.code).toBe("#N/A");
        expect(cost.code).toBe("#N/A");
        expect(cost.message).toMatch(/no list price/);
      } else {
        expect(unit).toEqual({ value: Number(price) });
        expect(cost).toEqual({ value: expectedCost(price, Math.max(volume - free, 0)) });
      }
    });
    test("the bare name 混贴票据识别 is ambiguous and names both billing items", () => {
      const result = call("OCR_COST", "混贴票据识别", 5000, null, null);
      expect(result.code).toBe("#VALUE!");
      expect(result.message).toMatch(/通用票据识别（大票）/);
      expect(result.message).toMatch(/通用票据识别（小票）/);
    });
  });

  describe("ocr-pricing.md: every QPS add-on price", () => {
    const band = (cell: string): number => {
      const low = /^(\d+)<=QPS/.exec(cell) ?? /^QPS>=(\d+)$/.exec(cell);
      if (!low) throw new Error(`not a QPS band: ${cell}`);
      return Math.max(Number(low[1]), 1);
    };
    const caps: Record<string, number> = {};
    for (const m of ocrDoc.matchAll(/([ABC])类：(\d+)/g)) caps[m[1]] = Number(m[2]);
    test("the document states caps for the three classes", () =>
      expect(Object.keys(caps).sort()).toEqual(["A", "B", "C"]));

    // Each class's bands come from every row of its block (the interface column is independent of the bands).
    const classes = new Map<string, Array<[number, string, string]>>();
    for (const [, cls, qps, day, month] of qpsTable.slice(1)) {
      const id = /([ABC])类/.exec(cls)![1];
      const list = classes.get(id) ?? [];
      if (!list.some(([q]) => q === band(qps))) list.push([band(qps), day, month]);
      classes.set(id, list);
    }
    const cases = qpsTable.slice(1).flatMap(([api, cls]) => {
      const id = /([ABC])类/.exec(cls)![1];
      return (classes.get(id) ?? [])
        .filter(([qps]) => qps <= caps[id])
        .map(([qps, day, month]) => [api, id, qps, day, month] as const);
    });
    test.each(cases)("QPS_COST(%p) class %s at %p QPS: %p per day, %p per month", (api, _id, qps, day, month) => {
      // A name under two billing items (混贴票据识别) still has one QPS class: it prices.
      expect(call("QPS_COST", api, qps, 3, "day", null)).toEqual({ value: qps * 3 * Number(priceOf(day)) });
      expect(call("QPS_COST", api, qps, 2, "month", null)).toEqual({ value: qps * 2 * Number(priceOf(month)) });
    });
    test.each(Object.entries(caps))("class %s: one QPS above the cap of %p is #VALUE!", (id, cap) => {
      const api = qpsTable.slice(1).find((row) => row[1].includes(`${id}类`))![0];
      expect(call("QPS_COST", api, cap + 1, 1, "day", null).code).toBe("#VALUE!");
      expect(call("QPS_COST", api, cap, 1, "day", null).value).toBeGreaterThan(0);
    });
  });

  describe("face-recognition-pricing.md: every unit price (元/张), no free quota", () => {
    const tiers: Array<[number, number | null]> = [
      [0, 3000000],
      [3000000, 15000000],
      [15000000, null],
    ];
    test("the document's tier rows are 0-300万, 300万-1500万, 1500万以上", () =>
      expect(faceTable.slice(2).map((row) => row[0])).toEqual(["0-300万", "300万-1500万", "1500万以上"]));
    const cases = faceTable[0].slice(1).flatMap((item, c) =>
      tiers.flatMap(([from, to], t) => {
        const cell = faceTable[2 + t][c + 1];
        return [Math.max(from, 1), to === null ? from * 3 : to - 1].map((volume) => [item, volume, cell] as const);
      }),
    );
    test.each(cases)("FACE_UNIT_PRICE(%p, %p) is %p and FACE_COST charges every image", (item, volume, cell) => {
      const price = priceOf(cell) as string;
      expect(call("FACE_UNIT_PRICE", item, volume, null)).toEqual({ value: Number(price) });
      expect(call("FACE_COST", item, volume, null, null)).toEqual({ value: expectedCost(price, volume) });
    });
    test.each(faceTable[1].slice(1).map((cell, c) => [faceTable[0][c + 1], cell] as const))(
      "%p bills the interfaces %p",
      (item, cell) => {
        for (const api of cell.split("，")) {
          const result = call("FACE_UNIT_PRICE", api.trim(), 100, null);
          if (api.trim() === item) expect(result.value).toBeGreaterThan(0);
          // 个体创建 and 增加人脸 are billed under both 人脸验证 and 人脸检索: the bare name must say so.
          else expect(result.code === "#VALUE!" ? result.message : "priced").toMatch(item);
        }
      },
    );
  });
});
