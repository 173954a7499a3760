/*
 * Build-time half of the compact catalog form: an LZ77 text compressor whose output is again
 * text, safe in a JS string literal, decoded by src/catalog/compressedText.ts (the format is
 * described there). Catalog versions repeat one another (item names, tiers, notes, whole
 * rules), so the JSON text of all of them shrinks to about a third of its size.
 */
// The format, as src/catalog/compressedText.ts reads it (test/catalog-loader.test.ts round-trips).
const MARK = "`";
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const MIN_MATCH = 3;
const MAX_MATCH = MIN_MATCH + 63;
const MAX_DISTANCE = 64 ** 3 - 1;
const TOKEN_LENGTH = 5;
/** How far back each position looks for a longer match: more finds little, costs build time. */
const CANDIDATES = 256;

/** UTF-8 bytes of one UTF-16 code unit (a surrogate pair counts 2 + 2). */
const utf8Bytes = (code) => (code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3);
const isHighSurrogate = (code) => code >= 0xd800 && code < 0xdc00;
const isLowSurrogate = (code) => code >= 0xdc00 && code < 0xe000;

function token(distance, length) {
  const d = DIGITS;
  return MARK + d[distance >> 12] + d[(distance >> 6) & 63] + d[distance & 63] + d[length - MIN_MATCH];
}

/** text → compressed text; a match is taken where its token is fewer UTF-8 bytes than the text. */
function compressText(text) {
  const chains = new Map();
  const remember = (at) => {
    const key = text.substr(at, MIN_MATCH);
    const chain = chains.get(key);
    if (chain) chain.push(at);
    else chains.set(key, [at]);
  };
  let out = "";
  let i = 0;
  while (i < text.length) {
    let best = { length: 0, distance: 0, bytes: TOKEN_LENGTH };
    // A match never starts or ends inside a surrogate pair, so the output stays well-formed text.
    const chain = isLowSurrogate(text.charCodeAt(i)) ? undefined : chains.get(text.substr(i, MIN_MATCH));
    for (let c = (chain?.length ?? 0) - 1; chain && c >= 0 && c >= chain.length - CANDIDATES; c--) {
      const from = chain[c];
      if (i - from > MAX_DISTANCE) break;
      let length = 0;
      let bytes = 0;
      while (length < MAX_MATCH && i + length < text.length && text[from + length] === text[i + length]) {
        bytes += utf8Bytes(text.charCodeAt(i + length));
        length++;
      }
      if (length > 0 && isHighSurrogate(text.charCodeAt(i + length - 1))) {
        length--;
        bytes -= 2;
      }
      if (length >= MIN_MATCH && bytes > best.bytes) best = { length, distance: i - from, bytes };
    }
    const step = best.length || 1;
    out += best.length ? token(best.distance, best.length) : text[i] === MARK ? MARK + MARK : text[i];
    for (let k = 0; k < step; k++) remember(i + k);
    i += step;
  }
  return out;
}

module.exports = { compressText };
