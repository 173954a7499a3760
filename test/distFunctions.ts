import * as path from "path";
import { loadFunctions, type ExcelFunction, type LoadedFunctions } from "../src/cli/loadFunctions";

export const DIST = path.resolve(__dirname, "..", "dist");

let loaded: LoadedFunctions | undefined;

/** The built add-in's functions, loaded once per test file as Excel's runtime loads them. */
export function dist(): LoadedFunctions {
  loaded ??= loadFunctions(DIST);
  return loaded;
}

export function fn(name: string): ExcelFunction {
  const f = dist().registered.get(name);
  if (!f) throw new Error(`TCLOUD.${name} is not registered`);
  return f;
}

/** The Excel error a call produces, as "#CODE" plus message, or the value it returns. */
export function call(name: string, ...args: unknown[]): { value?: unknown; code?: string; message?: string } {
  try {
    return { value: fn(name)(...args) };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (typeof e.code !== "string") throw error;
    return { code: e.code, message: e.message };
  }
}
