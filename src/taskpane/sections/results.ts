import { uniqueSheetName } from "../../compare/layout";
import { downloadBytes, h, uid } from "../dom";
import { renderComparison } from "../render";
import { tableToXlsxSheet } from "../tableSheet";
import { buildXlsx, XLSX_MIME, type XlsxSheet } from "../xlsx";
import type { PaneContext } from "./context";
import { outputOf, type Generated, type Output } from "./outputForm";

export const fileSafe = (name: string): string => name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim() || "table";

/** Where generated tables go: a new worksheet in Excel; outside it, an HTML table here with its .xlsx. */
export interface Results {
  readonly element: HTMLElement;
  readonly downloadAll: HTMLButtonElement;
  /** Builds a table or a form's output (pure, may be slow) and writes or shows it. */
  generate(build: () => Generated, doneMessage: (sheet: string) => string): Promise<void>;
}

/** A result shown on the page, with the sheet name it downloads as. */
interface Shown {
  readonly output: Output;
  readonly sheetName: string;
}

export function mountResults(ctx: PaneContext): Results {
  const { t, excel, status } = ctx;
  const element = h("div", { class: "results", id: "results" });
  // Each shown table with the sheet name it has in "Download all" (unique in that workbook).
  const shown: Shown[] = [];
  const downloadAll = h("button", { type: "button", id: "download-all", hidden: true }, t("downloadAllXlsx"));

  /** Each sheet named as the page lists it (a portable workbook's around those before it), in one download or in "Download all". */
  const download = (which: readonly Shown[], fileName: string): void => {
    try {
      const sheets: XlsxSheet[] = [];
      for (const { output, sheetName } of which) {
        const taken = sheets.map((s) => s.name);
        if (output.sheets) sheets.push(...output.sheets(taken));
        else
          sheets.push({
            ...tableToXlsxSheet(output.table, { formulas: output.formulas }),
            name: uniqueSheetName(sheetName, taken),
          });
      }
      downloadBytes(fileName, buildXlsx(sheets), XLSX_MIME);
    } catch (error) {
      status.error(`${t("errorPrefix")}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  downloadAll.addEventListener("click", () => download(shown, "tcloud-comparisons.xlsx"));

  const show = (output: Output): void => {
    const { table } = output;
    const sheetName = uniqueSheetName(
      table.sheetName,
      shown.map((s) => s.sheetName),
    );
    const entry = { output, sheetName };
    shown.push(entry);
    const button = h("button", { type: "button", class: "download" }, t("downloadXlsx"));
    button.addEventListener("click", () => download([entry], `${fileSafe(sheetName)}.xlsx`));
    const section = renderComparison(table, t, [button], sheetName);
    section.id = uid("result");
    element.prepend(section);
    downloadAll.hidden = shown.length < 2;
    section.scrollIntoView?.({ block: "nearest" });
  };

  return {
    element,
    downloadAll,
    async generate(build, doneMessage) {
      await status.track(t("progressComputing"), async (report) => {
        const output = outputOf(build());
        if (excel) {
          report(0, t("progressWriting"));
          const sheet = output.sheets
            ? await excel.writeSheets(output.sheets, report)
            : await excel.writeTable(output.table, report);
          status.success(doneMessage(sheet));
          return;
        }
        show(output);
        status.success(t("generated", { title: output.table.title }));
      });
    },
  };
}
