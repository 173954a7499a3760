import { SHAPES } from "../generated/schemaFacts";
import { finding, step, type Finding } from "../problem";
import { NOT_XML_SOURCE } from "../refs";
import { isObject, type Rule } from "./shape";

/** Characters XML 1.0 cannot hold: the workbook stores catalogs in a custom XML part. */
const NOT_XML = new RegExp(NOT_XML_SOURCE);

function checkText(text: string, where: string, out: Finding[]): void {
  if (NOT_XML.test(text)) out.push(finding(where, "xml-character", {}));
  else if (text.length > 0 && text.trim() === "") out.push(finding(where, "blank-text", {}));
}

/**
 * Every text of a candidate can be stored in a workbook and is more than spaces. The walk follows
 * the schema's fields only (unknown fields are the schema's problem), so its depth is the format's.
 */
export const storableTextOf =
  (root: "catalog" | "priceBook"): Rule =>
  (candidate, out) => {
    const walk = (value: unknown, definition: string | null, where: string): void => {
      if (typeof value === "string") return checkText(value, where, out);
      if (definition === null) return;
      if (definition.endsWith("[]")) {
        if (Array.isArray(value)) value.forEach((entry, i) => walk(entry, definition.slice(0, -2), where + step(i)));
        return;
      }
      const fields = SHAPES[definition];
      if (!fields || !isObject(value)) return;
      for (const key of Object.keys(fields)) if (key in value) walk(value[key], fields[key], where + step(key));
    };
    walk(candidate, root, "$");
  };

export const storableText = storableTextOf("catalog");
