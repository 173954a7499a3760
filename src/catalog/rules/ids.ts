import { finding } from "../problem";
import { ISO_DATE, RESERVED_IDS } from "../refs";
import { isObject, type Rule } from "./shape";

/**
 * A version id is never something else a formula's catalog argument can mean: not a date (the
 * version in force that day) and not a reserved word (international, default), in any case.
 * Ids unique whatever the case among loaded versions: crossVersion.ts.
 */
export const versionId: Rule = (candidate, out) => {
  const id = isObject(candidate) ? candidate.id : undefined;
  if (typeof id !== "string") return;
  if (ISO_DATE.test(id)) out.push(finding("$.id", "date-like-id", { id }));
  else if (RESERVED_IDS.has(id.toLowerCase())) out.push(finding("$.id", "reserved-id", { id }));
};
