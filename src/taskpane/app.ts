import type { CatalogRegistry } from "../catalog/registry";
import { h } from "./dom";
import type { ExcelHost } from "./excelHost";
import type { Translator } from "./i18n";
import { mountCalculator } from "./sections/calculator";
import { mountCompare } from "./sections/compare";
import { paneContext } from "./sections/context";
import { mountLoad } from "./sections/load";
import { mountResults } from "./sections/results";
import { mountVersions } from "./sections/versions";
import { StatusPanel } from "./status";

/**
 * The task pane: the calculator first (the daily tool), then comparisons, catalog versions and
 * bringing in a version, each a section of its own (./sections). In Excel comparisons go to new
 * worksheets; outside Excel (a plain browser) the same page is a standalone calculator that
 * shows them as HTML tables and downloads .xlsx files.
 */
export interface PaneOptions {
  readonly root: HTMLElement;
  readonly registry: CatalogRegistry;
  readonly t: Translator;
  /** Null outside Excel. */
  readonly excel: ExcelHost | null;
}

export class TaskPane {
  /** The versions the pane works on (tests and the console read it). */
  readonly registry: CatalogRegistry;
  private readonly status: StatusPanel;
  private readonly stopListening: () => void;

  constructor(private readonly options: PaneOptions) {
    const { root, registry, t, excel } = options;
    this.registry = registry;
    const statusRoot = h("section", { class: "status", id: "status", "aria-label": t("statusRegion") });
    this.status = new StatusPanel(statusRoot, t);
    const datalists = h("div", { hidden: true });
    const ctx = paneContext(registry, t, excel, this.status, datalists);
    const results = mountResults(ctx);
    const body = h(
      "div",
      { class: "pane-body", id: "pane-body" },
      mountCalculator(ctx),
      mountCompare(ctx, results),
      mountVersions(ctx, results),
      mountLoad(ctx),
      datalists,
    );
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
      body,
    );
    this.stopListening = registry.onChange(() => ctx.refresh());
    ctx.refresh();
  }

  /** Stops following the registry (the pane is being replaced, e.g. Excel answered late). */
  dispose(): void {
    this.stopListening();
  }

  /** The pane's language (its messages, and the problems of what it reads). */
  get lang(): Translator["lang"] {
    return this.options.t.lang;
  }

  get messages(): StatusPanel {
    return this.status;
  }

  /** For tests and the console: the element the pane was mounted on. */
  get root(): HTMLElement {
    return this.options.root;
  }
}
