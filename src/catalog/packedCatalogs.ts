/**
 * The catalog versions as the bundles carry them (scripts/build/catalog-loader.js), each
 * decoded on first use, not at start-up. The newest version, the default most formulas use, is
 * in the copies form (textCopies.ts), which decodes quickest (a workbook's first formula is its
 * cold start); the others are one DEFLATE text of their JSON, compressed after the newest one's
 * (zlib's preset dictionary), so what they repeat of it and of one another is written once.
 * CATALOGS() or a date that needs every version's dates decodes them all, on that call.
 */
import { lazyBytes, utf8Bytes, utf8Text } from "./compressedText";
import { expandCopies } from "./textCopies";

/** One version in the DEFLATE text, in text order: file name, UTF-8 length, top-level keys, id. */
export type PackedEntry = readonly [file: string, byteLength: number, keys: readonly string[], id: string];

/** The newest version: file name, length in UTF-16 code units, top-level keys, id, its copies form. */
export type PackedHead = readonly [
  file: string,
  length: number,
  keys: readonly string[],
  id: string,
  commands: string,
  literals: string,
];

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

/** Every version by file name: `head` from its copies form, `entries` from `packed`, each decoded when first read. */
export function packedDocuments(
  head: PackedHead,
  packed: string,
  entries: readonly PackedEntry[],
): Record<string, Document> {
  const [headFile, headLength, headKeys, headId, commands, literals] = head;
  let headText: string | undefined;
  const newest = (): string => (headText ??= expandCopies(commands, literals, headLength));
  const documents: Record<string, Document> = {
    [headFile]: lazyDocument(headFile, headKeys, headId, () => JSON.parse(newest()) as Document),
  };
  const bytesTo = lazyBytes(
    packed,
    entries.reduce((sum, [, length]) => sum + length, 0),
    () => utf8Bytes(newest()),
  );
  let start = 0;
  for (const [file, length, keys, id] of entries) {
    const from = start;
    const to = (start += length);
    documents[file] = lazyDocument(file, keys, id, () => JSON.parse(utf8Text(bytesTo(to), from, to)) as Document);
  }
  return documents;
}
