import { sharedRegistry } from "../catalog/embedded";
import { TaskPane } from "./app";
import { excelHost } from "./excelHost";
import { languageOf, translator } from "./i18n";

/**
 * Start-up: Office.onReady tells whether the page runs inside Excel (host "Excel") or in a
 * plain browser (host null, or no office.js at all): then the pane is a standalone calculator.
 * The registry is the shared one the custom functions use (same runtime, same global object).
 */

interface Started {
  readonly pane: TaskPane;
  readonly inExcel: boolean;
}

declare global {
  interface Window {
    /** Set once the pane is ready (the browser test waits for it). */
    tcloudPane?: Started;
  }
}

function start(host: Office.HostType | null): void {
  const inExcel = typeof Office !== "undefined" && host === Office.HostType.Excel && typeof Excel !== "undefined";
  const displayLanguage = inExcel ? Office.context?.displayLanguage : undefined;
  const lang = languageOf(displayLanguage ?? (typeof navigator !== "undefined" ? navigator.language : "en"));
  const t = translator(lang);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t("appTitle");
  const root = document.getElementById("app");
  if (!root) return;
  const registry = sharedRegistry();
  const excel = inExcel ? excelHost() : null;
  const pane = new TaskPane({ root, registry, t, excel });
  window.tcloudPane = { pane, inExcel };
  document.body.setAttribute("data-ready", inExcel ? "excel" : "standalone");
  if (excel) {
    void pane.messages.track(t("progressLoading"), async () => {
      const restored = await excel.restore(registry);
      for (const problem of restored.problems) pane.messages.error(`${problem.catalog}: ${problem.message}`);
      // Excel dates given as the catalog argument count in the workbook's date system.
      const dateSystem = await excel.dateSystem();
      const datesMoved = dateSystem !== registry.dateSystem;
      registry.dateSystem = dateSystem;
      // Formulas computed before the stored versions were back (#N/A, or the built-in default),
      // or with the other date system, run again.
      if (restored.found || datesMoved) await excel.recalculate();
    });
  }
}

function boot(): void {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    start(null); // office.js did not load (offline, blocked): still a working calculator
    return;
  }
  let started = false;
  const once = (host: Office.HostType | null): void => {
    if (started) return;
    started = true;
    start(host);
  };
  Office.onReady((info) => once(info.host ?? null)).catch(() => once(null));
  // Opened from disk, Office.onReady never resolves: fall back to the standalone calculator.
  if (location.protocol === "file:") setTimeout(() => once(null), 1500);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
