import type { Finding } from "../problem";
import { calendarDates } from "./dates";
import { versionId } from "./ids";
import { visibleUniqueNames } from "./names";
import { packSizes } from "./packs";
import { qpsClasses } from "./qps";
import type { Rule } from "./shape";
import { tierOrder } from "./tiers";
import { storableText, storableTextOf } from "./text";
import { bookTerms } from "./bookTerms";

/** What a catalog means beyond its structure, one rule per file; text first (one problem per place). */
const RULES: readonly Rule[] = [
  storableText,
  versionId,
  calendarDates,
  tierOrder,
  qpsClasses,
  packSizes,
  visibleUniqueNames,
];

/** What a price book means on its own; against its base: ../bookBase.ts. */
const BOOK_RULES: readonly Rule[] = [storableTextOf("priceBook"), versionId, bookTerms];

export function ruleFindings(candidate: unknown, root: "catalog" | "priceBook" = "catalog"): Finding[] {
  const out: Finding[] = [];
  for (const rule of root === "catalog" ? RULES : BOOK_RULES) rule(candidate, out);
  return out;
}
