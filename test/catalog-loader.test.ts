import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { compileCatalog } from "../src/catalog/compile";
import { decompressText } from "../src/catalog/compressedText";
import type { Catalog } from "../src/catalog/types";

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS */
const loader = require("../scripts/build/catalog-loader.js") as {
  readVersions: (dir: string) => Record<string, unknown>;
  packSource: (versions: Record<string, unknown>) => string;
};
const { compressText } = require("../scripts/build/compress-text.js") as { compressText: (text: string) => string };
/* eslint-enable @typescript-eslint/no-require-imports */

const DATA = path.resolve(__dirname, "..", "src", "catalog", "data");
const FILES = fs.readdirSync(DATA).filter((f) => f.endsWith(".json"));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const roundTrip = (text: string): string => decompressText(compressText(text), text.length);

/** The shared catalog module as the bundles evaluate it, with the real decoder. */
function evaluatePack(): Record<string, unknown> {
  const sandbox = {
    module: { exports: undefined as unknown },
    require: (request: string) => {
      expect(request).toMatch(/compressedText\.ts$/);
      return { decompressText };
    },
    JSON,
  };
  vm.runInNewContext(loader.packSource(loader.readVersions(DATA)), sandbox);
  return sandbox.module.exports as Record<string, unknown>;
}

describe("compact catalog module", () => {
  const packed = evaluatePack();

  test("holds every data file, and nothing else", () => {
    expect(Object.keys(packed).sort()).toEqual([...FILES].sort());
  });

  test.each(FILES)("%s decodes to the file, key order and all, and compiles to the same model", (file) => {
    const source = fs.readFileSync(path.join(DATA, file), "utf8");
    expect(JSON.stringify(packed[file])).toBe(JSON.stringify(JSON.parse(source)));
    const decoded = compileCatalog(packed[file] as Catalog);
    expect(decoded).toEqual(compileCatalog(JSON.parse(source) as Catalog));
  });

  test("the versions together take under 40% of their JSON text", () => {
    const text = JSON.stringify(loader.readVersions(DATA));
    expect(Buffer.byteLength(compressText(text))).toBeLessThan(0.4 * Buffer.byteLength(text));
  });
});

describe("compressed text", () => {
  test("round-trips the mark, runs that overlap their copy, CJK and surrogate pairs", () => {
    for (const text of [
      "",
      "`",
      "``a`",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "通用印刷体识别通用印刷体识别",
      "😀😀😀😀😀😀x😀😀😀",
    ]) {
      expect(roundTrip(text)).toBe(text);
    }
    const long = "阶梯到达 tier ".repeat(5000) + "`".repeat(300);
    expect(roundTrip(long)).toBe(long);
  });

  test("round-trips any text, and its output is well-formed (never half a surrogate pair)", () => {
    const pieces = fc.constantFrom("`", "a", "ab", "识别", "😀", '"', "\\", "0.15", "\n");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        const text = parts.join("");
        const compressed = compressText(text);
        expect(LONE_SURROGATE.test(compressed)).toBe(false);
        expect(decompressText(compressed, text.length)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test("a wrong length is an error, not a silently cut text", () => {
    expect(() => decompressText(compressText("abcabcabc"), 8)).toThrow(/expected 8/);
  });
});
