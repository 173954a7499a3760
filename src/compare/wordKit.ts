import type { MessageLang } from "../core/messages";

/**
 * What every word table of the sheets shares: counts grouped as the language groups them (Intl),
 * nouns that agree with their count ("1 line", "2 lines", never "line(s)"), and the one shape
 * of a word table (the same keys in English and Chinese: the types make a missing one a build
 * error, test/sheet-words.test.ts an empty one).
 */

export type Bilingual<W> = Readonly<Record<MessageLang, W>>;

const LOCALE: Readonly<Record<MessageLang, string>> = { en: "en-US", zh: "zh-CN" };

/** A count as the language writes it: 9,007,199,254,740,991 (never an ungrouped 16-digit run). */
export const countIn = (lang: MessageLang, n: number): string => n.toLocaleString(LOCALE[lang]);

/** "1 line" / "2 lines": English nouns agree with their count. */
export const plural = (n: number, one: string, many: string): string => `${countIn("en", n)} ${n === 1 ? one : many}`;

/** The words of a language, English when none is given. */
export const wordsOf =
  <W>(table: Bilingual<W>) =>
  (lang: MessageLang = "en"): W =>
    table[lang];
