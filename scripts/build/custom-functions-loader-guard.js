/*
 * Wraps custom-functions-metadata-plugin's loader so that it only ever touches the functions
 * file. The original appends CustomFunctions.associate(...) calls to whatever it is applied to;
 * in watch mode ts-loader re-applies the loaders that follow it to every TypeScript root file
 * (ts-loader's watch-run updateFile), which appended the associate calls to every module and
 * broke every rebuild of `npm start` / `npm run watch`.
 */
const path = require("path");
const associate = require("custom-functions-metadata-plugin/lib/loader.js");

module.exports = function guardedAssociate(source) {
  const { file } = this.getOptions();
  if (!file || path.resolve(this.resourcePath) !== path.resolve(file)) return source;
  return associate.call(this, source);
};
