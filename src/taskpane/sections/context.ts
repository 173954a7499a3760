import type { CatalogRegistry } from "../../catalog/registry";
import type { ProductKind } from "../../catalog/types";
import type { GridProblem } from "../../compare/types";
import { itemNames } from "../calculator";
import { h, option, uid } from "../dom";
import type { ExcelHost } from "../excelHost";
import type { Translator } from "../i18n";
import type { Problem } from "../loadCatalog";
import type { Detail, StatusPanel } from "../status";

/**
 * What every section of the pane shares: the registry, the words, Excel (null outside it),
 * the message stack, and the pickers that must follow the registry (version selects, name
 * lists). A section is a function `mount(ctx)` returning its card.
 */
export interface PaneContext {
  readonly registry: CatalogRegistry;
  readonly t: Translator;
  /** Null outside Excel. */
  readonly excel: ExcelHost | null;
  readonly status: StatusPanel;
  /** Runs after every registry change (a version loaded, removed, a new default). */
  onRefresh(refresh: () => void): void;
  /** A version picker kept in step with the registry; `withDefault` adds "Default (id)". */
  versionSelect(withDefault: boolean, id: string): HTMLSelectElement;
  productSelect(id: string): HTMLSelectElement;
  /** A name field offering the names of the chosen product in the chosen version. */
  itemInput(id: string, product: HTMLSelectElement, version: () => string): HTMLInputElement;
  /** Reports problems of one source as one error with a line each. */
  reportProblems(source: string, details: readonly Detail[]): void;
}

export const gridDetails = (problems: readonly GridProblem[]): Detail[] =>
  problems.map((p) => ({ where: p.cell, message: p.message }));

export const problemDetails = (problems: readonly Problem[]): Detail[] =>
  problems.map((p) => ({ where: p.where, message: p.message }));

/** The context of one pane; `refresh()` brings every picker in step with the registry. */
export function paneContext(
  registry: CatalogRegistry,
  t: Translator,
  excel: ExcelHost | null,
  status: StatusPanel,
  datalists: HTMLElement,
): PaneContext & { refresh(): void } {
  const refreshers: (() => void)[] = [];
  const selects: { el: HTMLSelectElement; withDefault: boolean }[] = [];
  const fillSelects = (): void => {
    const ids = registry.ids();
    for (const { el, withDefault } of selects) {
      const previous = el.value;
      el.replaceChildren(
        ...(withDefault ? [option("", t("versionDefaultOption", { id: registry.defaultId }))] : []),
        ...ids.map((id) => option(id, id)),
      );
      el.value =
        ids.includes(previous) || (withDefault && previous === "") ? previous : withDefault ? "" : registry.defaultId;
    }
  };
  return {
    registry,
    t,
    excel,
    status,
    onRefresh: (refresh) => void refreshers.push(refresh),
    versionSelect(withDefault, id) {
      const el = h("select", { id: id || uid("version") });
      selects.push({ el, withDefault });
      return el;
    },
    productSelect: (id) => h("select", { id }, option("ocr", t("productOcr")), option("face", t("productFace"))),
    itemInput(id, product, version) {
      const listId = `${id}-names`;
      const list = h("datalist", { id: listId });
      const input = h("input", { type: "text", id, list: listId, autocomplete: "off", spellcheck: false });
      const fill = (): void =>
        list.replaceChildren(...itemNames(registry, product.value as ProductKind, version()).map((n) => option(n, n)));
      product.addEventListener("change", fill);
      refreshers.push(fill);
      datalists.appendChild(list);
      return input;
    },
    reportProblems(source, details) {
      const heading =
        details.length === 1
          ? t("problemsHeadingOne", { source })
          : t("problemsHeading", { source, count: details.length });
      status.error(heading, details);
    },
    refresh() {
      fillSelects();
      for (const refresh of refreshers) refresh();
    },
  };
}
