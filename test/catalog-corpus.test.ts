import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../src/catalog/embedded";
import { CatalogRegistry } from "../src/catalog/registry";
import { translator } from "../src/taskpane/i18n";
import { commit, readCatalogFile } from "../src/taskpane/loadCatalog";

/**
 * `tcprice catalog validate` and the pane's loading read every file the same way (one reader:
 * size limit, BOM, JSON; one loader: schema, rules, the built-in versions), so they agree on
 * every file of a corpus of valid, unusual and hostile catalogs: the same verdict, the same
 * problems (place, words) and the same notes, in either language.
 */
const BIN = path.resolve(__dirname, "..", "bin", "tcprice.js");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
const current = (): Loose => JSON.parse(JSON.stringify(EMBEDDED_CATALOGS.find((c) => c.id === DEFAULT_CATALOG_ID)));
const own = (): Loose => {
  const c = current();
  c.id = "negotiated-2030";
  for (const p of Object.values(c.products) as Loose[]) p.effectiveDate = "2030-01-01";
  return c;
};
const withChange = (change: (c: Loose) => void, base = own()): Loose => (change(base), base);
const json = (value: unknown): string => JSON.stringify(value, null, 2);

const CORPUS: Readonly<Record<string, string>> = {
  "valid.json": json(own()),
  "bom.json": "\uFEFF" + json(own()),
  "built-in-id.json": json(current()),
  "built-in-id-upper-case.json": json(withChange((c) => (c.id = "TENCENT-CURRENT"))),
  "date-id.json": json(withChange((c) => (c.id = "2020-06-01"))),
  "reserved-id.json": json(withChange((c) => (c.id = "International"))),
  "empty-object.json": "{}",
  "not-json.json": '{"id": "x",, }',
  "empty.json": "  \n",
  "too-large.json": json(own()) + " ".repeat(2 * 1024 * 1024),
  "zero-width-name.json": json(withChange((c) => (c.products.ocr.billingItems[0].name = "\u200b"))),
  "non-xml-character.json": json(withChange((c) => (c.title = "prices \uFFFF"))),
  "megabyte-name.json": json(withChange((c) => (c.products.ocr.billingItems[0].name = "名".repeat(500_000)))),
  "same-date-other-prices.json": json(
    withChange((c) => {
      c.id = "same-day";
      c.products.ocr.effectiveDate = current().products.ocr.effectiveDate;
      c.products.ocr.billingItems[0].postpaid.tiers[0].unitPrice = "0.01";
      delete c.products.face;
    }, own()),
  ),
  "five-thousand-tiers.json": json(
    withChange((c) => {
      c.products.ocr.billingItems[0].postpaid.tiers = Array.from({ length: 5000 }, (_, i) => ({
        from: i * 10,
        to: i === 4999 ? null : (i + 1) * 10,
        unitPrice: "0.1",
      }));
    }),
  ),
  "renamed-item.json": json(
    withChange((c) => {
      // Renamed, and no longer answering to its old name anywhere: formulas using it would miss it.
      const item = c.products.ocr.billingItems[0];
      item.name = "新的计费项名称";
      delete item.aliases;
      item.interfaces = [{ name: "新的接口名称" }];
    }),
  ),
  "wrong-types.json": json(withChange((c) => ((c.products.ocr.billingItems = {}), (c.sources = "x")))),
};

interface Verdict {
  readonly ok: boolean;
  /** Problems of a refused file, notes of a loaded one: "where: message". */
  readonly lines: readonly string[];
}

/** Parses `tcprice catalog validate` output: "file: ok…" or "file: N problems", then "  where: message" lines. */
function cliVerdicts(dir: string, files: readonly string[], lang: string): Map<string, Verdict> {
  const out = spawnSync(
    process.execPath,
    [BIN, "catalog", "validate", "--lang", lang, ...files.map((f) => path.join(dir, f))],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(out.stderr).toBe("");
  const verdicts = new Map<string, { ok: boolean; lines: string[] }>();
  let current: { ok: boolean; lines: string[] } | undefined;
  for (const line of out.stdout.split("\n")) {
    if (line === "") continue;
    if (line.startsWith("  ")) {
      current!.lines.push(line.slice(2));
      continue;
    }
    const file = files.find((f) => line.startsWith(path.join(dir, f) + (lang === "en" ? ":" : "：")));
    expect(file).toBeDefined();
    current = { ok: /^[^:：]*[:：] ?(ok|通过)/.test(line.slice(dir.length + 1)), lines: [] };
    verdicts.set(file!, current);
  }
  return verdicts;
}

async function paneVerdict(file: string, lang: "en" | "zh"): Promise<Verdict> {
  const t = translator(lang);
  const bytes = fs.readFileSync(file);
  const picked = { name: path.basename(file), size: bytes.length, text: async () => bytes.toString("utf8") };
  const result = commit(
    new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID),
    await readCatalogFile(picked, t),
    t,
  );
  const listed = result.ok ? (result.notes ?? []) : result.problems;
  return { ok: result.ok, lines: listed.map((p) => `${p.where}: ${p.message}`) };
}

describe("tcprice catalog validate and the pane agree on every file of the corpus", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalog-corpus-"));
  const files = Object.keys(CORPUS);
  beforeAll(() => {
    for (const [name, text] of Object.entries(CORPUS)) fs.writeFileSync(path.join(dir, name), text);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["en", "en"],
    ["zh-CN", "zh"],
  ] as const)("--lang %s", async (cliLang, paneLang) => {
    const cli = cliVerdicts(dir, files, cliLang);
    for (const file of files)
      expect([file, cli.get(file)]).toEqual([file, await paneVerdict(path.join(dir, file), paneLang)]);
    const verdict = (file: string) => cli.get(file)!;
    // The corpus means what its names say.
    expect(files.filter((f) => verdict(f).ok)).toEqual(["valid.json", "bom.json", "renamed-item.json"]);
    expect(verdict("renamed-item.json").lines).toEqual([
      expect.stringMatching(/^\$\.products\.ocr\.billingItems\[0\]\.name: /),
    ]);
    for (const file of files) for (const line of verdict(file).lines) expect(line.length).toBeLessThan(400);
    if (paneLang === "en") {
      expect(verdict("built-in-id.json").lines).toEqual([expect.stringMatching(/^\$\.id: .*built-in/)]);
      expect(verdict("built-in-id-upper-case.json").lines).toEqual([expect.stringMatching(/^\$\.id: .*case/)]);
      expect(verdict("five-thousand-tiers.json").lines).toEqual([
        expect.stringMatching(/5,000 entries, more than the 10 /),
      ]);
    }
  });
});
