import { cellFormat, displayCell, sheetLook, type TablePart } from "../compare/layout";
import type { CellValue, ComparisonTable } from "../compare/types";
import { h } from "./dom";
import type { Translator } from "./i18n";

/**
 * A comparison table as an accessible HTML table (caption, column headers, totals in tfoot),
 * in the sheets' look: each number under its cell's number format, the columns as wide as the
 * sheet's, the header row kept in view like the sheet's frozen rows; `sheetName` is the name
 * the table has in the downloaded workbook.
 */
export function renderComparison(
  table: ComparisonTable,
  t: Translator,
  actions: readonly HTMLElement[] = [],
  sheetName: string = table.sheetName,
): HTMLElement {
  const numeric = (c: number): boolean => (table.numberFormats?.[c] ?? null) !== null;
  const cell = (tag: "td" | "th", value: CellValue, part: TablePart, r: number, c: number): HTMLTableCellElement => {
    const el = h(
      tag,
      typeof value === "number" || numeric(c) ? { class: "num" } : {},
      displayCell(value, cellFormat(table, part, r, c)),
    );
    if (tag === "th") el.setAttribute("scope", "row");
    return el;
  };
  const widths = h(
    "colgroup",
    {},
    ...sheetLook(table)
      .columnWidths.slice(0, table.columns.length)
      .map((w) => {
        const col = h("col", { "data-width": w });
        col.style.minWidth = `${w}ch`; // CSSOM, not markup: the sheet's width in characters
        col.style.width = `${w}ch`;
        return col;
      }),
  );
  // The header block (title row excluded: it is the heading) as a small table, cell for cell.
  const headerRows = table.headerBlock
    .map((row, r) => ({ row, r }))
    .slice(1)
    .filter(({ row }) => row.some((v) => v !== null && v !== ""));
  const header = headerRows.length
    ? h(
        "table",
        { class: "header-block" },
        h(
          "tbody",
          {},
          ...headerRows.map(({ row, r }) => {
            const [first, ...rest] = row;
            while (rest.length && (rest[rest.length - 1] === null || rest[rest.length - 1] === "")) rest.pop();
            return h(
              "tr",
              {},
              h("th", { scope: "row" }, displayCell(first ?? null, null)),
              ...rest.map((v, c) =>
                h(
                  "td",
                  typeof v === "number" ? { class: "num" } : {},
                  displayCell(v, cellFormat(table, "header", r, c + 1)),
                ),
              ),
            );
          }),
        ),
      )
    : null;
  const tableEl = h(
    "table",
    { class: "comparison", "data-kind": table.kind },
    h("caption", { class: "visually-hidden" }, t("tableCaption", { title: table.title })),
    widths,
    h("thead", {}, h("tr", {}, ...table.columns.map((name) => h("th", { scope: "col" }, name)))),
    h(
      "tbody",
      {},
      ...table.rows.map((row, r) =>
        h("tr", {}, ...table.columns.map((_, c) => cell(c === 0 ? "th" : "td", row[c] ?? null, "row", r, c))),
      ),
    ),
    table.totals
      ? h(
          "tfoot",
          {},
          h(
            "tr",
            {},
            ...table.columns.map((_, c) => cell(c === 0 ? "th" : "td", table.totals?.[c] ?? null, "totals", 0, c)),
          ),
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
    h("p", { class: "hint sheet-name" }, t("sheetNameLabel", { sheet: sheetName })),
    table.changeCounts ? h("p", { class: "change-counts" }, t("changeCounts", table.changeCounts)) : null,
    header,
    h("div", { class: "table-scroll", tabindex: 0, role: "region", "aria-label": table.title }, tableEl),
    notes,
    actions.length ? h("div", { class: "actions" }, ...actions) : null,
  );
}
