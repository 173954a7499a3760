import type { CatalogRegistry } from "../catalog/registry";
import type { Catalog, ProductKind } from "../catalog/types";
import { catalogToTable, forecast, planSheet, priceChanges, tableToCatalog, volumeLadder } from "../compare";
import type { ComparisonTable, ForecastInput, GridProblem } from "../compare/types";
import { calculate, groupDigits, itemNames } from "./calculator";
import { renderCatalogList } from "./catalogList";
import { append, downloadBytes, field, h, option, uid } from "./dom";
import type { ExcelHost } from "./excelHost";
import type { Translator } from "./i18n";
import { parseForecastRows, parsePackPrices, parseTsv, parseVolumes, type Parsed } from "./inputs";
import { finding } from "../catalog/problem";
import { toProblem } from "../catalog/problemMessages";
import { sizeProblem } from "../catalog/reader";
import { commit, fetchCatalog, MAX_BYTES, readCatalogFile, type Candidate, type Problem } from "./loadCatalog";
import { renderComparison } from "./render";
import { StatusPanel, type Detail } from "./status";
import { tableToXlsxSheet } from "./tableSheet";
import { buildXlsx, XLSX_MIME } from "./xlsx";

/**
 * The task pane: catalog versions, bringing in a version, the calculator and comparison
 * sheets. In Excel comparisons go to new worksheets; outside Excel (a plain browser) the same
 * page is a standalone calculator that shows them as HTML tables and downloads .xlsx files.
 */
export interface PaneOptions {
  readonly root: HTMLElement;
  readonly registry: CatalogRegistry;
  readonly t: Translator;
  /** Null outside Excel. */
  readonly excel: ExcelHost | null;
}

type CompareKind = "price-changes" | "forecast" | "ladder" | "plan";

const problemDetails = (problems: readonly Problem[]): Detail[] =>
  problems.map((p) => ({ where: p.where, message: p.message }));
const gridDetails = (problems: readonly GridProblem[]): Detail[] =>
  problems.map((p) => ({ where: p.cell, message: p.message }));
const fileSafe = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim() || "table";

export class TaskPane {
  private readonly registry: CatalogRegistry;
  private readonly t: Translator;
  private readonly excel: ExcelHost | null;
  private readonly status: StatusPanel;
  private readonly stopListening: () => void;
  private readonly versionSelects: { el: HTMLSelectElement; withDefault: boolean }[] = [];
  private readonly versionCheckboxes: HTMLDivElement;
  private readonly results: HTMLDivElement;
  private readonly generatedTables: ComparisonTable[] = [];
  private readonly downloadAll: HTMLButtonElement;
  private readonly listContainer: HTMLDivElement;
  private readonly refreshers: (() => void)[] = [];
  private readonly datalists: HTMLDivElement = h("div", { hidden: true });

  constructor(private readonly options: PaneOptions) {
    const { root, registry, t, excel } = options;
    this.registry = registry;
    this.t = t;
    this.excel = excel;
    const statusRoot = h("section", { class: "status", id: "status", "aria-label": t("statusRegion") });
    this.status = new StatusPanel(statusRoot, t);
    this.listContainer = h("div", { id: "versions" });
    this.versionCheckboxes = h("div", { class: "checks", id: "compare-versions" });
    this.results = h("div", { class: "results", id: "results" });
    this.downloadAll = h("button", { type: "button", id: "download-all", hidden: true }, t("downloadAllXlsx"));
    this.downloadAll.addEventListener("click", () => this.download(this.generatedTables, "tcloud-comparisons.xlsx"));

    root.replaceChildren(
      h("a", { class: "skip-link", href: "#calculator" }, t("skipToCalculator")),
      h(
        "header",
        { class: "pane-header" },
        h("h1", {}, t("appTitle")),
        h(
          "span",
          { class: `badge ${excel ? "excel" : "standalone"}`, id: "mode" },
          excel ? t("modeExcel") : t("modeStandalone"),
        ),
      ),
      statusRoot,
      this.versionsSection(),
      this.loadSection(),
      this.calculatorSection(),
      this.compareSection(),
      this.datalists,
    );
    this.stopListening = registry.onChange(() => this.refresh());
    this.refresh();
  }

  /** Stops following the registry (the pane is being replaced, e.g. Excel answered late). */
  dispose(): void {
    this.stopListening();
  }

  get messages(): StatusPanel {
    return this.status;
  }

