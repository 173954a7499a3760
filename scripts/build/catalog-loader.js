/*
 * The bundles carry the catalog versions (src/catalog/data/*.json, the reviewed source) in one
 * compact module: the newest version (the default most formulas use) in the copies form
 * (scripts/build/text-copies.js), quickest to decode, and the JSON text of the others compressed
 * together after it (DEFLATE with the newest one as preset dictionary), so what versions repeat
 * of one another is written once; src/catalog/packedCatalogs.ts decodes each version when it is
 * first read, not at start-up.
 *
 * Applied to a data file, this loader emits a module that takes that file's document from the
 * shared module; the shared module itself is this loader with ?{"pack": folder}, made once.
 * Decoded, each document is its JSON file exactly, key order and all (test/catalog-loader.test.ts).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { bytesToText } = require("./compress-text");
const { textCopies } = require("./text-copies");

const DECODER = path.resolve(__dirname, "..", "..", "src", "catalog", "packedCatalogs.ts");

/** Every version of the data folder as { file name: document }, in file-name order. */
function readVersions(dataDir, onFile = () => {}) {
  const versions = {};
  for (const name of fs
    .readdirSync(dataDir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const file = path.join(dataDir, name);
    onFile(file);
    versions[name] = JSON.parse(fs.readFileSync(file, "utf8"));
  }
  return versions;
}

/** A version's latest product date: the text lists versions newest first. */
const newest = (document) =>
  Object.values(document.products ?? {})
    .map((p) => p.effectiveDate ?? "")
    .sort()
    .pop() ?? "";

/** The file names in text order: newest version first, then by name. */
function textOrder(versions) {
  return Object.keys(versions).sort(
    (a, b) => newest(versions[b]).localeCompare(newest(versions[a])) || a.localeCompare(b),
  );
}

/**
 * The newest version in the copies form (`head`), the others' compressed text (`packed`) and
 * the index to decode each from it (`entries`), and what they take in the bundle (`size`, bytes).
 */
function packVersions(versions) {
  const [newest, ...others] = textOrder(versions);
  const entry = (name, length) => [name, length, Object.keys(versions[name]), versions[name].id];
  const newestText = JSON.stringify(versions[newest]);
  const { commands, literals } = textCopies(newestText);
  const head = [...entry(newest, newestText.length), commands, literals];
  const texts = others.map((name) => JSON.stringify(versions[name]));
  const entries = others.map((name, i) => entry(name, Buffer.byteLength(texts[i])));
  const packed = bytesToText(
    zlib.deflateRawSync(Buffer.from(texts.join("")), { level: 9, memLevel: 9, dictionary: Buffer.from(newestText) }),
  );
  const size = Buffer.byteLength(commands) + Buffer.byteLength(JSON.stringify(literals)) + packed.length;
  return { head, packed, entries, size };
}

/**
 * The shared module's source: the packed versions, each decoded when first read. Versions
 * mostly share one list of top-level keys: each distinct list is written once.
 */
function packSource(versions) {
  const { head, packed, entries } = packVersions(versions);
  const lists = [...new Set([head, ...entries].map((e) => JSON.stringify(e[2])))];
  const withKeys = (e) =>
    `[${[JSON.stringify(e[0]), e[1], `keys[${lists.indexOf(JSON.stringify(e[2]))}]`, ...e.slice(3).map((v) => JSON.stringify(v))].join(",")}]`;
  return `var decoder = require(${JSON.stringify(DECODER)});
var keys = [${lists.join(",")}];
module.exports = decoder.packedDocuments(${withKeys(head)}, ${JSON.stringify(packed)}, [${entries.map(withKeys).join(",")}]);
`;
}

function catalogLoader(source) {
  const options = this.getOptions();
  if (options.pack) {
    this.addContextDependency(options.pack);
    return packSource(readVersions(options.pack, (file) => this.addDependency(file)));
  }
  JSON.parse(source); // a malformed file fails the build here, naming the file
  const dataDir = path.dirname(this.resourcePath);
  // The same request from every data file of the folder: one shared module.
  const packRequest = `!!${__filename}?${JSON.stringify({ pack: dataDir })}!${DECODER}`;
  return `module.exports = require(${JSON.stringify(packRequest)})[${JSON.stringify(path.basename(this.resourcePath))}];\n`;
}

module.exports = catalogLoader;
module.exports.readVersions = readVersions;
module.exports.packSource = packSource;
module.exports.textOrder = textOrder;
module.exports.packVersions = packVersions;
