import type { MessageLang } from "../core/messages";
import { finding, type Problem } from "./problem";
import { toProblem } from "./problemMessages";

/**
 * The one reader of catalog text, for the pane (file, URL, text) and the CLI alike: size limit
 * first (before anything is parsed, so a huge file cannot stall the runtime), a UTF-8 byte order
 * mark dropped (Windows editors write one), then JSON. Each failure is one problem at "$".
 */
export const MAX_CATALOG_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

const fail = (f: Parameters<typeof toProblem>[0], lang: MessageLang): ReadResult => ({
  ok: false,
  problems: [toProblem(f, lang)],
});

/** A size in bytes over the limit, as one problem; null when within it. */
export function sizeProblem(bytes: number, lang: MessageLang = "en"): Problem | null {
  return bytes > MAX_CATALOG_BYTES
    ? toProblem(finding("$", "too-large", { bytes, max: MAX_CATALOG_BYTES }), lang)
    : null;
}

/** Parses catalog text; `byteLength` when the caller already knows it (a file's size, a download's). */
export function readCatalogText(text: string, lang: MessageLang = "en", byteLength?: number): ReadResult {
  const tooLarge = sizeProblem(byteLength ?? new TextEncoder().encode(text).length, lang);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fail(finding("$", "empty-input", {}), lang);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return fail(finding("$", "not-json", { detail: error instanceof Error ? error.message : String(error) }), lang);
  }
}
