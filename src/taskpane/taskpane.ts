import { sharedRegistry } from "../catalog/embedded";

/** Lists the catalog versions as text nodes (catalog strings are data, never HTML). */
function renderCatalogs(table: HTMLTableElement): void {
  table.replaceChildren();
  for (const summary of sharedRegistry().list()) {
    const row = table.insertRow();
    for (const text of [summary.id, summary.ocrDate ?? "", summary.faceDate ?? "", summary.isDefault ? "default" : ""]) {
      row.insertCell().textContent = text;
    }
  }
}

const start = (): void => renderCatalogs(document.getElementById("catalogs") as HTMLTableElement);
if (typeof Office !== "undefined") void Office.onReady(start);
else start();