  /** The pane's language (its messages, and the problems of what it reads). */
  get lang(): Translator["lang"] {
    return this.t.lang;
  }

  /* ---------- Catalog versions ---------- */

  private versionsSection(): HTMLElement {
    const { t } = this;
    return h(
      "section",
      { class: "card", "aria-labelledby": "versions-heading" },
      h("h2", { id: "versions-heading" }, t("versionsHeading")),
      h("p", { class: "hint" }, t("versionsHelp")),
      this.listContainer,
    );
  }

  private renderVersions(): void {
    // Keep keyboard focus on the same control of the same version across a re-render.
    const active = document.activeElement as HTMLElement | null;
    const row = active && this.listContainer.contains(active) ? active.closest("tr")?.getAttribute("data-id") : null;
    const action = active?.getAttribute("data-action") ?? (active instanceof HTMLInputElement ? "radio" : null);
    renderCatalogList(this.listContainer, this.registry, this.t, {
      setDefault: (id) => void this.setDefault(id),
      remove: (id) => void this.remove(id),
      exportToSheet: (id) => void this.exportVersion(id),
      downloadJson: (id) => this.downloadJson(id),
    });
    if (row && action) {
      const target = [...this.listContainer.querySelectorAll<HTMLTableRowElement>("tr[data-id]")].find(
        (tr) => tr.getAttribute("data-id") === row,
      );
      const control =
        action === "radio"
          ? target?.querySelector<HTMLElement>("input")
          : target?.querySelector<HTMLElement>(`[data-action="${action}"]`);
      (control ?? this.listContainer.querySelector<HTMLElement>("input:checked"))?.focus();
    }
  }

  private async setDefault(id: string): Promise<void> {
    const { t, excel, registry } = this;
    if (id === registry.defaultId) return;
    const done = await this.status.track(t("progressSaving"), async () => {
      if (excel) await excel.setDefault(registry, id);
      else registry.setDefault(id);
      return true;
    });
    if (done) this.status.success(excel ? t("defaultChangedExcel", { id }) : t("defaultChanged", { id }));
    else this.refresh(); // put the radio back on the actual default
  }

  private async remove(id: string): Promise<void> {
    const { t, excel, registry } = this;
    const done = await this.status.track(t("progressSaving"), async () => {
      if (!registry.remove(id)) return false;
      if (excel) await excel.saveAndRecalculate(registry); // formulas naming it (or the default) change
      return true;
    });
    if (done) this.status.success(t("versionRemoved", { id }));
  }

  private async exportVersion(id: string): Promise<void> {
    const catalog = this.registry.catalog(id);
    if (!catalog) return;
    await this.generate(
      () => catalogToTable(catalog),
      (sheet) => this.t("exportedVersion", { id, sheet }),
    );
  }

  private downloadJson(id: string): void {
    const catalog = this.registry.catalog(id);
    if (!catalog) return;
    downloadBytes(
      `${fileSafe(id)}.json`,
      new TextEncoder().encode(JSON.stringify(catalog, null, 2) + "\n"),
      "application/json",
    );
  }

  /* ---------- Bring in a version ---------- */

