import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** The bundles carry the catalog versions in a compact form: expanded, each is its JSON file exactly. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../scripts/build/catalog-loader.js") as ((source: string) => string) & {
  letters: (i: number) => string;
};
const DATA = path.resolve(__dirname, "..", "src", "catalog", "data");

describe("compact catalog modules", () => {
  test.each(fs.readdirSync(DATA).filter((f) => f.endsWith(".json")))(
    "%s expands to the file, key order and all",
    (file) => {
      const source = fs.readFileSync(path.join(DATA, file), "utf8");
      const code = loader(source);
      const sandbox = { module: { exports: undefined as unknown } };
      vm.runInNewContext(code, sandbox);
      expect(JSON.stringify(sandbox.module.exports)).toBe(JSON.stringify(JSON.parse(source)));
      expect(code.length).toBeLessThan(source.length);
    },
  );

  test("key codes are letters, never integer-like (which objects would reorder)", () => {
    const codes = Array.from({ length: 3000 }, (_, i) => loader.letters(i));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[a-zA-Z]+$/.test(c))).toBe(true);
  });
});
