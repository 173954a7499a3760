import { sharedRegistry } from "../catalog/embedded";
import { TaskPane } from "./app";
import { hasStoredState, restoreFromBrowser, saveToBrowser } from "./browserStore";
import { loadCatalogValidator } from "../catalog/validate";
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

/** How long the standalone calculator waits for Office before it starts on its own. */
const OFFICE_WAIT_MS = 2000;

type Mode = "starting" | "standalone" | "excel";
let mode: Mode = "starting";

function start(host: Office.HostType | null, officeSilent = false): void {
  const inExcel = typeof Office !== "undefined" && host === Office.HostType.Excel && typeof Excel !== "undefined";
  const displayLanguage = inExcel ? Office.context?.displayLanguage : undefined;
  const lang = languageOf(displayLanguage ?? (typeof navigator !== "undefined" ? navigator.language : "en"));
  const t = translator(lang);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t("appTitle");
  const root = document.getElementById("app");
  if (!root) return;
  // A standalone pane that Excel answered after is replaced.
  window.tcloudPane?.pane.dispose();
  root.replaceChildren();
  mode = inExcel ? "excel" : "standalone";
  const registry = sharedRegistry();
  // Saves near the workbook's limit say so in the pane (created just below).
  const excel = inExcel ? excelHost(t.lang, (message) => window.tcloudPane?.pane.messages.info(message)) : null;
  const pane = new TaskPane({ root, registry, t, excel });
  window.tcloudPane = { pane, inExcel };
  document.body.setAttribute("data-ready", inExcel ? "excel" : "standalone");
  if (officeSilent) pane.messages.info(t("officeSilent"));
  if (!excel) keepInBrowser(pane, registry, t);
  if (excel) {
    void pane.messages.track(t("progressLoading"), async () => {
      const restored = await excel.restore(registry);
      for (const problem of restored.problems) pane.messages.error(`${problem.where}: ${problem.message}`);
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

/** Outside Excel the browser keeps the loaded versions and the default across reloads. */
let browserKept = false;
function keepInBrowser(
  pane: TaskPane,
  registry: ReturnType<typeof sharedRegistry>,
  t: ReturnType<typeof translator>,
): void {
  if (browserKept || typeof localStorage === "undefined") return;
  browserKept = true;
  const restore = (): void => {
    const restored = restoreFromBrowser(registry, localStorage, pane.lang);
    for (const problem of restored.problems) pane.messages.error(`${problem.where}: ${problem.message}`);
    // Only once restored: saving before would store the page's versions over the kept ones.
    registry.onChange(() => {
      if (mode === "standalone") saveToBrowser(registry, localStorage);
    });
  };
  if (!hasStoredState(localStorage)) restore();
  else
    void pane.messages.track(t("progressLoading"), async () => {
      await loadCatalogValidator(); // stored versions are validated again
      restore();
    });
}

/** Office answered: Excel mode (even after the standalone calculator started), else standalone. */
function officeReady(host: Office.HostType | null): void {
  const isExcel = typeof Office !== "undefined" && host === Office.HostType.Excel;
  if (isExcel && mode !== "excel") start(host);
  else if (!isExcel && mode === "starting") start(null);
}

function listenToOffice(): void {
  Office.onReady((info) => officeReady(info.host ?? null)).catch(() => officeReady(null));
}

/**
 * office.js loads asynchronously. Outside Office it answers with host null; when it cannot be
 * fetched the standalone calculator starts at once; when it hangs (a firewall that drops the
 * request, a page opened from disk) it starts after OFFICE_WAIT_MS, saying so, and still
 * connects to Excel if Office answers later.
 */
function boot(): void {
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") listenToOffice();
  else {
    const officeJs = document.querySelector<HTMLScriptElement>('script[src*="office.js"]');
    if (!officeJs) start(null);
    else {
      officeJs.addEventListener("load", () => (typeof Office !== "undefined" ? listenToOffice() : officeReady(null)), {
        once: true,
      });
      officeJs.addEventListener("error", () => officeReady(null), { once: true });
    }
  }
  setTimeout(() => {
    if (mode === "starting") start(null, true);
  }, OFFICE_WAIT_MS);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
else boot();
