import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

/** An Excel error as the custom-functions runtime represents it. */
export class ExcelError extends Error {
  readonly code: string;

  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "ExcelError";
    this.code = code;
  }
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: ReadonlyArray<{
    readonly name: string;
    readonly type?: string;
    readonly dimensionality?: string;
    readonly optional?: boolean;
  }>;
  readonly result?: { readonly type?: string; readonly dimensionality?: string };
}

export type ExcelFunction = (...args: unknown[]) => unknown;

export interface LoadedFunctions {
  readonly registered: ReadonlyMap<string, ExcelFunction>;
  readonly metadata: readonly FunctionMetadata[];
  readonly context: vm.Context;
}

/**
 * Loads the built functions.js the way Excel's runtime does: a bare JavaScript context with
 * only a CustomFunctions object (associate, Error, ErrorCode) and self/window as the global.
 * No DOM, no Office.js: what registers here registers in Excel.
 */
export function loadFunctions(distDir: string, options: { displayLanguage?: string } = {}): LoadedFunctions {
  const code = fs.readFileSync(path.join(distDir, "functions.js"), "utf8");
  const metadata = (
    JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as { functions: FunctionMetadata[] }
  ).functions;
  const registered = new Map<string, ExcelFunction>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate(id: string, fn: ExcelFunction) {
        registered.set(id.toUpperCase(), fn);
      },
      Error: ExcelError,
      ErrorCode: ERROR_CODES,
    },
  };
  // Office's display language, as the shared runtime has it: the functions answer in it.
  if (options.displayLanguage) sandbox.Office = { context: { displayLanguage: options.displayLanguage } };
  const context = vm.createContext(sandbox);
  vm.runInContext("self = this; window = this;", context);
  vm.runInContext(code, context, { filename: "functions.js" });
  return { registered, metadata, context };
}
