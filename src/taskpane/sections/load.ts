import type { tableToCatalog } from "../../compare/catalogTable";
import type { Catalog } from "../../catalog/types";
import { append, field, h } from "../dom";
import { parseTsv } from "../inputs";
import { finding } from "../../catalog/problem";
import { toProblem } from "../../catalog/problemMessages";
import { sizeProblem } from "../../catalog/reader";
import { loadCatalogValidator } from "../../catalog/validate";
import { commit, fetchCatalog, MAX_BYTES, readCatalogFile, type Candidate } from "../loadCatalog";
import { loadPriceTable } from "../priceTable";
import { gridDetails, problemDetails, type PaneContext } from "./context";

type Grid = Parameters<typeof tableToCatalog>[0];

/** Bringing in a version: a file, an https URL, or an edited price table (a sheet, or pasted). */
export function mountLoad(ctx: PaneContext): HTMLElement {
  const { t, excel, registry, status } = ctx;

  const finishLoad = (source: string, result: ReturnType<typeof commit>): void => {
    if (!result.ok) {
      ctx.reportProblems(source, problemDetails(result.problems));
      return;
    }
    status.success(
      result.replaced ? t("loadedReplaced", { id: result.id }) : t("loaded", { id: result.id }),
      result.notes && problemDetails(result.notes),
    );
    // Formulas that name this version (#N/A until now) or use it as the default recalculate.
    if (excel) void status.track(t("progressSaving"), () => excel.saveAndRecalculate(registry));
  };

  /** Reads a candidate, validates it whole and adds it only if it has no problem. */
  const bringIn = async (source: string, read: () => Promise<Candidate>): Promise<void> => {
    await status.track(t("progressLoading"), async (report) => {
      const candidate = await read();
      report(null, t("progressValidating"));
      if (candidate.ok) await loadCatalogValidator(); // a chunk of its own, fetched the first time
      await new Promise((resolve) => setTimeout(resolve, 0));
      finishLoad(source, commit(registry, candidate, t));
    });
  };

  /** The version an exported table came from: its "based on" row, else any version id in its first rows. */
  const baseFor = (grid: Grid, basedOn: string | undefined): Catalog | undefined => {
    const top = grid.slice(0, 20);
    const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
    if (basedOn && registry.catalog(basedOn)) return registry.catalog(basedOn);
    for (const row of top)
      for (const cell of row) if (registry.catalog(text(cell))) return registry.catalog(text(cell));
    return undefined;
  };

  /** A version from an edited price table: the base is the version the table was exported from, when known. */
  const versionFromGrid = async (source: string, grid: Grid, sheetName: string): Promise<void> => {
    const [table] = await Promise.all([loadPriceTable(), loadCatalogValidator()]);
    const result = table.tableToCatalog(grid, baseFor(grid, table.basedOnOf(grid)), { sheetName, lang: t.lang });
    if (!result.ok) {
      ctx.reportProblems(source, gridDetails(result.problems));
      return;
    }
    finishLoad(source, commit(registry, { ok: true, value: result.catalog as Catalog }, t));
  };

  const fromPaste = (text: string): void => {
    const source = t("sourcePaste");
    // A pasted table is not JSON: its size and emptiness are judged as the reader judges them.
    const unreadable =
      sizeProblem(new TextEncoder().encode(text).length, t.lang) ??
      (text.trim() === "" ? toProblem(finding("A1", "empty-input", {}), t.lang) : null);
    if (unreadable) {
      ctx.reportProblems(source, [{ where: "A1", message: unreadable.message }]);
      return;
    }
    void status.track(t("progressValidating"), async () => versionFromGrid(source, parseTsv(text), "Pasted"));
  };

  const fromActiveSheet = async (button: HTMLButtonElement): Promise<void> => {
    if (!excel) return;
    button.disabled = true;
    try {
      await status.track(t("progressLoading"), async () => {
        const { sheetName, grid } = await excel.readActiveSheet();
        await versionFromGrid(t("sourceSheet", { name: sheetName }), grid, sheetName);
      });
    } finally {
      button.disabled = false;
    }
  };

  const fileInput = h("input", { type: "file", id: "catalog-file", accept: ".json,application/json" });
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void bringIn(t("sourceFile", { name: file.name }), () => readCatalogFile(file, t)).finally(() => {
      fileInput.value = ""; // the same file can be picked again after it is fixed
    });
  });

  const urlInput = h("input", {
    type: "url",
    id: "catalog-url",
    placeholder: "https://",
    inputmode: "url",
    autocomplete: "url",
    spellcheck: false,
  });
  const urlButton = h("button", { type: "submit", id: "catalog-url-load" }, t("loadUrlButton"));
  const urlForm = h(
    "form",
    { class: "inline-form", "aria-label": t("loadUrlLabel") },
    field(t("loadUrlLabel"), urlInput),
    urlButton,
  );
  urlForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = urlInput.value;
    urlButton.disabled = true;
    void bringIn(t("sourceUrl", { url: url.trim() }), () => fetchCatalog(url, t)).finally(
      () => (urlButton.disabled = false),
    );
  });

  const sheetPart = h(
    "div",
    { class: "subsection" },
    h("h3", {}, t("loadSheetHeading")),
    h("p", { class: "hint" }, excel ? t("loadSheetHelpExcel") : t("loadSheetHelpStandalone")),
  );
  if (excel) {
    const button = h("button", { type: "button", id: "catalog-from-sheet" }, t("createFromSheet"));
    button.addEventListener("click", () => void fromActiveSheet(button));
    sheetPart.appendChild(button);
  } else {
    const paste = h("textarea", { id: "catalog-paste", rows: 4, spellcheck: false });
    const button = h("button", { type: "button", id: "catalog-from-paste" }, t("createFromPaste"));
    button.addEventListener("click", () => fromPaste(paste.value));
    append(sheetPart, field(t("pasteLabel"), paste), button);
  }

  return h(
    "section",
    { class: "card", "aria-labelledby": "load-heading" },
    h("h2", { id: "load-heading" }, t("loadHeading")),
    field(t("loadFileLabel"), fileInput, t("loadFileHelp", { mb: MAX_BYTES / 1048576 })),
    urlForm,
    sheetPart,
  );
}
