/**
 * ASCII, the ideographic space, CJK unified ideographs and the full-width forms of ASCII: what
 * names are made of (身份证识别, 表格识别（V3）, 车辆 VIN 码识别). NFKC leaves the first ones as
 * they are and maps each full-width form to its ASCII letter (U+FF01–FF5E → U+0021–007E); no
 * format character is among them. Such a name keys without the Unicode machinery (cold start:
 * a version indexes every name on its first formula); the names tests hold both paths equal.
 */
const PLAIN_NAME = /^[ -~\u3000\u4e00-\u9fff\uff01-\uff5e]*$/;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const SPACES = /[ \u3000]+/g;
const toAscii = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * The key under which a name is matched: white space removed, full-width forms folded to
 * ASCII by NFKC (（） → ()), invisible format characters (zero-width space) dropped, Latin
 * letters lower-cased. "车辆VIN码识别" and "车辆 vin 码识别"
 * find the same item.
 */
export const nameKey = (name: string): string =>
  PLAIN_NAME.test(name)
    ? name.replace(FULL_WIDTH, toAscii).replace(SPACES, "").toLowerCase()
    : name
        .normalize("NFKC")
        .replace(/[\s\p{Cf}]+/gu, "")
        .toLowerCase();
