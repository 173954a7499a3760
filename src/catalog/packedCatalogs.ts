/**
 * The catalog versions as the bundles carry them: one compressed text of all their JSON
 * (scripts/build/catalog-loader.js), each version decoded on first use. A formula that uses the
 * default version decodes that one only (it comes first in the text); CATALOGS() or a date
 * that needs every version's dates decodes them all, on that call, not at start-up.
 */
import { lazyBytes, utf8Text } from "./compressedText";

/** One version in the text, in text order: file name, UTF-8 length, top-level keys, id. */
export type PackedEntry = readonly [file: string, byteLength: number, keys: readonly string[], id: string];

type Document = Record<string, unknown>;

/**
 * A document whose `id` is there at once and whose other keys (same order as the file's)
 * decode the whole document on first read, then hold its values as plain properties.
 */
function lazyDocument(file: string, keys: readonly string[], id: string, decode: () => Document): Document {
  const document: Document = {};
  const fill = (): void => {
    const full = decode();
    if (Object.keys(full).join() !== keys.join() || full.id !== id) throw new Error(`${file} decoded unlike its index`);
    for (const key of keys) {
      Object.defineProperty(document, key, { value: full[key], enumerable: true, writable: true, configurable: true });
    }
  };
  for (const key of keys) {
    if (key === "id") document.id = id;
    else
      Object.defineProperty(document, key, {
        enumerable: true,
        configurable: true,
        get: () => (fill(), document[key]),
      });
  }
  return document;
}

/** Every version of `entries` by file name, each decoded from `packed` when first read. */
export function packedDocuments(packed: string, entries: readonly PackedEntry[]): Record<string, Document> {
  const bytesTo = lazyBytes(
    packed,
    entries.reduce((sum, [, length]) => sum + length, 0),
  );
  const documents: Record<string, Document> = {};
  let start = 0;
  for (const [file, length, keys, id] of entries) {
    const from = start;
    const to = (start += length);
    documents[file] = lazyDocument(file, keys, id, () => JSON.parse(utf8Text(bytesTo(to), from, to)) as Document);
  }
  return documents;
}
