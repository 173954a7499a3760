import type { CatalogRegistry } from "../catalog/registry";
import type { ProductKind } from "../catalog/types";
import { h } from "./dom";
import type { MessageKey, Translator } from "./i18n";

export interface CatalogListActions {
  setDefault(id: string): void;
  remove(id: string): void;
  exportToSheet(id: string): void;
  downloadJson(id: string): void;
}

export interface VersionRow {
  readonly id: string;
  readonly title: string;
  readonly ocrDate: string;
  readonly faceDate: string;
  readonly source: string;
  readonly embedded: boolean;
  readonly isDefault: boolean;
}

/** The rows the list shows (pure: dates carry "(approx.)" when inferred from clues). */
export function versionRows(registry: CatalogRegistry, t: Translator): VersionRow[] {
  const date = (id: string, kind: ProductKind): string => {
    const product = registry.catalog(id)?.products[kind];
    if (!product) return t("none");
    return product.dateIsClue ? `${product.effectiveDate} ${t("approx")}` : product.effectiveDate;
  };
  return registry.list().map((s) => ({
    id: s.id,
    title: s.title,
    ocrDate: date(s.id, "ocr"),
    faceDate: date(s.id, "face"),
    source: s.basedOn === null ? s.source : t("priceBookSource", { id: s.basedOn }),
    embedded: s.embedded,
    isDefault: s.isDefault,
  }));
}

/**
 * Every version (built-in and loaded) with its dates and source; a radio group picks the
 * workbook's default. Arrow keys move within the radio group; Tab reaches each action.
 */
export function renderCatalogList(
  container: HTMLElement,
  registry: CatalogRegistry,
  t: Translator,
  actions: CatalogListActions,
): void {
  const rows = versionRows(registry, t);
  const table = h(
    "table",
    { class: "versions", id: "versions-table" },
    h("caption", { class: "visually-hidden" }, t("versionsHeading")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...[
          t("colDefault"),
          t("colId"),
          t("colTitle"),
          t("colOcrDate"),
          t("colFaceDate"),
          t("colSource"),
          t("colKind"),
          t("colActions"),
        ].map((name) => h("th", { scope: "col" }, name)),
      ),
    ),
  );
  const body = h("tbody", {});
  for (const row of rows) {
    const radio = h("input", {
      type: "radio",
      name: "default-version",
      value: row.id,
      checked: row.isDefault,
      "aria-label": t("setDefaultLabel", { id: row.id }),
    });
    radio.addEventListener("change", () => {
      if (radio.checked) actions.setDefault(row.id);
    });
    const button = (action: string, label: MessageKey, ariaLabel: MessageKey, onClick: () => void, danger = false) => {
      const element = h(
        "button",
        {
          type: "button",
          class: danger ? "small danger" : "small",
          "aria-label": t(ariaLabel, { id: row.id }),
          "data-action": action,
        },
        t(label),
      );
      element.addEventListener("click", onClick);
      return element;
    };
    const exportButton = button("export", "exportVersion", "exportVersionLabel", () => actions.exportToSheet(row.id));
    const jsonButton = button("json", "downloadVersionJson", "downloadVersionJsonLabel", () =>
      actions.downloadJson(row.id),
    );
    // Built-in versions cannot be removed.
    const removeButton = row.embedded
      ? null
      : button("remove", "removeVersion", "removeVersionLabel", () => actions.remove(row.id), true);
    body.appendChild(
      h(
        "tr",
        { "data-id": row.id, class: row.isDefault ? "is-default" : null },
        h("td", { class: "center" }, radio),
        h("th", { scope: "row" }, h("code", {}, row.id)),
        h("td", { class: "title" }, row.title),
        h("td", { class: "nowrap", "data-label": t("colOcrDate") }, row.ocrDate),
        h("td", { class: "nowrap", "data-label": t("colFaceDate") }, row.faceDate),
        h("td", { class: "source", "data-label": t("colSource") }, row.source),
        h("td", { class: "kind", "data-label": t("colKind") }, row.embedded ? t("kindBuiltIn") : t("kindLoaded")),
        h("td", { class: "row-actions" }, exportButton, jsonButton, removeButton),
      ),
    );
  }
  table.appendChild(body);
  const group = h(
    "div",
    { role: "radiogroup", "aria-label": t("versionsHelp"), class: "table-scroll", tabindex: -1 },
    table,
  );
  container.replaceChildren(group);
}
