import { CatalogRegistry } from "../../catalog/registry";
import { literalCatalog } from "../../core/__tests__/fixtures";
import { restoreFromBrowser, saveToBrowser, STORE_KEY, type KeyValueStore } from "../browserStore";
import { loadCatalog } from "../../catalog/loadCatalog";

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const registry = () => new CatalogRegistry([literalCatalog], "literal-test");
const mine = { ...JSON.parse(JSON.stringify(literalCatalog)), id: "mine" };
mine.products.ocr.effectiveDate = "2025-01-01";

describe("versions kept in the browser outside Excel", () => {
  test("loaded versions and the default come back after a reload, validated again", () => {
    const store = memory();
    const before = registry();
    expect(loadCatalog(before, mine).ok).toBe(true);
    before.setDefault("mine");
    expect(saveToBrowser(before, store)).toBe(true);
    const after = registry();
    expect(restoreFromBrowser(after, store)).toEqual({ loaded: ["mine"], problems: [] });
    expect(after.defaultId).toBe("mine");
  });

  test("a stored version that no longer validates is reported, the rest load; garbage is reported", () => {
    const store = memory();
    store.setItem(STORE_KEY, JSON.stringify({ formatVersion: 1, defaultId: "mine", catalogs: [mine, { id: "bad" }] }));
    const r = registry();
    const restored = restoreFromBrowser(r, store);
    expect(restored.loaded).toEqual(["mine"]);
    expect(restored.problems[0]).toMatchObject({
      where: "bad",
      message: expect.stringMatching(/^not loaded, because/),
    });
    store.setItem(STORE_KEY, "{not json");
    expect(restoreFromBrowser(registry(), store).problems[0].message).toMatch(/cannot be read/);
  });

  test("a full or disabled storage loses nothing in the page", () => {
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const r = registry();
    loadCatalog(r, mine);
    expect(saveToBrowser(r, full)).toBe(false);
    expect(r.ids()).toContain("mine");
  });
});
