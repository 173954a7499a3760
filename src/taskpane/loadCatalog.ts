import { loadCatalog as loadCatalogInto } from "../catalog/loadCatalog";
import type { CatalogRegistry } from "../catalog/registry";
import { MAX_CATALOG_BYTES, validateCatalog } from "../catalog/validate";
import type { Translator } from "./i18n";

/**
 * Candidate catalogs from a file, an https URL or text: size limit first (before anything is
 * parsed), then JSON, then the whole-catalog validation. A bad candidate changes nothing.
 */

/** One problem: where (a JSON path "$.products…" or a cell address "Sheet!B7") and what is wrong. */
export interface Problem {
  readonly where: string;
  readonly message: string;
}

export type Candidate =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: readonly Problem[] };

export type Committed =
  | { readonly ok: true; readonly id: string; readonly replaced: boolean }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export const MAX_BYTES = MAX_CATALOG_BYTES;
export const URL_TIMEOUT_MS = 20000;

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);
const maxMb = (): string => String(MAX_BYTES / 1048576);
const fail = (where: string, message: string): Candidate => ({ ok: false, problems: [{ where, message }] });

/** Parses catalog text (already known to be within the size limit by its byte count). */
export function parseText(text: string, t: Translator, byteLength?: number): Candidate {
  const bytes = byteLength ?? new TextEncoder().encode(text).length;
  if (bytes > MAX_BYTES) return fail("$", t("textTooLarge", { size: mb(bytes), max: maxMb() }));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return fail("$", t("emptyInput"));
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return fail("$", t("notJson", { detail: error instanceof Error ? error.message : String(error) }));
  }
}

/** Validates a parsed candidate whole, without adding it anywhere. */
export function validate(value: unknown): Candidate {
  const result = validateCatalog(value);
  return result.ok
    ? { ok: true, value: result.catalog }
    : { ok: false, problems: result.problems.map((p) => ({ where: p.path, message: p.message })) };
}

/** The minimal interface of a picked file (a DOM File, or a test double). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** Reads a picked file: rejected by its size before a byte of it is read. */
export async function readCatalogFile(file: FileLike, t: Translator): Promise<Candidate> {
  if (file.size > MAX_BYTES) return fail("$", t("fileTooLarge", { size: mb(file.size), max: maxMb() }));
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail("$", t("readFailed", { detail: error instanceof Error ? error.message : String(error) }));
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
    return { ok: false, problems: [{ where: "URL", message: t("urlInvalid", { url: text.trim() }) }] };
  }
  if (url.protocol !== "https:")
    return { ok: false, problems: [{ where: "URL", message: t("urlNotHttps", { protocol: url.protocol }) }] };
  return { ok: true, url };
}

/** Reads a response body, stopping as soon as it passes the size limit. */
async function boundedText(response: Response, t: Translator): Promise<Candidate> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BYTES) return fail("URL", t("urlTooLarge", { max: maxMb() }));
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
        return fail("URL", t("urlTooLarge", { max: maxMb() }));
      }
      chunks.push(value);
    }
  } else {
    const whole = new Uint8Array(await response.arrayBuffer());
    total = whole.length;
    if (total > MAX_BYTES) return fail("URL", t("urlTooLarge", { max: maxMb() }));
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
      return fail("URL", t("urlNotHttps", { protocol: new URL(response.url).protocol }));
    if (!response.ok)
      return fail("URL", t("urlHttpStatus", { status: response.status, statusText: response.statusText }));
    return await boundedText(response, t);
  } catch {
    return fail(
      "URL",
      timedOut
        ? t("urlTimeout", { host: url.host, seconds: Math.round(timeoutMs / 1000) })
        : t("urlNetwork", { host: url.host }),
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Validates a candidate whole and adds it to the registry only if it has no problem. */
export function commit(registry: CatalogRegistry, candidate: Candidate): Committed {
  if (!candidate.ok) return candidate;
  const result = loadCatalogInto(registry, candidate.value);
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((p) => ({ where: p.path, message: p.message })) };
}
