/**
 * What a catalog reference in a formula can mean besides a version id, and what a workbook can
 * store: shared by the registry (which resolves references), the validator (which keeps ids
 * from looking like them) and the workbook store.
 */

/** Words a user may type for "the international price list" instead of a version id. */
export const INTERNATIONAL_REFS: ReadonlySet<string> = new Set(["international", "intl", "overseas", "国际站", "境外"]);

/** Words no version id may be: the international words, and "default". */
export const RESERVED_IDS: ReadonlySet<string> = new Set([...INTERNATIONAL_REFS, "default"]);

/** An ISO date (YYYY-MM-DD): in a formula, "the version in force that day". */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Characters XML 1.0 cannot hold (U+FFFE, U+FFFF, half a surrogate pair); use with the g flag to replace. */
export const NOT_XML_SOURCE =
  "[\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]";
