import type { Finding } from "../problem";
import { calendarDates } from "./dates";
import { versionId } from "./ids";
import { visibleUniqueNames } from "./names";
import { packSizes } from "./packs";
import { qpsClasses } from "./qps";
import type { Rule } from "./shape";
import { tierOrder } from "./tiers";
import { storableText } from "./text";

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

export function ruleFindings(candidate: unknown): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) rule(candidate, out);
  return out;
}
