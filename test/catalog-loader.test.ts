import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import { compileCatalog } from "../src/catalog/compile";
import { decompressText, lazyBytes, utf8Text } from "../src/catalog/compressedText";
import { byteChunks, inflate } from "../src/catalog/inflate";
import { packedDocuments } from "../src/catalog/packedCatalogs";
import type { Catalog } from "../src/catalog/types";

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS */
const loader = require("../scripts/build/catalog-loader.js") as {
  readVersions: (dir: string) => Record<string, unknown>;
  packSource: (versions: Record<string, unknown>) => string;
  textOrder: (versions: Record<string, unknown>) => string[];
  packVersions: (versions: Record<string, unknown>) => { packed: string; entries: Array<[string, number]> };
};
const { compressText, ALPHABET } = require("../scripts/build/compress-text.js") as {
  compressText: (text: string) => string;
  ALPHABET: string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const DATA = path.resolve(__dirname, "..", "src", "catalog", "data");
const FILES = fs.readdirSync(DATA).filter((f) => f.endsWith(".json"));
const roundTrip = (text: string): string => decompressText(compressText(text), Buffer.byteLength(text));

/** The shared catalog module as the bundles evaluate it, with the real decoder. */
function evaluatePack(): Record<string, Record<string, unknown>> {
  const sandbox = {
    module: { exports: undefined as unknown },
    require: (request: string) => {
      expect(request).toMatch(/packedCatalogs\.ts$/);
      return { packedDocuments };
    },
  };
  vm.runInNewContext(loader.packSource(loader.readVersions(DATA)), sandbox);
  return sandbox.module.exports as Record<string, Record<string, unknown>>;
}

describe("compact catalog module", () => {
  test("holds every data file, and nothing else", () => {
    expect(Object.keys(evaluatePack()).sort()).toEqual([...FILES].sort());
  });

  test.each(FILES)("%s decodes to the file, key order and all, and compiles to the same model", (file) => {
    const packed = evaluatePack();
    const source = fs.readFileSync(path.join(DATA, file), "utf8");
    expect(JSON.stringify(packed[file])).toBe(JSON.stringify(JSON.parse(source)));
    const decoded = compileCatalog(packed[file] as unknown as Catalog);
    expect(decoded).toEqual(compileCatalog(JSON.parse(source) as Catalog));
  });

  test("a version's id is there without decoding; the newest version decodes from a prefix alone", () => {
    const versions = loader.readVersions(DATA);
    const { packed, entries } = loader.packVersions(versions);
    const order = loader.textOrder(versions);
    expect(entries.map((e) => e[0])).toEqual(order);
    // Newest first: the default version (the latest dates) is the first in the text.
    expect(order[0]).toBe("tencent-current.json");
    const total = entries.reduce((sum, e) => sum + e[1], 0);
    const first = entries[0][1];
    // Decoding stops at the first version's end: the rest of the output is still zero.
    const prefix = inflate(
      byteChunks(zlib.deflateRawSync(Buffer.from(order.map((n) => JSON.stringify(versions[n])).join("")))),
      8,
      total,
      first,
    );
    expect(prefix.subarray(first + 300).every((b) => b === 0)).toBe(true);
    expect(JSON.parse(utf8Text(prefix, 0, first))).toEqual(versions[order[0]]);
    // Through the module: ids at once; reading a field decodes the version.
    const documents = packedDocuments(packed, entries as never);
    for (const file of order)
      expect(Object.getOwnPropertyDescriptor(documents[file], "id")?.value).toBe((versions[file] as { id: string }).id);
    expect(typeof Object.getOwnPropertyDescriptor(documents[order[1]], "title")?.get).toBe("function");
    expect(documents[order[1]].title).toBe((versions[order[1]] as { title: string }).title);
    expect(Object.getOwnPropertyDescriptor(documents[order[1]], "title")?.get).toBeUndefined();
  });

  test("bytes are decoded at most twice: up to the first end asked for, then all of them", () => {
    const text = JSON.stringify(loader.readVersions(DATA));
    const size = Buffer.byteLength(text);
    const bytesTo = lazyBytes(compressText(text), size);
    const first = bytesTo(1000);
    expect(bytesTo(900)).toBe(first);
    const all = bytesTo(2000);
    expect(all).not.toBe(first);
    expect(utf8Text(all, 0, size)).toBe(text);
    expect(bytesTo(size)).toBe(all);
  });

  test("the versions together take under a fifth of their JSON text", () => {
    const versions = loader.readVersions(DATA);
    const text = JSON.stringify(versions);
    expect(Buffer.byteLength(loader.packVersions(versions).packed)).toBeLessThan(0.2 * Buffer.byteLength(text));
  });
});

describe("compressed text", () => {
  test("is printable ASCII with no quote, backslash or backtick (one byte a character, no escapes)", () => {
    expect(ALPHABET).toHaveLength(91);
    const packed = compressText(JSON.stringify(loader.readVersions(DATA)));
    expect(packed).toMatch(/^[ !#-&(-[\]-_a-~]*$/);
  });

  test("round-trips empty text, runs that overlap their copy, CJK and surrogate pairs", () => {
    for (const text of [
      "",
      "`",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "通用印刷体识别通用印刷体识别",
      "😀😀😀😀😀😀x😀😀😀",
    ]) {
      expect(roundTrip(text)).toBe(text);
    }
    const long = "阶梯到达 tier ".repeat(5000) + "`".repeat(300);
    expect(roundTrip(long)).toBe(long);
  });

  test("round-trips any text", () => {
    const pieces = fc.constantFrom("`", "a", "ab", "识别", "😀", '"', "\\", "0.15", "\n", "%");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        const text = parts.join("");
        expect(roundTrip(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test("inflate reads what zlib writes: fixed, dynamic and stored blocks", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(0, 1, 6, 9), (bytes, level) => {
        const deflated = zlib.deflateRawSync(bytes, { level });
        expect(Buffer.from(inflate(byteChunks(deflated), 8, bytes.length))).toEqual(Buffer.from(bytes));
      }),
      { numRuns: 200 },
    );
    const text = Buffer.from("tier ".repeat(20000));
    expect(Buffer.from(inflate(byteChunks(zlib.deflateRawSync(text, { level: 1 })), 8, text.length))).toEqual(text);
  });

  test("a wrong length or a cut stream is an error, not a silently cut text", () => {
    const packed = compressText("abcabcabc");
    expect(() => decompressText(packed, 8)).toThrow(/(more than|a copy outside) the 8 bytes|more than 8 bytes/);
    expect(() => decompressText(packed, 10)).toThrow(/ended after 9 of 10/);
    const long = "阶梯到达 tier ".repeat(50) + "x".repeat(100);
    const cut = compressText(long);
    expect(() => decompressText(cut.slice(0, cut.length / 2), Buffer.byteLength(long))).toThrow(/inflate/);
  });
});
