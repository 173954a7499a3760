/*
 * Build-time half of the copies form (src/catalog/textCopies.ts decodes it, the format is
 * described there): the text of the version most formulas use, as runs of literal characters
 * and copies of what came before. Coarser than DEFLATE (about a seventh larger here) but it
 * decodes without bit-level work or UTF-8: a few operations per copy, on the first formula of
 * a workbook (cold start), where DEFLATE's per-symbol loop ran interpreted.
 */
const { ALPHABET } = require("./compress-text");

/** Numbers as characters of ALPHABET: continuation digits (base CONTINUE) then a last digit (base LAST). */
const LAST = 60;
const CONTINUE = ALPHABET.length - LAST;
/** Shorter copies cost more to write than the characters they stand for. */
const MIN_COPY = 4;
/** Copies are searched among this many earlier places with the same first characters (build time). */
const CANDIDATES = 512;
const KEY = MIN_COPY;

function numberText(n) {
  let head = "";
  for (let q = Math.floor(n / LAST); q > 0; q = Math.floor(q / CONTINUE)) head = ALPHABET[LAST + (q % CONTINUE)] + head;
  return head + ALPHABET[n % LAST];
}

/** The text as { commands, literals }: commands = (run, then copy length − MIN_COPY and distance − 1)… */
function textCopies(text) {
  const places = new Map();
  const remember = (at) => {
    const key = text.substr(at, KEY);
    const list = places.get(key);
    if (list) list.push(at);
    else places.set(key, [at]);
  };
  const longest = (at) => {
    let best = { length: 0, distance: 0 };
    const list = places.get(text.substr(at, KEY)) ?? [];
    for (let c = list.length - 1; c >= 0 && c >= list.length - CANDIDATES; c--) {
      const from = list[c];
      let n = 0;
      while (at + n < text.length && text[from + n] === text[at + n]) n++;
      if (n > best.length) best = { length: n, distance: at - from };
    }
    return best;
  };
  const worth = (copy, run) =>
    copy.length >= MIN_COPY &&
    numberText(run).length + numberText(copy.length - MIN_COPY).length + numberText(copy.distance - 1).length <
      copy.length + 1;
  let commands = "";
  let literals = "";
  let runStart = 0;
  let at = 0;
  while (at < text.length) {
    const copy = longest(at);
    // One step of lazy matching: a longer copy from the next character wins over this one.
    const better = copy.length >= MIN_COPY && at + 1 < text.length && longest(at + 1).length > copy.length + 1;
    if (!better && worth(copy, at - runStart)) {
      commands += numberText(at - runStart) + numberText(copy.length - MIN_COPY) + numberText(copy.distance - 1);
      literals += text.slice(runStart, at);
      for (let k = at; k < at + copy.length; k++) remember(k);
      at += copy.length;
      runStart = at;
    } else {
      remember(at);
      at++;
    }
  }
  commands += numberText(at - runStart);
  literals += text.slice(runStart, at);
  return { commands, literals };
}

module.exports = { textCopies };
