import { isErrorCell, type CellValue, type ComparisonTable } from "../compare/types";
import { groupDigits } from "./calculator";
import { h } from "./dom";
import type { Translator } from "./i18n";

/**
 * Display text of a cell under its Excel number format. Numbers are shown with their shortest
 * decimal text (the value the sheet holds), grouped; only percentages are scaled.
 */
export function displayValue(value: CellValue, format: string | null | undefined): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (isErrorCell(value)) return value.error;
  if (!Number.isFinite(value)) return String(value);
  if (format && format.includes("%")) {
    const decimals = /0\.(0+)%/.exec(format)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  const text = Math.abs(value) >= 1e21 || (value !== 0 && Math.abs(value) < 1e-6) ? String(value) : plainNumber(value);
  const grouped = text.includes("e") ? text : groupDigits(text);
  return format && format.includes("¥") ? `¥${grouped}`.replace("¥-", "-¥") : grouped;
}

/** A double as plain decimal text, without exponent notation for ordinary magnitudes. */
function plainNumber(value: number): string {
  const text = String(value);
  if (!text.includes("e")) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

/** A comparison table as an accessible HTML table (caption, column headers, totals in tfoot). */
export function renderComparison(
  table: ComparisonTable,
  t: Translator,
  actions: readonly HTMLElement[] = [],
): HTMLElement {
  const formats = table.numberFormats ?? [];
  const numeric = (c: number): boolean => formats[c] !== null && formats[c] !== undefined;
  const cell = (tag: "td" | "th", value: CellValue, c: number): HTMLTableCellElement => {
    const el = h(tag, typeof value === "number" || numeric(c) ? { class: "num" } : {}, displayValue(value, formats[c]));
    if (tag === "th") el.setAttribute("scope", "row");
    return el;
  };
  // The header block (title row excluded: it is the heading) as a small table, cell for cell.
  const headerRows = table.headerBlock.slice(1).filter((row) => row.some((v) => v !== null && v !== ""));
  const header = headerRows.length
    ? h(
        "table",
        { class: "header-block" },
        h(
          "tbody",
          {},
          ...headerRows.map((row) => {
            const [first, ...rest] = row;
            while (rest.length && (rest[rest.length - 1] === null || rest[rest.length - 1] === "")) rest.pop();
            return h(
              "tr",
              {},
              h("th", { scope: "row" }, displayValue(first ?? null, null)),
              ...rest.map((v) => h("td", typeof v === "number" ? { class: "num" } : {}, displayValue(v, null))),
            );
          }),
        ),
      )
    : null;
  const tableEl = h(
    "table",
    { class: "comparison", "data-kind": table.kind },
    h("caption", { class: "visually-hidden" }, t("tableCaption", { title: table.title })),
    h("thead", {}, h("tr", {}, ...table.columns.map((name) => h("th", { scope: "col" }, name)))),
    h(
      "tbody",
      {},
      ...table.rows.map((row) =>
        h("tr", {}, ...table.columns.map((_, c) => cell(c === 0 ? "th" : "td", row[c] ?? null, c))),
      ),
    ),
    table.totals
      ? h(
          "tfoot",
          {},
          h("tr", {}, ...table.columns.map((_, c) => cell(c === 0 ? "th" : "td", table.totals?.[c] ?? null, c))),
        )
      : null,
  );
  const notes = table.notes?.length
    ? h(
        "div",
        { class: "notes" },
        h("h4", {}, t("notesHeading")),
        h("ul", {}, ...table.notes.map((n) => h("li", {}, n))),
      )
    : null;
  return h(
    "section",
    { class: "result", "aria-label": table.title, "data-kind": table.kind },
    h("h3", {}, table.title),
    header,
    h("div", { class: "table-scroll", tabindex: 0, role: "region", "aria-label": table.title }, tableEl),
    notes,
    actions.length ? h("div", { class: "actions" }, ...actions) : null,
  );
}
