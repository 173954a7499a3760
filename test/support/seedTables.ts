import { readFileSync } from "fs";
import { join } from "path";

/** The repo's copy of Tencent's price documents (sources/ mirrors ../shared/seeds). */
export const SOURCES_DIR = join(__dirname, "..", "..", "sources");

export const readSource = (file: string): string => readFileSync(join(SOURCES_DIR, file), "utf8");

/** A table as a rectangular grid: rowspan and colspan cells are repeated into every slot they cover. */
export type Grid = string[][];

/** The visible text of a cell: tags dropped, entities decoded, white space collapsed. */
export function cellText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Every HTML `<table>` of a document as a grid. Tencent's pages are hand-written HTML with stray
 * closing tags, so this reads `<tr>`/`<td>`/`<th>` openings rather than trusting the structure.
 */
export function htmlTables(doc: string): Grid[] {
  const tables: Grid[] = [];
  for (const table of doc.match(/<table[\s\S]*?<\/table>/g) ?? []) {
    const grid: Grid = [];
    const pending: Array<{ text: string; rowsLeft: number } | undefined> = [];
    // Some pages open the header row's <th> cells without a <tr>: the text before the first <tr> is a row too.
    const rows = table.split(/<tr[^>]*>/).filter((chunk, i) => i > 0 || /<t[dh][\s>]/.test(chunk));
    rows.forEach((rowHtml, r) => {
      const row: string[] = [];
      const cells = [...rowHtml.matchAll(/<t([dh])([^>]*)>([\s\S]*?)(?=<t[dh][\s>]|<\/tr>|<\/table>|$)/g)];
      let col = 0;
      const fillSpans = (): void => {
        while (pending[col] && pending[col]!.rowsLeft > 0) {
          row[col] = pending[col]!.text;
          pending[col]!.rowsLeft -= 1;
          col += 1;
        }
      };
      for (const [, , attrs, inner] of cells) {
        fillSpans();
        const text = cellText(inner.replace(/<\/t[dh]>[\s\S]*$/, ""));
        const rowspan = Number(/rowspan\s*=\s*"?(\d+)/.exec(attrs)?.[1] ?? 1);
        const colspan = Number(/colspan\s*=\s*"?(\d+)/.exec(attrs)?.[1] ?? 1);
        for (let k = 0; k < colspan; k += 1) {
          row[col] = text;
          pending[col] = rowspan > 1 ? { text, rowsLeft: rowspan - 1 } : undefined;
          col += 1;
        }
      }
      fillSpans();
      if (row.length > 0 || r < rows.length) grid.push(row);
    });
    tables.push(grid.filter((row) => row.length > 0));
  }
  return tables;
}

/** Every Markdown pipe table of a document as a grid (header row first, separator row dropped). */
export function pipeTables(doc: string): Grid[] {
  const tables: Grid[] = [];
  let current: Grid | undefined;
  for (const line of doc.split("\n")) {
    const trimmed = line.trim();
    if (trimmed.startsWith("|")) {
      const cells = trimmed
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => cellText(c.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")));
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      (current ??= []).push(cells);
    } else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** "0.15元/次" → "0.15"; "200000" → "200000"; "联系商务" → null; anything else throws. */
export function priceOf(cell: string): string | null {
  if (cell.includes("联系商务")) return null;
  const m = /^(\d+(?:\.\d+)?)\s*元?(?:\/(?:次|张|QPS\/日|QPS\/月))?$/.exec(cell.replace(/\s+/g, ""));
  if (!m) throw new Error(`not a price cell: ${JSON.stringify(cell)}`);
  return m[1];
}
