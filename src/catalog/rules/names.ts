import { nameKey } from "../../core/names";
import { finding } from "../problem";
import { entries, listOf, products, type At, type JsonObject, type Rule } from "./shape";

/**
 * Names users type must have a visible character (a zero-width space is not a name), and a
 * billing item's id and name lead to one item of its product, whatever the spacing or width of
 * the characters (names are compared as formulas find them, by nameKey). Interfaces may repeat:
 * documents list some under several items.
 */
export const visibleUniqueNames: Rule = (candidate, out) => {
  const visible = (value: unknown, where: string): void => {
    if (typeof value === "string" && nameKey(value) === "") out.push(finding(where, "invisible-name", {}));
  };
  const named = (owner: At<JsonObject>): void => {
    visible(owner.value.name, `${owner.path}.name`);
    listOf(owner.value.aliases).forEach((alias, i) => visible(alias, `${owner.path}.aliases[${i}]`));
  };
  for (const product of products(candidate)) {
    const ids = new Map<string, string>();
    const names = new Map<string, string>();
    for (const item of entries(product, "billingItems")) {
      named(item);
      for (const field of ["interfaces", "notBilledInterfaces"]) for (const iface of entries(item, field)) named(iface);
      const { id, name } = item.value;
      if (typeof id === "string") {
        const at = ids.get(id);
        if (at !== undefined) out.push(finding(`${item.path}.id`, "duplicate-item-id", { id, at }));
        else ids.set(id, item.path);
      }
      if (typeof name === "string") {
        const key = nameKey(name);
        const at = names.get(key);
        if (at !== undefined) out.push(finding(`${item.path}.name`, "duplicate-item-name", { name, at }));
        else names.set(key, item.path);
      }
    }
  }
};
