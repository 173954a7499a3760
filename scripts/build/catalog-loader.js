/*
 * The bundles carry the catalog versions (src/catalog/data/*.json, the reviewed source) in one
 * compact module: the JSON text of every version of the folder, compressed together
 * (scripts/build/compress-text.js), so what versions repeat of one another is written once;
 * src/catalog/compressedText.ts decodes it when the module is evaluated.
 *
 * Applied to a data file, this loader emits a module that takes that file's document from the
 * shared module; the shared module itself is this loader with ?{"pack": folder}, made once.
 * Decoded, each document is its JSON file exactly, key order and all (test/catalog-loader.test.ts).
 */
const fs = require("fs");
const path = require("path");
const { compressText } = require("./compress-text");

const DECODER = path.resolve(__dirname, "..", "..", "src", "catalog", "compressedText.ts");

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

/** The shared module's source: the compressed text of every version and its decoding. */
function packSource(versions) {
  const text = JSON.stringify(versions);
  return `var decoder = require(${JSON.stringify(DECODER)});
module.exports = JSON.parse(decoder.decompressText(${JSON.stringify(compressText(text))}, ${text.length}));
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
