/**
 * Printable ASCII but the space, and CJK unified ideographs: what most names are made of, and
 * what NFKC leaves as it is, with no white space or format character to drop. Such a name's
 * key is only lower-cased, without the Unicode machinery (cold start: a version indexes
 * hundreds of names on its first formula). The names tests hold both paths equal.
 */
const ALREADY_NORMAL = /^[!-~\u4e00-\u9fff]*$/;

/**
 * The key under which a name is matched: white space removed, full-width forms folded to
 * ASCII by NFKC (（） → ()), invisible format characters (zero-width space) dropped, Latin
 * letters lower-cased. "车辆VIN码识别" and "车辆 vin 码识别"
 * find the same item.
 */
export const nameKey = (name: string): string =>
  ALREADY_NORMAL.test(name)
    ? name.toLowerCase()
    : name
        .normalize("NFKC")
        .replace(/[\s\p{Cf}]+/gu, "")
        .toLowerCase();
