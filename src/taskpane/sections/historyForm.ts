/**
 * The Price history part of the comparisons form: the items (OCR and face names together, as
 * PRICE_HISTORY looks a name up in OCR, then in face) and what to show (postpaid tiers or packs).
 * Every version the pane holds takes part, so the form has no version choice of its own.
 */
import { PRODUCT_KINDS } from "../../core/model";
import type { HistoryWhat } from "../../core/priceHistory";
import { priceHistorySheet } from "../../compare/priceHistory";
import type { ComparisonTable } from "../../compare/types";
import { itemNames } from "../calculator";
import { field, h, option } from "../dom";
import type { Translator } from "../i18n";
import type { Parsed } from "../inputs";
import type { PaneContext } from "./context";

/** What the history part holds when "Generate" is pressed. */
export interface HistoryChoice {
  readonly itemsText: string;
  readonly what: HistoryWhat;
}

/** Names one per line, or separated by commas (，), 、 or semicolons; each name once, in the order typed. */
export function parseItemNames(text: string, t: Translator): Parsed<string[]> {
  const names = [
    ...new Set(
      text
        .split(/[\r\n,，、;；]+/)
        .map((n) => n.trim())
        .filter((n) => n !== ""),
    ),
  ];
  return names.length ? { ok: true, value: names } : { ok: false, errors: [t("historyNoItems")] };
}

/** The history sheet's builder from the form, or null when the items were refused (and said why). */
export async function readHistory(
  { t, registry }: PaneContext,
  f: { readonly history: HistoryChoice },
  bad: <T>(p: Parsed<T>) => boolean,
): Promise<(() => ComparisonTable) | null> {
  const items = parseItemNames(f.history.itemsText, t);
  if (bad(items) || !items.ok) return null;
  return () => priceHistorySheet(registry, items.value, f.history.what, { lang: t.lang });
}

/** Every name any version knows, OCR and face: the suggestions of the "add an item" field. */
const allNames = (ctx: PaneContext): string[] => [
  ...new Set(PRODUCT_KINDS.flatMap((kind) => ctx.registry.ids().flatMap((id) => itemNames(ctx.registry, kind, id)))),
];

export function historyPart(ctx: PaneContext): { readonly element: HTMLElement; value(): HistoryChoice } {
  const { t } = ctx;
  const items = h("textarea", { id: "history-items", rows: 3, spellcheck: false });
  items.value = "身份证识别\n人脸比对";
  const names = h("datalist", { id: "history-names" });
  ctx.onRefresh(() => names.replaceChildren(...allNames(ctx).map((n) => option(n, n))));
  // Picking a suggestion (or Enter) adds the name as a line of the list instead of submitting the form.
  const add = h("input", { type: "text", id: "history-add", list: names.id, autocomplete: "off", spellcheck: false });
  const addName = (): void => {
    const name = add.value.trim();
    if (name === "") return;
    const lines = items.value.split(/\r?\n/).map((l) => l.trim());
    if (!lines.includes(name)) items.value = [...lines.filter((l) => l !== ""), name].join("\n");
    add.value = "";
  };
  add.addEventListener("change", addName);
  add.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    addName();
  });
  const what = h(
    "select",
    { id: "history-what" },
    option("postpaid", t("historyWhatPostpaid")),
    option("packs", t("historyWhatPacks")),
  );
  const element = h(
    "div",
    {},
    field(t("historyItemsLabel"), items, t("historyItemsHint")),
    field(t("historyAddLabel"), add),
    names,
    field(t("historyWhatLabel"), what),
  );
  return { element, value: () => ({ itemsText: items.value, what: what.value as HistoryWhat }) };
}
