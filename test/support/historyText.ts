/**
 * What a Chinese price history may not contain: Latin words (English left untranslated) or the
 * ASCII separators of the English one. Version ids, item names and the function's own name are
 * data, not words, so callers leave those cells out or name them here.
 */
const DATA_TOKENS = /TCLOUD\.PRICE_HISTORY/g;

/** The untranslated parts of a Chinese text: Latin letters, or ASCII ";" / ":" / "," + space. */
export function englishLeftIn(text: string): string[] {
  const rest = text.replace(DATA_TOKENS, "");
  return [...(rest.match(/[A-Za-z]+/g) ?? []), ...(rest.match(/[;:]|, /g) ?? [])];
}

/** Full-width punctuation in an English text (a Chinese separator leaked into English). */
export function chinesePunctuationIn(text: string): string[] {
  return text.match(/[；：、]/g) ?? [];
}
