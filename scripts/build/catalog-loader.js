/*
 * Emits a catalog version (src/catalog/data/*.json, the reviewed source) in a compact form for
 * the bundles: every object key is replaced by its index in a key table written once, and
 * expanded when the module is evaluated. The expanded value is the JSON file exactly, keys in
 * their order (test/catalog-loader.test.ts); the functions bundle carries about 15 KB less.
 */
function compact(value) {
  const counts = new Map();
  const count = (v) => {
    if (Array.isArray(v)) v.forEach(count);
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        counts.set(k, (counts.get(k) || 0) + 1);
        count(x);
      }
  };
  count(value);
  // The most frequent keys get the shortest codes. Codes are letters only: a key that looks like
  // an integer would be moved to the front of its object, and the key order must not change.
  const keys = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const code = new Map(keys.map((k, i) => [k, letters(i)]));
  const shrink = (v) => {
    if (Array.isArray(v)) return v.map(shrink);
    if (v === null || typeof v !== "object") return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) out[code.get(k)] = shrink(x);
    return out;
  };
  return { keys, data: shrink(value) };
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** 0 → "a", 51 → "Z", 52 → "ba": a short name of letters for every index. */
function letters(i) {
  let out = "";
  let n = i;
  do {
    out = ALPHABET[n % ALPHABET.length] + out;
    n = Math.floor(n / ALPHABET.length);
  } while (n > 0);
  return out;
}

const EXPAND = `function expand(v, keys) {
  if (Array.isArray(v)) return v.map(function (x) { return expand(x, keys); });
  if (v === null || typeof v !== "object") return v;
  var out = {};
  for (var k in v) out[keys[k]] = expand(v[k], keys);
  return out;
}`;

function catalogLoader(source) {
  const { keys, data } = compact(JSON.parse(source));
  const table = Object.fromEntries(keys.map((k, i) => [letters(i), k]));
  return `${EXPAND}
module.exports = expand(JSON.parse(${JSON.stringify(JSON.stringify(data))}), ${JSON.stringify(table)});
`;
}

module.exports = catalogLoader;
module.exports.compact = compact;
module.exports.letters = letters;
