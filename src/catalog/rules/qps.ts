import { finding } from "../problem";
import { entries, products, type At, type JsonObject, type Rule } from "./shape";

/** QPS classes have distinct ids, and every class an item or interface names is defined. */
export const qpsClasses: Rule = (candidate, out) => {
  for (const product of products(candidate)) {
    const ids = new Set<string>();
    for (const qps of entries(product, "qpsClasses")) {
      const { id } = qps.value;
      if (typeof id !== "string") continue;
      if (ids.has(id)) out.push(finding(`${qps.path}.id`, "duplicate-qps-class", { id }));
      ids.add(id);
    }
    const reference = (owner: At<JsonObject>): void => {
      const id = owner.value.qpsClass;
      if (typeof id === "string" && !ids.has(id))
        out.push(finding(`${owner.path}.qpsClass`, "unknown-qps-class", { id }));
    };
    for (const item of entries(product, "billingItems")) {
      reference(item);
      for (const iface of entries(item, "interfaces")) reference(iface);
    }
  }
};
