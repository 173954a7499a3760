/**
 * One rule, one place: the same question gets the same number from every function, in every
 * embedded catalog version, as Excel calls the built add-in.
 */
import fc from "fast-check";
import { EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { compileCatalog } from "../src/catalog/compile";
import { monthlyCharge } from "../src/core/charges/monthly";
import type { ItemModel, ProductModel } from "../src/core/model";
import { firstMonthInTier } from "../src/core/tiers";
import { call, forEachHost } from "./distFunctions";

const products: ProductModel[] = EMBEDDED_CATALOGS.flatMap((catalog) => {
  const model = compileCatalog(catalog);
  return [model.products.ocr, model.products.face].filter((p): p is ProductModel => p !== undefined);
});

const FN = { ocr: { cost: "OCR_COST", unit: "OCR_UNIT_PRICE" }, face: { cost: "FACE_COST", unit: "FACE_UNIT_PRICE" } };

/** Volumes at both sides of every tier's first month, the free quota's edge and 0. */
function edgeVolumes(item: ItemModel): number[] {
  const out = new Set<number>([0, 1, item.monthlyFreeQuota, item.monthlyFreeQuota + 1]);
  item.postpaid.tiers.forEach((_, i) => {
    const first = firstMonthInTier(item.postpaid, i, item.monthlyFreeQuota);
    for (const v of [first - 1, first, first + 1]) if (v >= 0) out.add(v);
  });
  return [...out].sort((a, b) => a - b);
}

/** COST = UNIT_PRICE × postpaid calls wherever the tier has a price; both fail together where it has none. */
function checkMonth(product: ProductModel, item: ItemModel, volume: number): void {
  const { cost, unit } = FN[product.kind];
  const costCell = call(cost, item.name, volume, null, product.catalogId);
  const unitCell = call(unit, item.name, volume, product.catalogId);
  const charge = (() => {
    try {
      return monthlyCharge(product, item, volume, 0);
    } catch {
      return null;
    }
  })();
  const where = `${product.catalogId} ${item.name} at ${volume}`;
  if (charge === null) {
    expect([where, costCell.code]).toEqual([where, "#N/A"]);
    expect([where, unitCell.code]).toEqual([where, "#N/A"]);
    return;
  }
  if (unitCell.code !== undefined) {
    // No price at this tier: nothing is postpaid (else COST failed too), and UNIT_PRICE says so.
    expect([where, unitCell.code, charge.postpaidCalls]).toEqual([where, "#N/A", 0]);
    return;
  }
  const expected = charge.unitPrice!.times(charge.postpaidCalls).toNumber();
  expect([where, costCell.value]).toEqual([where, expected]);
  expect([where, unitCell.value]).toEqual([where, charge.unitPrice!.toNumber()]);
}

forEachHost(() => {
  describe("COST = UNIT_PRICE × postpaid calls, in every embedded catalog", () => {
    for (const product of products) {
      describe(`${product.catalogId} ${product.kind}`, () => {
        test.each(product.items.map((item) => [item.name, item] as const))("%s: every tier edge", (_name, item) => {
          for (const volume of edgeVolumes(item)) checkMonth(product, item, volume);
        });
        test("random volumes", () => {
          fc.assert(
            fc.property(fc.constantFrom(...product.items), fc.integer({ min: 0, max: 60_000_000 }), (item, volume) => {
              checkMonth(product, item, volume);
            }),
            { numRuns: 150 },
          );
        });
      });
    }

    test("the issue's case: 2020 face 人脸比对 at 3,005,000 images", () => {
      expect(call("FACE_UNIT_PRICE", "人脸比对", 3005000, "tencent-2020-face")).toEqual({ value: 0.0032 });
      expect(call("FACE_COST", "人脸比对", 3005000, null, "tencent-2020-face")).toEqual({ value: 9584 });
    });
  });

  describe("results are finite and never -0", () => {
    test("a freeze too large for a double is #NUM!, not Infinity", () => {
      expect(call("FACE_FREEZE", 1.7976931348623157e308, null).code).toBe("#NUM!");
    });
    test("-0 in is 0 out", () => {
      const freeze = call("FACE_FREEZE", -0, null).value;
      expect(Object.is(freeze, 0)).toBe(true);
      const next = call("OCR_NEXT_TIER", "身份证识别", -0, null).value as number[][];
      expect(Object.is(next[0][0], 0)).toBe(true);
      expect(Object.is(next[0][1], 0)).toBe(true);
    });
    test("OCR_PLAN with pack prices beyond a double is #NUM!, no Infinity cell", () => {
      const result = call("OCR_PLAN", "身份证识别", [[2_000_000]], [[100000, 1.7976931348623157e308]], null);
      if (result.code === undefined) {
        const cells = (result.value as unknown[][]).flat();
        expect(cells.every((c) => typeof c !== "number" || Number.isFinite(c))).toBe(true);
      } else expect(result.code).toBe("#NUM!");
      const huge = call(
        "OCR_PLAN",
        "身份证识别",
        [[900_000]],
        [
          [1000, 1e308],
          [10000, 1e308],
          [100000, 1e308],
        ],
        null,
      );
      const cells = huge.code === undefined ? (huge.value as unknown[][]).flat() : [];
      expect(cells.every((c) => typeof c !== "number" || Number.isFinite(c))).toBe(true);
    });
  });

  describe("not-billed interfaces and free betas", () => {
    test("2020 face 人员库 interfaces other than 创建人员 and 增加人脸 price at 0, and PRICES says why", () => {
      expect(call("FACE_COST", "获取人员列表", 1000000, null, "tencent-2020-face")).toEqual({ value: 0 });
      expect(call("FACE_UNIT_PRICE", "GetGroupList", 1000000, "tencent-2020-face")).toEqual({ value: 0 });
      const rows = call("PRICES", "获取人员列表", "tencent-2020-face").value as unknown[][];
      expect(rows[1][0]).toBe("not billed");
      expect(String(rows[1][4])).toMatch(/not billed.*人员库管理/);
      const group = call("PRICES", "人员库管理", "tencent-2020-face").value as unknown[][];
      expect(String(group[1][4])).toMatch(/not billed: 获取人员库列表, 获取人员列表/);
    });
    test("free-beta services say so, not contact sales", () => {
      for (const [fnName, api, catalog] of [
        ["FACE_COST", "人员查重", "tencent-2020-face"],
        ["OCR_COST", "火车票识别", "tencent-2019-ocr"],
      ]) {
        const result = call(fnName, api, 100, null, catalog);
        expect(result.code).toBe("#N/A");
        expect(result.message).toMatch(/free public beta/);
        expect(result.message).not.toMatch(/contact sales|联系商务/);
      }
    });
  });
});
