/**
 * The key under which a name is matched: white space removed, full-width forms folded to
 * ASCII by NFKC (（） → ()), invisible format characters (zero-width space) dropped, Latin
 * letters lower-cased. "车辆VIN码识别" and "车辆 vin 码识别"
 * find the same item.
 */
export const nameKey = (name: string): string =>
  name
    .normalize("NFKC")
    .replace(/[\s\p{Cf}]+/gu, "")
    .toLowerCase();
