/*
 * The bundles carry the catalog versions (src/catalog/data/*.json, the reviewed source) in one
 * compact module: the JSON text of every version of the folder, compressed together
 * (scripts/build/compress-text.js), so what versions repeat of one another is written once;
 * src/catalog/packedCatalogs.ts decodes each version when it is first read, not at start-up.
 * The newest version comes first in the text, so the one most formulas use decodes alone.
 *
 * Applied to a data file, this loader emits a module that takes that file's document from the
 * shared module; the shared module itself is this loader with ?{"pack": folder}, made once.
 * Decoded, each document is its JSON file exactly, key order and all (test/catalog-loader.test.ts).
 */
const fs = require("fs");
const path = require("path");
const { compressText } = require("./compress-text");

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

/** The compressed text of every version (in text order) and the index to decode each from it. */
function packVersions(versions) {
  const order = textOrder(versions);
  const texts = order.map((name) => JSON.stringify(versions[name]));
  const entries = order.map((name, i) => [
    name,
    Buffer.byteLength(texts[i]),
    Object.keys(versions[name]),
    versions[name].id,
  ]);
  return { packed: compressText(texts.join("")), entries };
}

/** The shared module's source: the packed versions, each decoded when first read. */
function packSource(versions) {
  const { packed, entries } = packVersions(versions);
  return `var decoder = require(${JSON.stringify(DECODER)});
module.exports = decoder.packedDocuments(${JSON.stringify(packed)}, ${JSON.stringify(entries)});
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
