import { loadCatalog as loadCatalogInto } from "../catalog/loadCatalog";
import type { CatalogRegistry, LoadResult } from "../catalog/registry";
import { finding, type Finding, type Problem } from "../catalog/problem";
import { toProblem } from "../catalog/problemMessages";
import { MAX_CATALOG_BYTES, readCatalogText, sizeProblem } from "../catalog/reader";
import { validateCatalog } from "../catalog/validate";
import type { Translator } from "./i18n";

/**
 * Candidate catalogs from a file, an https URL or text, read by the reader the CLI uses too
 * (size limit first, before anything is parsed; BOM; JSON), then the whole-catalog validation.
 * A bad candidate changes nothing. Problems are the catalog's one shape, in the pane's language.
 */
export type { Problem } from "../catalog/problem";

export type Candidate =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

export type Committed = LoadResult;

export const MAX_BYTES = MAX_CATALOG_BYTES;
const fail = (f: Finding, t: Translator): { readonly ok: false; readonly problems: readonly Problem[] } => ({
  ok: false,
  problems: [toProblem(f, t.lang)],
});
export const URL_TIMEOUT_MS = 20000;

const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Parses catalog text with the shared reader (size limit, BOM, JSON). */
export function parseText(text: string, t: Translator, byteLength?: number): Candidate {
  return readCatalogText(text, t.lang, byteLength);
}

/** Validates a parsed candidate whole, without adding it anywhere. */
export function validate(value: unknown, t?: Translator): Candidate {
  const result = validateCatalog(value, t?.lang);
  return result.ok ? { ok: true, value: result.catalog } : result;
}

/** The minimal interface of a picked file (a DOM File, or a test double). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** Reads a picked file: rejected by its size before a byte of it is read. */
export async function readCatalogFile(file: FileLike, t: Translator): Promise<Candidate> {
  const tooLarge = sizeProblem(file.size, t.lang);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(finding("$", "read-failed", { detail: detailOf(error) }), t);
  }
  return parseText(text, t);
}

export type FetchLike = (
  input: string,
  init?: { signal?: AbortSignal; redirect?: "follow" | "error" | "manual"; credentials?: "omit" },
) => Promise<Response>;

/** Checks a typed address: it must be a URL and https. Returns the URL or a problem. */
export function checkUrl(
  text: string,
  t: Translator,
): { ok: true; url: URL } | { ok: false; problems: readonly Problem[] } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail(finding("URL", "url-invalid", { url: text.trim() }), t);
  }
  if (url.protocol !== "https:") return fail(finding("URL", "url-not-https", { protocol: url.protocol }), t);
  return { ok: true, url };
}

/** Reads a response body, stopping as soon as it passes the size limit. */
async function boundedText(response: Response, t: Translator): Promise<Candidate> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BYTES)
    return fail(finding("URL", "url-too-large", { max: MAX_BYTES }), t);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_BYTES) {
        await reader.cancel().catch(() => undefined);
        return fail(finding("URL", "url-too-large", { max: MAX_BYTES }), t);
      }
      chunks.push(value);
    }
  } else {
    const whole = new Uint8Array(await response.arrayBuffer());
    total = whole.length;
    if (total > MAX_BYTES) return fail(finding("URL", "url-too-large", { max: MAX_BYTES }), t);
    chunks.push(whole);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return parseText(new TextDecoder("utf-8").decode(bytes), t, total);
}

/** Downloads a catalog from an https URL, with a timeout, a size limit and plain-words errors. */
export async function fetchCatalog(
  text: string,
  t: Translator,
  fetchImpl: FetchLike = (u, i) => fetch(u, i),
  timeoutMs = URL_TIMEOUT_MS,
): Promise<Candidate> {
  const checked = checkUrl(text, t);
  if (!checked.ok) return checked;
  const { url } = checked;
  const controller = typeof AbortController !== "undefined" ? new AbortController() : undefined;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller?.abort();
  }, timeoutMs);
  try {
    const response = await fetchImpl(url.href, { signal: controller?.signal, credentials: "omit" });
    if (response.url && !response.url.startsWith("https:"))
      return fail(finding("URL", "url-not-https", { protocol: new URL(response.url).protocol }), t);
    if (!response.ok)
      return fail(finding("URL", "url-http-status", { status: response.status, statusText: response.statusText }), t);
    return await boundedText(response, t);
  } catch {
    return fail(
      timedOut
        ? finding("URL", "url-timeout", { host: url.host, seconds: Math.round(timeoutMs / 1000) })
        : finding("URL", "url-network", { host: url.host }),
      t,
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Validates a candidate whole and adds it to the registry only if it has no problem. */
export function commit(registry: CatalogRegistry, candidate: Candidate, t?: Translator): Committed {
  if (!candidate.ok) return candidate;
  return loadCatalogInto(registry, candidate.value, t?.lang);
}
