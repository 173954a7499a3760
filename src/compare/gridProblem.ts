import { finding, type ProblemCode, type ProblemParams } from "../catalog/problem";
import { problemText } from "../catalog/problemMessages";
import type { MessageLang } from "../core/messages";
import type { GridProblem } from "./types";

/** A problem found in a grid before it is placed and worded: a code of the catalog problem catalogue. */
export type GridFinding = {
  readonly [C in ProblemCode]: { readonly code: C; readonly params: ProblemParams[C] };
}[ProblemCode];

/** A grid problem at a cell, worded in the reader's language by the one problem catalogue. */
export const gridProblem = (cell: string, found: GridFinding, lang: MessageLang = "en"): GridProblem => ({
  cell,
  code: found.code,
  message: problemText(finding(cell, found.code, found.params as never), lang),
});
