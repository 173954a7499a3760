import * as fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import { compileCatalog } from "../src/catalog/compile";
import { decompressText, lazyBytes, utf8Bytes, utf8Text } from "../src/catalog/compressedText";
import { byteChunks, inflate } from "../src/catalog/inflate";
import { packedDocuments, type PackedEntry, type PackedHead } from "../src/catalog/packedCatalogs";
import { expandCopies } from "../src/catalog/textCopies";
import type { Catalog } from "../src/catalog/types";

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS */
const loader = require("../scripts/build/catalog-loader.js") as {
  readVersions: (dir: string) => Record<string, unknown>;
  packSource: (versions: Record<string, unknown>) => string;
  textOrder: (versions: Record<string, unknown>) => string[];
  packVersions: (versions: Record<string, unknown>) => {
    head: PackedHead;
    packed: string;
    entries: PackedEntry[];
    size: number;
  };
};
const { textCopies } = require("../scripts/build/text-copies.js") as {
  textCopies: (text: string) => { commands: string; literals: string };
};
const { compressText, bytesToText, ALPHABET } = require("../scripts/build/compress-text.js") as {
  compressText: (text: string) => string;
  bytesToText: (bytes: Uint8Array) => string;
  ALPHABET: string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const DATA = path.resolve(__dirname, "..", "src", "catalog", "data");
const FILES = fs.readdirSync(DATA).filter((f) => f.endsWith(".json"));
const roundTrip = (text: string): string => decompressText(compressText(text), Buffer.byteLength(text));
const roundTripCopies = (text: string): string => {
  const { commands, literals } = textCopies(text);
  return expandCopies(commands, literals, text.length);
};

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

  test("a version's id is there without decoding; the newest decodes alone, the next from a prefix", () => {
    const versions = loader.readVersions(DATA);
    const { head, packed, entries } = loader.packVersions(versions);
    const order = loader.textOrder(versions);
    // Newest first: the default version (the latest dates) is the one in the copies form.
    expect(order[0]).toBe("tencent-current.json");
    expect([head[0], ...entries.map((e) => e[0])]).toEqual(order);
    const newest = JSON.stringify(versions[order[0]]);
    expect(JSON.parse(expandCopies(head[4], head[5], head[1]))).toEqual(versions[order[0]]);
    // The others' DEFLATE text was compressed after the newest one: decoding stops at the
    // second version's end, its copies reaching back into the newest one's bytes.
    const total = entries.reduce((sum, e) => sum + e[1], 0);
    const second = entries[0][1];
    const rest = Buffer.from(
      order
        .slice(1)
        .map((n) => JSON.stringify(versions[n]))
        .join(""),
    );
    const prefix = inflate(
      byteChunks(zlib.deflateRawSync(rest, { dictionary: Buffer.from(newest) })),
      8,
      total,
      second,
      utf8Bytes(newest),
    );
    expect(prefix).toHaveLength(total);
    expect(prefix.subarray(second + 300).every((b) => b === 0)).toBe(true);
    expect(JSON.parse(utf8Text(prefix, 0, second))).toEqual(versions[order[1]]);
    // Through the module: ids at once; reading a field decodes the version.
    const documents = packedDocuments(head, packed, entries);
    for (const file of order)
      expect(Object.getOwnPropertyDescriptor(documents[file], "id")?.value).toBe((versions[file] as { id: string }).id);
    for (const file of [order[0], order[1]]) {
      expect(typeof Object.getOwnPropertyDescriptor(documents[file], "title")?.get).toBe("function");
      expect(documents[file].title).toBe((versions[file] as { title: string }).title);
      expect(Object.getOwnPropertyDescriptor(documents[file], "title")?.get).toBeUndefined();
    }
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

  test("the preset dictionary is asked for once, though the bytes decode twice", () => {
    const dictionary = Buffer.from("阶梯到达 tier 身份证识别 ".repeat(40));
    const text = Buffer.concat([dictionary.subarray(0, 300), Buffer.from("x".repeat(3000)), dictionary]);
    const packed = bytesToText(zlib.deflateRawSync(text, { level: 9, dictionary }));
    let asked = 0;
    const bytesTo = lazyBytes(packed, text.length, () => (asked++, new Uint8Array(dictionary)));
    expect(Buffer.from(bytesTo(100).subarray(0, 100))).toEqual(text.subarray(0, 100));
    expect(Buffer.from(bytesTo(text.length))).toEqual(text);
    expect(asked).toBe(1);
  });

  test("the versions together take under a fifth of their JSON text", () => {
    const versions = loader.readVersions(DATA);
    const text = JSON.stringify(versions);
    const { head, packed, size } = loader.packVersions(versions);
    expect(size).toBeGreaterThanOrEqual(head[4].length + head[5].length + packed.length);
    expect(size).toBeLessThan(0.2 * Buffer.byteLength(text));
  });
});

describe("compressed text", () => {
  test("is printable ASCII with no quote, backslash or backtick (one byte a character, no escapes)", () => {
    expect(ALPHABET).toHaveLength(91);
    const packed = compressText(JSON.stringify(loader.readVersions(DATA)));
    expect(packed).toMatch(/^[ !#-&(-[\]-_a-~]*$/);
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

  test("inflate reads what zlib writes after a preset dictionary, copies reaching into it", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 2000 }),
        fc.uint8Array({ maxLength: 600 }),
        (dictionary, tail) => {
          // Part of the text repeats the dictionary, so the stream copies from it.
          const bytes = Buffer.concat([dictionary.subarray(0, 500), tail, dictionary.subarray(dictionary.length >> 1)]);
          const deflated = zlib.deflateRawSync(bytes, { level: 9, dictionary });
          expect(Buffer.from(inflate(byteChunks(deflated), 8, bytes.length, bytes.length, dictionary))).toEqual(bytes);
          // The text opens with 64 bytes or more of the dictionary: zlib copies them from it.
          if (dictionary.length >= 64) expect(() => inflate(byteChunks(deflated), 8, bytes.length)).toThrow(/inflate/);
        },
      ),
      { numRuns: 200 },
    );
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

describe("copies form", () => {
  test("its commands are printable ASCII with no quote, backslash or backtick", () => {
    const { commands } = textCopies(JSON.stringify(loader.readVersions(DATA)["tencent-current.json"]));
    expect(commands).toMatch(/^[ !#-&(-[\]-_a-~]*$/);
  });

  test("writes a catalog in far fewer characters than its JSON", () => {
    const text = JSON.stringify(loader.readVersions(DATA)["tencent-current.json"]);
    const { commands, literals } = textCopies(text);
    expect(commands.length + Buffer.byteLength(literals)).toBeLessThan(0.35 * Buffer.byteLength(text));
  });

  test("a wrong length, a cut command or a copy before the start is an error, not a different text", () => {
    const { commands, literals } = textCopies("abcdabcdabcd");
    expect(expandCopies(commands, literals, 12)).toBe("abcdabcdabcd");
    expect(() => expandCopies(commands, literals, 11)).toThrow(/copies:/);
    expect(() => expandCopies(commands, literals, 13)).toThrow(/ended after 12 of 13/);
    expect(() => expandCopies(commands.slice(0, -2), literals, 12)).toThrow(/copies:/);
    expect(() => expandCopies(commands, literals.slice(1), 12)).toThrow(/copies:/);
    // Run 0, copy 4 characters from 1 back: there is nothing before the start.
    expect(() => expandCopies("   ", "", 4)).toThrow(/a copy outside/);
  });
});

describe.each([
  ["compressed text", roundTrip],
  ["copies form", roundTripCopies],
])("%s", (_form, trip) => {
  test("round-trips empty text, runs that overlap their copy, far copies, CJK and surrogate pairs", () => {
    for (const text of [
      "",
      "`",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "通用印刷体识别通用印刷体识别",
      "😀😀😀😀😀😀x😀😀😀",
      "abcd" + "x".repeat(60000) + "abcd",
      "阶梯到达 tier ".repeat(5000) + "`".repeat(300),
    ]) {
      expect(trip(text)).toBe(text);
    }
  });

  test("round-trips any text", () => {
    const pieces = fc.constantFrom("`", "a", "ab", "识别", "😀", '"', "\\", "0.15", "\n", "%", '{"from":0,');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        const text = parts.join("");
        expect(trip(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