  private loadSection(): HTMLElement {
    const { t, excel } = this;
    const fileInput = h("input", { type: "file", id: "catalog-file", accept: ".json,application/json" });
    fileInput.addEventListener("change", () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      void this.bringIn(t("sourceFile", { name: file.name }), () => readCatalogFile(file, t)).finally(() => {
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
      void this.bringIn(t("sourceUrl", { url: url.trim() }), () => fetchCatalog(url, t)).finally(
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
      button.addEventListener("click", () => void this.fromActiveSheet(button));
      sheetPart.appendChild(button);
    } else {
      const paste = h("textarea", { id: "catalog-paste", rows: 4, spellcheck: false });
      const button = h("button", { type: "button", id: "catalog-from-paste" }, t("createFromPaste"));
      button.addEventListener("click", () => this.fromPaste(paste.value));
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

  /** Reads a candidate, validates it whole and adds it only if it has no problem. */
  private async bringIn(source: string, read: () => Promise<Candidate>): Promise<void> {
    const { t } = this;
    await this.status.track(t("progressLoading"), async (report) => {
      const candidate = await read();
      report(null, t("progressValidating"));
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.finishLoad(source, commit(this.registry, candidate, this.t));
    });
  }

  private finishLoad(source: string, result: ReturnType<typeof commit>): void {
    const { t } = this;
    if (!result.ok) {
      this.reportProblems(source, problemDetails(result.problems));
      return;
    }
    this.status.success(
      result.replaced ? t("loadedReplaced", { id: result.id }) : t("loaded", { id: result.id }),
      result.notes && problemDetails(result.notes),
    );
    // Formulas that name this version (#N/A until now) or use it as the default recalculate.
    if (this.excel) void this.status.track(t("progressSaving"), () => this.excel!.saveAndRecalculate(this.registry));
  }

  private reportProblems(source: string, details: readonly Detail[]): void {
    const { t } = this;
    const heading =
      details.length === 1
        ? t("problemsHeadingOne", { source })
        : t("problemsHeading", { source, count: details.length });
    this.status.error(heading, details);
  }

  /** A version from an edited price table: the base is the version the table was exported from, when known. */
  private versionFromGrid(source: string, grid: Parameters<typeof tableToCatalog>[0], sheetName: string): void {
    const result = tableToCatalog(grid, this.baseFor(grid), { sheetName });
    if (!result.ok) {
      this.reportProblems(source, gridDetails(result.problems));
      return;
    }
    this.finishLoad(source, commit(this.registry, { ok: true, value: result.catalog as Catalog }, this.t));
  }

  /** The version an exported table came from: its "based on" row, else any version id in its first rows. */
  private baseFor(grid: Parameters<typeof tableToCatalog>[0]): Catalog | undefined {
    const top = grid.slice(0, 20);
    const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
    const basedOn = top.find((row) => text(row[0]).toLowerCase() === "based on");
    if (basedOn && this.registry.catalog(text(basedOn[1]))) return this.registry.catalog(text(basedOn[1]));
    for (const row of top)
      for (const cell of row) if (this.registry.catalog(text(cell))) return this.registry.catalog(text(cell));
    return undefined;
  }

  private fromPaste(text: string): void {
    const { t } = this;
    const source = t("sourcePaste");
    // A pasted table is not JSON: its size and emptiness are judged as the reader judges them.
    const unreadable =
      sizeProblem(new TextEncoder().encode(text).length, t.lang) ??
      (text.trim() === "" ? toProblem(finding("A1", "empty-input", {}), t.lang) : null);
    if (unreadable) {
      this.reportProblems(source, [{ where: "A1", message: unreadable.message }]);
      return;
    }
    void this.status.track(t("progressValidating"), async () => this.versionFromGrid(source, parseTsv(text), "Pasted"));
  }

  private async fromActiveSheet(button: HTMLButtonElement): Promise<void> {
    const { t, excel } = this;
    if (!excel) return;
    button.disabled = true;
    try {
      await this.status.track(t("progressLoading"), async () => {
        const { sheetName, grid } = await excel.readActiveSheet();
        this.versionFromGrid(t("sourceSheet", { name: sheetName }), grid, sheetName);
      });
    } finally {
      button.disabled = false;
    }
  }

  /* ---------- Version pickers shared by the forms ---------- */

  private versionSelect(withDefault: boolean, id?: string): HTMLSelectElement {
    const el = h("select", { id: id ?? uid("version") });
    this.versionSelects.push({ el, withDefault });
    return el;
  }

  private refresh(): void {
    this.renderVersions();
    const ids = this.registry.ids();
    for (const { el, withDefault } of this.versionSelects) {
      const previous = el.value;
      el.replaceChildren(
        ...(withDefault ? [option("", this.t("versionDefaultOption", { id: this.registry.defaultId }))] : []),
        ...ids.map((id) => option(id, id)),
      );
      el.value =
        ids.includes(previous) || (withDefault && previous === "")
          ? previous
          : withDefault
            ? ""
            : this.registry.defaultId;
    }
    const checked = new Set(
      [...this.versionCheckboxes.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value),
    );
    const firstTime = this.versionCheckboxes.childElementCount === 0;
    this.versionCheckboxes.replaceChildren(
      ...ids.map((id) => {
        const box = h("input", {
          type: "checkbox",
          value: id,
          id: `cmp-${id}`,
          checked: firstTime ? id === this.registry.defaultId || ids.indexOf(id) < 2 : checked.has(id),
        });
        return h("div", { class: "check" }, box, h("label", { for: box.id }, id));
      }),
    );
    for (const refresh of this.refreshers) refresh();
  }

  /* ---------- Calculator ---------- */

  private productSelect(id: string): HTMLSelectElement {
    return h("select", { id }, option("ocr", this.t("productOcr")), option("face", this.t("productFace")));
  }

  private itemInput(id: string, product: HTMLSelectElement, version: () => string): HTMLInputElement {
    const listId = `${id}-names`;
    const list = h("datalist", { id: listId });
    const input = h("input", { type: "text", id, list: listId, autocomplete: "off", spellcheck: false });
    const fill = (): void =>
      list.replaceChildren(
        ...itemNames(this.registry, product.value as ProductKind, version()).map((n) => option(n, n)),
      );
    product.addEventListener("change", fill);
    this.refreshers.push(fill);
    this.datalists.appendChild(list);
    return input;
  }

  private calculatorSection(): HTMLElement {
    const { t } = this;
    const product = this.productSelect("calc-product");
    const version = this.versionSelect(true, "calc-version");
    const item = this.itemInput("calc-item", product, () => version.value);
    version.addEventListener("change", () => this.refreshers.forEach((r) => r()));
    const volume = h("input", {
      type: "text",
      id: "calc-volume",
      inputmode: "numeric",
      value: "10000",
      autocomplete: "off",
    });
    const prepaid = h("input", {
      type: "text",
      id: "calc-prepaid",
      inputmode: "numeric",
      value: "0",
      autocomplete: "off",
    });
    const output = h("output", {
      id: "calc-result",
      for: "calc-item calc-volume calc-prepaid calc-version",
      "aria-live": "polite",
    });
    const form = h(
      "form",
      { id: "calculator", class: "card", "aria-labelledby": "calc-heading" },
      h("h2", { id: "calc-heading" }, t("calcHeading")),
      h("div", { class: "grid" }, field(t("productLabel"), product), field(t("versionLabel"), version)),
      field(t("itemLabel"), item),
      h("div", { class: "grid" }, field(t("volumeLabel"), volume), field(t("prepaidLabel"), prepaid)),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary", id: "calc-submit" }, t("calculate")),
      ),
      output,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.showCalculation(output, {
        kind: product.value as ProductKind,
        item: item.value,
        volume: volume.value,
        prepaid: prepaid.value,
        version: version.value,
      });
    });
    return form;
  }

  private showCalculation(output: HTMLOutputElement, input: Parameters<typeof calculate>[1]): void {
    const { t } = this;
    const result = calculate(this.registry, input, this.t.lang);
    if (!result.ok) {
      output.replaceChildren(
        h(
          "p",
          { class: "calc-error", role: "alert" },
          h("strong", {}, result.code),
          " ",
          t("calcError", { message: result.message }),
        ),
      );
      return;
    }
    const count = (n: number): string => groupDigits(String(n));
    const rows: [string, string][] = [
      ...(result.switchedTo
        ? ([[t("resultProduct"), t(result.switchedTo === "face" ? "productFace" : "productOcr")]] as [string, string][])
        : []),
      [t("resultVersion"), result.catalogId],
      [t("resultUnitPrice"), result.unitPrice === null ? t("noListPrice") : `¥${result.unitPrice}`],
      [t("resultTier"), `${result.tier}: ${result.tierRange}`],
      [t("resultFree"), count(result.freeCalls)],
      [t("resultPrepaid"), count(result.prepaidCalls)],
      [t("resultPostpaid"), count(result.postpaidCalls)],
    ];
    output.replaceChildren(
      h(
        "p",
        { class: "cost" },
        h("span", { class: "cost-label" }, `${t("resultCost")} · ${result.itemName}`),
        h("span", { class: "cost-value", id: "calc-cost" }, `¥${groupDigits(result.amount)}`),
      ),
      h("dl", { class: "breakdown" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    );
  }

  /* ---------- Comparisons ---------- */

  private compareSection(): HTMLElement {
    const { t, excel } = this;
    const kind = h(
      "select",
      { id: "compare-kind" },
      option("price-changes", t("kindPriceChanges")),
      option("forecast", t("kindForecast")),
      option("ladder", t("kindVolumeLadder")),
      option("plan", t("kindPlan")),
    );
    const product = this.productSelect("compare-product");
    const versionA = this.versionSelect(false, "compare-a");
    const versionB = this.versionSelect(false, "compare-b");
    const planVersion = this.versionSelect(false, "plan-version");
    const item = this.itemInput("compare-item", product, () => planVersion.value);
    const forecastRows = h("textarea", { id: "forecast-rows", rows: 4, spellcheck: false });
    forecastRows.value = "身份证识别, 9999\n银行卡识别, 900000";
    const useSelection = h("input", { type: "checkbox", id: "forecast-selection" });
    const live = h("input", { type: "checkbox", id: "forecast-live", checked: true });
    const ladderVolumes = h("input", { type: "text", id: "ladder-volumes", autocomplete: "off" });
    const planMonths = h("input", {
      type: "text",
      id: "plan-months",
      autocomplete: "off",
      value: "25000, 25000, 25000, 25000, 25000, 25000, 25000, 25000, 25000, 25000, 25000, 25000",
    });
    const planPrices = h("input", { type: "text", id: "plan-prices", autocomplete: "off", placeholder: "100000=3500" });

    const check = (box: HTMLInputElement, label: string): HTMLElement =>
      h("div", { class: "check" }, box, h("label", { for: box.id }, label));
    const parts: Record<CompareKind, HTMLElement> = {
      "price-changes": h("div", { class: "grid" }, field(t("versionA"), versionA), field(t("versionB"), versionB)),
      forecast: h(
        "div",
        {},
        field(t("forecastRowsLabel"), forecastRows),
        excel ? check(useSelection, t("forecastUseSelection")) : null,
        excel ? check(live, t("liveFormulas")) : null,
      ),
      ladder: h("div", {}, field(t("ladderVolumesLabel"), ladderVolumes)),
      plan: h("div", {}, field(t("planMonthsLabel"), planMonths), field(t("planPricesLabel"), planPrices)),
    };
    const versionsGroup = h(
      "fieldset",
      { class: "versions-group" },
      h("legend", {}, t("versionsToCompare")),
      this.versionCheckboxes,
    );
    const itemField = field(t("itemLabel"), item);
    const planVersionField = field(t("versionLabel"), planVersion);
    const show = (): void => {
      const k = kind.value as CompareKind;
      for (const [name, el] of Object.entries(parts)) el.hidden = name !== k;
      versionsGroup.hidden = k === "price-changes" || k === "plan";
      itemField.hidden = !(k === "ladder" || k === "plan");
      planVersionField.hidden = k !== "plan";
    };
    kind.addEventListener("change", show);
    if (!versionB.value) queueMicrotask(() => this.pickDistinct(versionA, versionB, product.value as ProductKind));
    // Another product: versions that price it (a face comparison never starts from an OCR-only list).
    product.addEventListener("change", () => this.pickDistinct(versionA, versionB, product.value as ProductKind));

    const submit = h(
      "button",
      { type: "submit", class: "primary", id: "compare-generate" },
      excel ? t("generateExcel") : t("generate"),
    );
    const form = h(
      "form",
      { id: "compare-form", class: "card", "aria-labelledby": "compare-heading" },
      h("h2", { id: "compare-heading" }, t("compareHeading")),
      excel ? null : h("p", { class: "hint" }, t("standaloneNote")),
      h("div", { class: "grid" }, field(t("compareKindLabel"), kind), field(t("productLabel"), product)),
      parts["price-changes"],
      planVersionField,
      itemField,
      parts.forecast,
      parts.ladder,
      parts.plan,
      versionsGroup,
      h("div", { class: "actions" }, submit, this.downloadAll),
      this.results,
    );
    show();
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const k = kind.value as CompareKind;
      const productKind = product.value as ProductKind;
      const versions = [...this.versionCheckboxes.querySelectorAll<HTMLInputElement>("input:checked")].map(
        (i) => i.value,
      );
      submit.disabled = true;
      void this.runComparison(k, {
        productKind,
        versions,
        versionA: versionA.value,
        versionB: versionB.value,
        planVersion: planVersion.value,
        item: item.value.trim(),
        forecastText: forecastRows.value,
        useSelection: excel !== null && useSelection.checked,
        live: excel !== null && live.checked,
        ladderText: ladderVolumes.value,
        planText: planMonths.value,
        pricesText: planPrices.value,
      }).finally(() => (submit.disabled = false));
    });
    return form;
  }

  /** Version A defaults to the oldest version of the same product as B (the default). */
  /** Versions A and B for a price change: two versions that price the chosen product, B the default when it does. */
  private pickDistinct(a: HTMLSelectElement, b: HTMLSelectElement, kind: ProductKind): void {
    const withKind = this.registry
      .list()
      .filter((s) => (kind === "ocr" ? s.ocrDate : s.faceDate) !== null)
      .map((s) => s.id);
    const ids = withKind.length > 0 ? withKind : this.registry.ids();
    b.value = ids.includes(this.registry.defaultId) ? this.registry.defaultId : ids[0];
    a.value = ids.find((id) => id !== b.value) ?? b.value;
  }

  private async runComparison(
    kind: CompareKind,
    f: {
      productKind: ProductKind;
      versions: string[];
      versionA: string;
      versionB: string;
      planVersion: string;
      item: string;
      forecastText: string;
      useSelection: boolean;
      live: boolean;
      ladderText: string;
      planText: string;
      pricesText: string;
    },
  ): Promise<void> {
    const { t, registry, excel } = this;
    const bad = <T>(parsed: Parsed<T>): parsed is Extract<Parsed<T>, { ok: false }> => {
      if (parsed.ok) return false;
      this.status.error(
        `${t("errorPrefix")}: ${t(kind === "forecast" ? "kindForecast" : kind === "ladder" ? "kindVolumeLadder" : "kindPlan")}`,
        parsed.errors,
      );
      return true;
    };
    if ((kind === "forecast" || kind === "ladder") && f.versions.length === 0) {
      this.status.error(t("chooseTwoVersions"));
      return;
    }
    let build: () => ComparisonTable;
    switch (kind) {
      case "price-changes":
        build = () => priceChanges(registry, f.versionA, f.versionB, f.productKind);
        break;
      case "forecast": {
        let rows: ForecastInput[];
        if (f.useSelection && excel) {
          const read = await this.status.track(t("progressLoading"), () => excel.readSelectedForecast());
          if (!read) return;
          if (read.problems.length) {
            this.reportProblems(t("sourceSheet", { name: read.address }), gridDetails(read.problems));
            return;
          }
          rows = read.rows;
        } else {
          const parsed = parseForecastRows(f.forecastText, t);
          if (bad(parsed)) return;
          rows = parsed.value;
        }
        build = () =>
          forecast(registry, rows, f.versions, { product: f.productKind, liveFormulas: f.live, lang: t.lang });
        break;
      }
      case "ladder": {
        const volumes = parseVolumes(f.ladderText, t);
        if (bad(volumes)) return;
        build = () => volumeLadder(registry, [f.item], volumes.value, f.versions, { product: f.productKind });
        break;
      }
      case "plan": {
        const months = parseVolumes(f.planText, t);
        if (bad(months)) return;
        const prices = parsePackPrices(f.pricesText, t);
        if (bad(prices)) return;
        build = () =>
          planSheet(registry, f.item, months.value, f.planVersion, prices.value.length ? prices.value : undefined, {
            product: f.productKind,
          });
        break;
      }
    }
    await this.generate(build, (sheet) => t("generatedSheet", { sheet }));
  }

  /** Builds a table (pure, may be slow) and writes it to a new sheet, or shows it here outside Excel. */
  private async generate(build: () => ComparisonTable, doneMessage: (sheet: string) => string): Promise<void> {
    const { t, excel } = this;
    await this.status.track(t("progressComputing"), async (report) => {
      const table = build();
      if (excel) {
        report(0, t("progressWriting"));
        const sheet = await excel.writeTable(table, report);
        this.status.success(doneMessage(sheet));
        return;
      }
      this.showTable(table);
      this.status.success(t("generated", { title: table.title }));
    });
  }

  private showTable(table: ComparisonTable): void {
    const { t } = this;
    this.generatedTables.push(table);
    const download = h("button", { type: "button", class: "download" }, t("downloadXlsx"));
    download.addEventListener("click", () => this.download([table], `${fileSafe(table.sheetName)}.xlsx`));
    const section = renderComparison(table, t, [download]);
    section.id = uid("result");
    this.results.prepend(section);
    this.downloadAll.hidden = this.generatedTables.length < 2;
    section.scrollIntoView?.({ block: "nearest" });
  }

  private download(tables: readonly ComparisonTable[], fileName: string): void {
    try {
      downloadBytes(fileName, buildXlsx(tables.map(tableToXlsxSheet)), XLSX_MIME);
    } catch (error) {
      this.status.error(`${this.t("errorPrefix")}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** For tests and the console: the element the pane was mounted on. */
  get root(): HTMLElement {
    return this.options.root;
  }
}
