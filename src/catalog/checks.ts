import { finding, type Finding } from "./problem";
import { ruleFindings } from "./rules";
import { structureFindings, type DocumentRoot } from "./structure";

/**
 * Everything that judges a candidate catalog: structure from the compiled schema, the meaning
 * rules, and the checks against the other versions. One module, so that the pane can load it
 * as one chunk when it first validates (checksLoader.deferred.ts); nothing else imports it.
 */
export { crossVersionFindings, crossVersionNotes } from "./crossVersion";

/** Stops a hostile catalog from making the report unreadable. */
const MAX_PROBLEMS = 200;

/** True when `where` is `place` or inside it ("$.a.b[2]" is inside "$.a" and "$.a.b"). */
function insideAny(where: string, places: ReadonlySet<string>): boolean {
  for (let i = 1; i <= where.length; i++)
    if ((i === where.length || where[i] === "." || where[i] === "[") && places.has(where.slice(0, i))) return true;
  return false;
}

/**
 * Every problem of a candidate, once: structure from the schema, then the meaning rules, except
 * where the schema already found one (a place refused for its structure is not judged for meaning).
 */
export function catalogFindings(candidate: unknown, root: DocumentRoot = "catalog"): Finding[] {
  const structure = structureFindings(candidate, root);
  const places = new Set(structure.map((f) => f.where));
  const findings = [...structure];
  for (const f of ruleFindings(candidate, root)) {
    if (insideAny(f.where, places)) continue;
    places.add(f.where);
    findings.push(f);
  }
  if (findings.length <= MAX_PROBLEMS) return findings;
  return [...findings.slice(0, MAX_PROBLEMS), finding("$", "too-many-problems", { max: MAX_PROBLEMS })];
}
