/**
 * The form of a generated comparison's cost cells, for an Office sheet or an .xlsx download:
 * formulas that need the add-in (TCLOUD.*), portable formulas (native ones over a price-table
 * sheet, src/compare/portable) or values only. Each comparison kind says which forms it has;
 * this module owns the choice, its words and what a result carries for each form.
 */
import type { ComparisonTable } from "../../compare/types";
import type { XlsxSheet } from "../xlsx";
import { field, h, option } from "../dom";
import type { MessageKey } from "../i18n";
import type { PaneContext } from "./context";

export type OutputForm = "addin" | "portable" | "values";

const WORDS: Record<OutputForm, { readonly label: MessageKey; readonly hint: MessageKey }> = {
  addin: { label: "formAddin", hint: "formAddinHint" },
  portable: { label: "formPortable", hint: "formPortableHint" },
  values: { label: "formValues", hint: "formValuesHint" },
};

/** A generated result: the table the pane shows and, in the portable form, the workbook's sheets. */
export interface Output {
  readonly table: ComparisonTable;
  /** Portable form: the sheets, named around the sheet names already taken (their formulas name them). */
  readonly sheets?: (takenNames: readonly string[]) => readonly XlsxSheet[];
  /** Add-in form: downloads keep the table's TCLOUD formulas. */
  readonly formulas?: boolean;
}

/** What a kind's builder returns: a table (values only) or an Output. */
export type Generated = ComparisonTable | Output;

export const outputOf = (generated: Generated): Output =>
  "table" in generated && !("rows" in generated) ? generated : { table: generated as ComparisonTable };

export interface OutputFormChoice {
  readonly element: HTMLElement;
  readonly value: () => OutputForm;
  /** Offers these forms (the field hides when there is only one), keeping the choice when it is offered. */
  readonly offer: (forms: readonly OutputForm[]) => void;
}

export function mountOutputForm({ t, excel }: PaneContext): OutputFormChoice {
  const select = h("select", { id: "compare-output-form" });
  const hint = h("p", { class: "hint", id: "compare-output-hint" });
  select.setAttribute("aria-describedby", hint.id);
  const element = field(t("outputFormLabel"), select);
  element.appendChild(hint);
  // In Excel the add-in's formulas are the usual choice; a download outside it is usually for someone without it.
  let wanted: OutputForm = excel ? "addin" : "values";
  const describe = (): void => {
    hint.textContent = t(WORDS[select.value as OutputForm].hint);
  };
  select.addEventListener("change", () => {
    wanted = select.value as OutputForm;
    describe();
  });
  return {
    element,
    value: () => select.value as OutputForm,
    offer: (forms) => {
      const chosen = forms.includes(wanted) ? wanted : forms.includes("values") ? "values" : forms[0];
      select.replaceChildren(...forms.map((f) => option(f, t(WORDS[f].label), f === chosen)));
      select.value = chosen;
      element.hidden = forms.length < 2;
      describe();
    },
  };
}
