import type { ProductKind } from "../../catalog/types";
import { field, h } from "../dom";
import { parseVolumes, type Parsed } from "../inputs";
import { parsePurchases } from "../ledgerInputs";
import type { PaneContext } from "./context";
import type { Generated, OutputForm } from "./outputForm";

/**
 * The Pack ledger comparison's own fields (months of calls, packs bought) and its reader: the
 * compare form supplies the item, the version, the product and the form of the cells (add-in
 * formulas, portable formulas or values).
 */
export interface LedgerPart {
  readonly element: HTMLElement;
  read(
    which: {
      readonly product: ProductKind;
      readonly item: string;
      readonly version: string;
      readonly form: OutputForm;
    },
    bad: <T>(p: Parsed<T>) => boolean,
  ): Promise<(() => Generated) | null>;
}

export function mountLedgerPart(ctx: PaneContext): LedgerPart {
  const { t, registry } = ctx;
  const months = h("input", {
    type: "text",
    id: "ledger-months",
    autocomplete: "off",
    value: Array(12).fill("25000").join(", "),
  });
  const purchases = h("textarea", { id: "ledger-purchases", rows: 3, spellcheck: false });
  purchases.value = "1, 100000, 3500\n1, 100000, 3500\n1, 100000, 3500";
  const element = h("div", {}, field(t("ledgerMonthsLabel"), months), field(t("ledgerPurchasesLabel"), purchases));
  return {
    element,
    async read({ product, item, version, form }, bad) {
      const volumes = parseVolumes(months.value, t);
      if (bad(volumes) || !volumes.ok) return null;
      const bought = parsePurchases(purchases.value, t);
      if (bad(bought) || !bought.ok) return null;
      const options = { product, lang: t.lang };
      const live = form === "addin";
      // The ledger's sheet builder is a chunk of its own (ledger.js), fetched on the first ledger.
      const { packLedgerSheet } = await import(/* webpackChunkName: "ledger" */ "../../compare/packLedgerSheet");
      const table = () =>
        packLedgerSheet(registry, item, volumes.value, bought.value, version, { ...options, liveFormulas: live });
      if (form !== "portable") return () => ({ table: table(), formulas: live });
      // The chunk the other portable forms load (portable.js).
      const { portableLedger } = await import(/* webpackChunkName: "portable" */ "../../compare/portable");
      return () => ({
        table: table(),
        sheets: (takenSheetNames) =>
          portableLedger(registry, item, volumes.value, bought.value, version, { ...options, takenSheetNames }).sheets,
      });
    },
  };
}
