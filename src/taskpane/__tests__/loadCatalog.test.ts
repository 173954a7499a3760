import { CatalogRegistry } from "../../catalog/registry";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { translator } from "../i18n";
import {
  checkUrl,
  commit,
  fetchCatalog,
  MAX_BYTES,
  parseText,
  readCatalogFile,
  validate,
  type FetchLike,
} from "../loadCatalog";

const t = translator("en");
const good = JSON.stringify({ ...literalCatalog, id: "my-prices" });
const registry = () => new CatalogRegistry([literalCatalog], literalCatalog.id);

const file = (text: string, size = new TextEncoder().encode(text).length) => {
  let read = false;
  return { name: "c.json", size, text: async () => ((read = true), text), wasRead: () => read };
};

describe("reading candidates", () => {
  test("a good file is parsed and validated", async () => {
    const result = await readCatalogFile(file(good), t);
    expect(result.ok).toBe(true);
    if (result.ok) expect(validate(result.value).ok).toBe(true);
  });

  test("a file over the limit is refused by its size before it is read", async () => {
    const f = file("{}", MAX_BYTES + 1);
    const result = await readCatalogFile(f, t);
    expect(result).toEqual({
      ok: false,
      problems: [{ where: "$", code: "too-large", message: expect.stringMatching(/at most 2 MB/) }],
    });
    expect(f.wasRead()).toBe(false);
  });

  test("text: empty, not JSON, too big, a BOM", () => {
    expect(parseText("  ", t)).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/empty/) }] });
    expect(parseText("{nope", t)).toMatchObject({
      ok: false,
      problems: [{ where: "$", message: expect.stringMatching(/^not valid JSON/) }],
    });
    expect(parseText(" ".repeat(MAX_BYTES + 1), t)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/MB/) }],
    });
    expect(parseText("\uFEFF{}", t)).toEqual({ ok: true, value: {} });
  });

  test("deep nesting and wrong types: every problem reported, nothing thrown", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    const parsed = parseText(
      `{"formatVersion":"1","id":5,"title":${deep},"currency":"CNY","sources":{},"products":[]}`,
      t,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const checked = validate(parsed.value);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.where)).toEqual(
      expect.arrayContaining(["$.formatVersion", "$.id", "$.title", "$.sources", "$.products"]),
    );
  });
});

describe("URLs", () => {
  test("only https", () => {
    expect(checkUrl("http://example.com/c.json", t)).toMatchObject({
      ok: false,
      problems: [{ message: "only https addresses are accepted (found http:)" }],
    });
    expect(checkUrl("file:///etc/passwd", t)).toMatchObject({ ok: false });
    expect(checkUrl("javascript:alert(1)", t)).toMatchObject({ ok: false });
    expect(checkUrl("not a url", t)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/not a web address/) }],
    });
    expect(checkUrl(" https://example.com/c.json ", t)).toMatchObject({ ok: true });
  });

  const respond =
    (body: string, init: ResponseInit = {}): FetchLike =>
    async () =>
      new Response(body, init);

  test("a download is parsed", async () => {
    expect(await fetchCatalog("https://example.com/c.json", t, respond(good))).toMatchObject({ ok: true });
  });

  test("network failure, HTTP error, timeout and size are plain words", async () => {
    const down: FetchLike = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await fetchCatalog("https://example.com/c.json", t, down)).toMatchObject({
      ok: false,
      problems: [{ where: "URL", message: expect.stringMatching(/could not reach example.com/) }],
    });
    expect(
      await fetchCatalog("https://example.com/c.json", t, respond("no", { status: 404, statusText: "Not Found" })),
    ).toMatchObject({
      problems: [{ message: "the server answered 404 Not Found" }],
    });
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      );
    expect(await fetchCatalog("https://example.com/c.json", t, hang, 20)).toMatchObject({
      problems: [{ message: "example.com did not answer within 0 s" }],
    });
    expect(
      await fetchCatalog(
        "https://example.com/c.json",
        t,
        respond("x", { headers: { "content-length": String(MAX_BYTES + 1) } }),
      ),
    ).toMatchObject({
      problems: [{ message: expect.stringMatching(/larger than 2 MB/) }],
    });
    expect(await fetchCatalog("https://example.com/c.json", t, respond(" ".repeat(MAX_BYTES + 10)))).toMatchObject({
      problems: [{ message: expect.stringMatching(/larger than/) }],
    });
  });
});

describe("commit", () => {
  test("a valid candidate is added; an invalid or built-in one changes nothing", () => {
    const r = registry();
    const before = r.ids();
    expect(commit(r, parseText(JSON.stringify({ ...literalCatalog }), t))).toMatchObject({
      ok: false,
      problems: [{ where: "$.id" }],
    });
    expect(commit(r, parseText('{"id":"x"}', t))).toMatchObject({ ok: false });
    expect(r.ids()).toEqual(before);
    expect(commit(r, parseText(good, t))).toEqual({ ok: true, id: "my-prices", replaced: false });
    expect(r.ids()).toEqual([...before, "my-prices"]);
  });
});

describe("a contract price book loads in the pane like a catalog", () => {
  test("the example book is read, validated against its base, listed as a book on it", async () => {
    const fs = await import("fs");
    const path = await import("path");
    const { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } = await import("../../catalog/embedded");
    const { versionRows } = await import("../catalogList");
    const text = fs.readFileSync(path.resolve(__dirname, "..", "..", "..", "examples", "acme-2026.json"), "utf8");
    const pane = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
    expect(commit(pane, await readCatalogFile(file(text), t), t)).toEqual({
      ok: true,
      id: "acme-2026",
      replaced: false,
    });
    const zh = translator("zh");
    expect(versionRows(pane, zh).find((r) => r.id === "acme-2026")).toMatchObject({
      source: "基于 tencent-current 的价格册：按价格册的条款调整后的价格（PRICES 显示各条款）",
      embedded: false,
    });
    const orphan = commit(new CatalogRegistry([literalCatalog], literalCatalog.id), parseText(text, zh), zh);
    expect(orphan.ok ? [] : orphan.problems.map((p) => [p.where, p.message])).toEqual([
      ["$.basedOn", expect.stringMatching(/^"tencent-current" 不是已加载的价目版本/)],
    ]);
  });
});
