import { dictionary, format, languageOf, MESSAGE_KEYS, translator } from "../i18n";

describe("i18n", () => {
  test("Chinese display languages pick Chinese, everything else English", () => {
    expect(["zh-CN", "zh-TW", "zh", "ZH-cn", "zh_Hans"].map(languageOf)).toEqual(["zh", "zh", "zh", "zh", "zh"]);
    expect(["en-US", "de-DE", "", null, undefined, "zu-ZA"].map(languageOf)).toEqual([
      "en",
      "en",
      "en",
      "en",
      "en",
      "en",
    ]);
  });

  test("both dictionaries have every key, with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of MESSAGE_KEYS) {
      expect(typeof dictionary("zh")[key]).toBe("string");
      expect(placeholders(dictionary("zh")[key])).toEqual(placeholders(dictionary("en")[key]));
    }
  });

  test("no English text hedges its plural ('problem(s)') or misses an article's vowel ('a OCR')", () => {
    for (const key of MESSAGE_KEYS) {
      const text = dictionary("en")[key];
      expect([key, /\(s\)|\ba (?:OCR|[aeiou])/.test(text)]).toEqual([key, false]);
      expect([key, dictionary("zh")[key].trim() === ""]).toEqual([key, false]);
    }
  });

  test("placeholders are filled as plain text", () => {
    expect(format("Loaded {id}.", { id: "<b>x</b>" })).toBe("Loaded <b>x</b>.");
    expect(format("{a} {missing}", { a: 1 })).toBe("1 {missing}");
    const t = translator("zh");
    expect(t.lang).toBe("zh");
    expect(t("loaded", { id: "v2" })).toBe("已载入版本 v2。");
    expect(translator("en")("loaded", { id: "v2" })).toBe("Loaded version v2.");
  });
});
