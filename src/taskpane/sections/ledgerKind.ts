import type { ProductKind } from "../../catalog/types";
import type { ComparisonTable } from "../../compare/types";
import { field, h } from "../dom";
import { parseVolumes, type Parsed } from "../inputs";
import { parsePurchases } from "../ledgerInputs";
import type { PaneContext } from "./context";

/**
 * The Pack ledger comparison's own fields (months of calls, packs bought, live formulas in
 * Excel) and its reader: the compare form supplies the item, the version and the product.
 */
export interface LedgerPart {
  readonly element: HTMLElement;
  read(
    which: { readonly product: ProductKind; readonly item: string; readonly version: string },
    bad: <T>(p: Parsed<T>) => boolean,
  ): Promise<(() => ComparisonTable) | null>;
}

export function mountLedgerPart(ctx: PaneContext): LedgerPart {
  const { t, excel, registry } = ctx;
  const months = h("input", {
    type: "text",
    id: "ledger-months",
    autocomplete: "off",
    value: Array(12).fill("25000").join(", "),
  });
  const purchases = h("textarea", { id: "ledger-purchases", rows: 3, spellcheck: false });
  purchases.value = "1, 100000, 3500\n1, 100000, 3500\n1, 100000, 3500";
  const live = h("input", { type: "checkbox", id: "ledger-live", checked: true });
  const element = h(
    "div",
    {},
    field(t("ledgerMonthsLabel"), months),
    field(t("ledgerPurchasesLabel"), purchases),
    excel ? h("div", { class: "check" }, live, h("label", { for: live.id }, t("liveFormulas"))) : null,
  );
  return {
    element,
    async read({ product, item, version }, bad) {
      const volumes = parseVolumes(months.value, t);
      if (bad(volumes) || !volumes.ok) return null;
      const bought = parsePurchases(purchases.value, t);
      if (bad(bought) || !bought.ok) return null;
      const options = { product, liveFormulas: excel !== null && live.checked, lang: t.lang };
      // The ledger's sheet builder is a chunk of its own (ledger.js), fetched on the first ledger.
      const { packLedgerSheet } = await import(/* webpackChunkName: "ledger" */ "../../compare/packLedgerSheet");
      return () => packLedgerSheet(registry, item, volumes.value, bought.value, version, options);
    },
  };
}
