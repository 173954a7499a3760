/*
 * Build-time half of the compact catalog form: the text is compressed with zlib's raw DEFLATE
 * (level 9) and the compressed bits written as text again, safe in a JS string literal,
 * decoded by src/catalog/compressedText.ts and src/catalog/inflate.ts (the format is described
 * there). Catalog versions repeat one another (item names, tiers, notes, whole rules), so the
 * JSON text of all of them shrinks to under a fifth of its UTF-8 size.
 */
const zlib = require("zlib");

// The format, as src/catalog/compressedText.ts reads it (test/catalog-loader.test.ts round-trips):
// printable ASCII but the quotes and the backslash, so a string literal needs no escape.
const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => !"\"'\\`".includes(c))
  .join("");
const BASE = ALPHABET.length; // 91: 91 × 91 = 8281 ≥ 2^13, so 2 characters carry 13 bits
const GROUP_BITS = 13;

/** Bytes → text: each 13 bits (least significant first, DEFLATE's order) as 2 characters. */
function bytesToText(bytes) {
  let out = "";
  let buffer = 0;
  let held = 0;
  const emit = (value) => {
    out += ALPHABET[value % BASE] + ALPHABET[Math.floor(value / BASE)];
  };
  for (const byte of bytes) {
    buffer |= byte << held;
    held += 8;
    if (held >= GROUP_BITS) {
      emit(buffer & ((1 << GROUP_BITS) - 1));
      buffer >>>= GROUP_BITS;
      held -= GROUP_BITS;
    }
  }
  if (held > 0) emit(buffer);
  return out;
}

/** text → compressed text; Buffer.byteLength(text) is what the decoder needs to know besides. */
function compressText(text) {
  return bytesToText(zlib.deflateRawSync(Buffer.from(text, "utf8"), { level: 9, memLevel: 9 }));
}

module.exports = { compressText, bytesToText, ALPHABET };
