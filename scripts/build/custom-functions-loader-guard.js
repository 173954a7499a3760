/*
 * Wraps custom-functions-metadata-plugin's loader:
 * - it only ever touches the functions file. The original appends CustomFunctions.associate(...)
 *   calls to whatever it is applied to; in watch mode ts-loader re-applies the loaders that
 *   follow it to every TypeScript root file (ts-loader's watch-run updateFile), which appended
 *   the associate calls to every module and broke every rebuild of `npm start` / `npm run watch`;
 * - the appended calls are guarded: where office.js has not loaded (a plain browser, a blocked
 *   CDN) CustomFunctions does not exist, and a bare call threw a ReferenceError that stopped the
 *   page. The page loads office.js asynchronously, so registration waits for its script to load.
 */
const path = require("path");
const associate = require("custom-functions-metadata-plugin/lib/loader.js");

module.exports = function guardedAssociate(source) {
  const { file } = this.getOptions();
  if (!file || path.resolve(this.resourcePath) !== path.resolve(file)) return source;
  const withCalls = associate.call(this, source);
  const calls = withCalls.slice(source.length);
  if (withCalls.slice(0, source.length) !== source || calls.trim() === "") return withCalls;
  return `${source}
;(function registerCustomFunctions() {
  if (typeof CustomFunctions === "undefined") {
    var officeJs = typeof document !== "undefined" ? document.querySelector('script[src*="office.js"]') : null;
    if (officeJs) officeJs.addEventListener("load", registerCustomFunctions, { once: true });
    return;
  }
${calls}
})();
`;
};
