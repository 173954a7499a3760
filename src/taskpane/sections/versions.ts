import { renderCatalogList } from "../catalogList";
import { downloadBytes, h } from "../dom";
import type { PaneContext } from "./context";
import { fileSafe, type Results } from "./results";
import { loadPriceTable } from "../priceTable";

/** Catalog versions: the list, the default (stored in the workbook, or the browser), remove, export. */
export function mountVersions(ctx: PaneContext, results: Results): HTMLElement {
  const { t, excel, registry, status } = ctx;
  const list = h("div", { id: "versions" });

  const setDefault = async (id: string): Promise<void> => {
    if (id === registry.defaultId) return;
    const done = await status.track(t("progressSaving"), async () => {
      if (excel) await excel.setDefault(registry, id);
      else registry.setDefault(id);
      return true;
    });
    if (done) status.success(excel ? t("defaultChangedExcel", { id }) : t("defaultChanged", { id }));
    else render(); // put the radio back on the actual default
  };

  const remove = async (id: string): Promise<void> => {
    const done = await status.track(t("progressSaving"), async () => {
      if (!registry.remove(id)) return false;
      if (excel) await excel.saveAndRecalculate(registry); // formulas naming it (or the default) change
      return true;
    });
    if (done) status.success(t("versionRemoved", { id }));
  };

  const exportToSheet = async (id: string): Promise<void> => {
    const catalog = registry.catalog(id);
    if (!catalog) return;
    const { catalogToTable } = await loadPriceTable();
    await results.generate(
      () => catalogToTable(catalog, { lang: t.lang }),
      (sheet) => t("exportedVersion", { id, sheet }),
    );
  };

  const downloadJson = (id: string): void => {
    const catalog = registry.document(id); // a price book downloads as the book it was loaded as
    if (!catalog) return;
    const bytes = new TextEncoder().encode(JSON.stringify(catalog, null, 2) + "\n");
    downloadBytes(`${fileSafe(id)}.json`, bytes, "application/json");
  };

  function render(): void {
    // Keep keyboard focus on the same control of the same version across a re-render.
    const active = document.activeElement as HTMLElement | null;
    const row = active && list.contains(active) ? active.closest("tr")?.getAttribute("data-id") : null;
    const action = active?.getAttribute("data-action") ?? (active instanceof HTMLInputElement ? "radio" : null);
    renderCatalogList(list, registry, t, {
      setDefault: (id) => void setDefault(id),
      remove: (id) => void remove(id),
      exportToSheet: (id) => void exportToSheet(id),
      downloadJson,
    });
    if (row && action) {
      const target = [...list.querySelectorAll<HTMLTableRowElement>("tr[data-id]")].find(
        (tr) => tr.getAttribute("data-id") === row,
      );
      const control =
        action === "radio"
          ? target?.querySelector<HTMLElement>("input")
          : target?.querySelector<HTMLElement>(`[data-action="${action}"]`);
      (control ?? list.querySelector<HTMLElement>("input:checked"))?.focus();
    }
  }
  ctx.onRefresh(render);

  return h(
    "section",
    { class: "card", "aria-labelledby": "versions-heading" },
    h("h2", { id: "versions-heading" }, t("versionsHeading")),
    h("p", { class: "hint" }, t("versionsHelp")),
    list,
  );
}
