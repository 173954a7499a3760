import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import Decimal from "decimal.js";
import { DIST } from "./distFunctions";

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS */
const decimalSubset = require("../scripts/build/decimal-subset-loader.js") as ((source: string) => string) & {
  REMOVED_NAMES: readonly string[];
};
/* eslint-enable @typescript-eslint/no-require-imports */

const SRC = path.resolve(__dirname, "..", "src");
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "__tests__" ? [] : sourceFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });

/** The add-in's bundles use decimal.js without trigonometry, logarithms and roots (scripts/build/decimal-subset-loader.js). */
describe("decimal.js subset in the add-in's bundles", () => {
  test("no source file the bundles are made of calls a removed method", () => {
    const calls: string[] = [];
    for (const file of sourceFiles(SRC)) {
      // Math.log, Math.sqrt, console.log are not decimal.js.
      const code = fs.readFileSync(file, "utf8").replace(/\b(Math|console)\.\w+\(/g, "");
      for (const name of decimalSubset.REMOVED_NAMES)
        if (new RegExp(`\\.${name}\\(`).test(code)) calls.push(`${path.relative(SRC, file)}: .${name}()`);
    }
    expect(calls).toEqual([]);
  });

  test("the methods kept are the library's own, and compute as the whole library does", () => {
    const source = fs.readFileSync(require.resolve("decimal.js/decimal.mjs"), "utf8");
    const subset = decimalSubset(source);
    expect(subset.length).toBeLessThan(0.8 * source.length);
    for (const name of decimalSubset.REMOVED_NAMES)
      expect(subset).not.toMatch(new RegExp(`\\n(P|  Decimal)\\.${name} = `));
    // The subset, evaluated as a script, against the whole library on the operations pricing uses.
    const sandbox = { module: { exports: undefined as unknown } };
    vm.runInNewContext(
      subset
        .replace("export var Decimal =", "var Decimal =")
        .replace("export default Decimal;", "module.exports = Decimal;"),
      sandbox,
    );
    const Small = sandbox.module.exports as typeof Decimal;
    expect(typeof (Small.prototype as unknown as Record<string, unknown>).sqrt).toBe("undefined");
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }))
      .map(([digits, scale]) => new Decimal(digits.toString()).div(10 ** scale).toFixed());
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, places, power) => {
          const [x, y, sx, sy] = [new Decimal(a), new Decimal(b), new Small(a), new Small(b)];
          const same = (whole: Decimal, part: Decimal): void => expect(part.toFixed()).toBe(whole.toFixed());
          same(x.plus(y), sx.plus(sy));
          same(x.minus(y), sx.minus(sy));
          same(x.times(y), sx.times(sy));
          if (!y.isZero()) same(x.div(y), sx.div(sy));
          same(x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP), sx.toDecimalPlaces(places, Small.ROUND_HALF_UP));
          same(x.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN), sx.toDecimalPlaces(places, Small.ROUND_HALF_EVEN));
          same(x.pow(power), sx.pow(power));
          same(Decimal.max(x, y), Small.max(sx, sy));
          expect([sx.floor().toFixed(), sx.ceil().toFixed(), sx.cmp(sy), sx.toNumber(), sx.toFixed(places)]).toEqual([
            x.floor().toFixed(),
            x.ceil().toFixed(),
            x.cmp(y),
            x.toNumber(),
            x.toFixed(places),
          ]);
        },
      ),
      { numRuns: 300 },
    );
    expect(new Small("0x1p3").toFixed()).toBe("8");
  });

  test("the built functions.js carries the subset (no 1,025-digit pi)", () => {
    const functions = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    expect(functions).not.toContain("3.14159265358979323846264338327950288419716939937510582097494459");
    expect(functions).toContain("[DecimalError]");
  });
});
