import type { FunctionMetadata } from "./loadFunctions";

/**
 * What Excel hands a custom function, modelled from Microsoft's documentation and office-js
 * reports (see NOTES "Excel host facts"), so that the CLI and the tests call the functions
 * as each host does:
 *
 * - an omitted argument is null;
 * - a `number` parameter is converted first: a blank cell is 0, TRUE/FALSE are 1/0, numeric
 *   text is its number, other text is Excel's own #VALUE! (the function is never called);
 * - a `string` parameter is converted first: a blank cell is "", a number its text;
 * - an `any` parameter and every cell of an `any[][]` range arrive as they are, except that a
 *   blank cell is 0 on desktop Excel and null on Excel on the web.
 */

export type ExcelHostKind = "desktop" | "web";
export const EXCEL_HOSTS: readonly ExcelHostKind[] = ["desktop", "web"];

/** A reference to an empty cell (as opposed to an omitted argument, which is `undefined` or null). */
export const BLANK: unique symbol = Symbol.for("tcloud.blank-cell");
export type CellInput = string | number | boolean | null | typeof BLANK;
/** One argument as a formula gives it: a value, a blank cell, a range (null = blank cell), or omitted. */
export type ArgInput = CellInput | readonly (readonly CellInput[])[] | undefined;

/** Excel's own error for an argument it cannot convert: no message, the function is not called. */
export interface HostError {
  readonly hostError: "#VALUE!";
  readonly argument: string;
  /** What was typed (null: a range given where one value goes), quoted back to the user. */
  readonly found: string | null;
  /** The parameter's position, to name it as the user's Excel shows it. */
  readonly index?: number;
}

type Parameter = FunctionMetadata["parameters"][number];

const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

function blankCell(host: ExcelHostKind): 0 | null {
  return host === "desktop" ? 0 : null;
}

function passScalar(param: Parameter, input: CellInput, host: ExcelHostKind): unknown | HostError {
  const type = param.type ?? "any";
  if (type === "number") {
    if (input === BLANK || input === null) return 0;
    if (typeof input === "number") return input;
    if (typeof input === "boolean") return input ? 1 : 0;
    if (NUMERIC_TEXT.test(input)) return Number(input);
    return { hostError: "#VALUE!", argument: param.name, found: String(input) };
  }
  if (type === "string") {
    if (input === BLANK || input === null) return "";
    if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
    return String(input);
  }
  if (type === "boolean") {
    if (input === BLANK || input === null) return false;
    if (typeof input === "boolean") return input;
    if (typeof input === "number") return input !== 0;
    return { hostError: "#VALUE!", argument: param.name, found: String(input) };
  }
  return input === BLANK ? blankCell(host) : input;
}

const isRange = (input: ArgInput): input is readonly (readonly CellInput[])[] =>
  Array.isArray(input) && input.every(Array.isArray);

/** The value Excel passes for one argument, or Excel's own #VALUE!. */
export function passArgument(param: Parameter, input: ArgInput, host: ExcelHostKind): unknown | HostError {
  if (input === undefined || input === null) return null; // omitted
  if (param.dimensionality === "matrix") {
    const range = isRange(input) ? input : [[input as CellInput]];
    return range.map((row) => row.map((cell) => (cell === BLANK || cell === null ? blankCell(host) : cell)));
  }
  if (isRange(input)) {
    // A range given to a scalar parameter: Excel does not lift the function over it (office-js#580).
    return { hostError: "#VALUE!", argument: param.name, found: null };
  }
  return passScalar(param, input as CellInput, host);
}

export const isHostError = (value: unknown): value is HostError =>
  typeof value === "object" && value !== null && "hostError" in value;

/** Every argument of a call as `host` passes it, or the first one Excel itself refuses. */
export function passArguments(
  fn: FunctionMetadata,
  inputs: readonly ArgInput[],
  host: ExcelHostKind,
): { readonly args: unknown[] } | HostError {
  const args: unknown[] = [];
  for (let i = 0; i < fn.parameters.length; i++) {
    const value = passArgument(fn.parameters[i], inputs[i], host);
    if (isHostError(value)) return { ...value, index: i };
    args.push(value);
  }
  return { args };
}
