/*
 * The add-in's bundles carry decimal.js without what pricing never computes: trigonometry,
 * logarithms, roots, base conversions, modulo, integer division and clamping, and the
 * exponential, precision and significant-digit forms it never writes (toPower stays: reading
 * "0x1p3" text uses it). Applied to decimal.mjs by
 * webpack.config.js; the CLI and the tests use the whole library. The methods kept are the
 * library's own code, unchanged. The build fails if kept code still calls a removed method, and
 * test/decimal-subset.test.ts fails if the add-in's source calls one.
 */

/** Prototype methods removed, each with its aliases (as decimal.mjs defines them together). */
const REMOVED_METHODS = [
  ["clampedTo", "clamp"],
  ["cosine", "cos"],
  ["cubeRoot", "cbrt"],
  ["dividedToIntegerBy", "divToInt"],
  ["hyperbolicCosine", "cosh"],
  ["hyperbolicSine", "sinh"],
  ["hyperbolicTangent", "tanh"],
  ["inverseCosine", "acos"],
  ["inverseHyperbolicCosine", "acosh"],
  ["inverseHyperbolicSine", "asinh"],
  ["inverseHyperbolicTangent", "atanh"],
  ["inverseSine", "asin"],
  ["inverseTangent", "atan"],
  ["logarithm", "log"],
  ["modulo", "mod"],
  ["naturalExponential", "exp"],
  ["naturalLogarithm", "ln"],
  ["sine", "sin"],
  ["squareRoot", "sqrt"],
  ["tangent", "tan"],
  ["toBinary"],
  ["toExponential"],
  ["toFraction"],
  ["toHexadecimal", "toHex"],
  ["toNearest"],
  ["toOctal"],
  ["toPrecision"],
  ["toSignificantDigits", "toSD"],
];
/** Static functions removed (Decimal.sqrt(x) ...). */
const REMOVED_STATICS = [
  "acos",
  "acosh",
  "asin",
  "asinh",
  "atan",
  "atanh",
  "atan2",
  "cbrt",
  "clamp",
  "cos",
  "cosh",
  "exp",
  "hypot",
  "ln",
  "log",
  "log10",
  "log2",
  "mod",
  "random",
  "sin",
  "sinh",
  "sqrt",
  "tan",
  "tanh",
];
/** Internal functions only the removed ones called (checked: the build fails if one is still called). */
const REMOVED_HELPERS = ["cosine", "sine", "toLessThanHalfPi", "taylorSeries"];
/** Every name a caller could use for something removed. */
const REMOVED_NAMES = [...new Set([...REMOVED_METHODS.flat(), ...REMOVED_STATICS])];

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function decimalSubset(source) {
  let code = source.replace(/\r\n/g, "\n"); // the package's file has CRLF line ends
  for (const names of REMOVED_METHODS) {
    const start = code.indexOf(`\nP.${names.join(" = P.")} = function `);
    const end = code.indexOf("\n};\n", start);
    if (start < 0 || end < 0) throw new Error(`decimal-subset: no method ${names.join("/")} in decimal.mjs`);
    code = code.slice(0, start) + code.slice(end + 3);
  }
  for (const name of REMOVED_STATICS) {
    const line = new RegExp(`\\n  Decimal\\.${escapeRegExp(name)} = ${escapeRegExp(name)};[^\\n]*`);
    if (!line.test(code)) throw new Error(`decimal-subset: no static ${name} in decimal.mjs`);
    code = code.replace(line, "");
    const start = code.indexOf(`\nfunction ${name}(`);
    const end = code.indexOf("\n}\n", start);
    if (start < 0 || end < 0) throw new Error(`decimal-subset: no function ${name} in decimal.mjs`);
    code = code.slice(0, start) + code.slice(end + 2);
  }
  for (const name of REMOVED_HELPERS) {
    const start = code.indexOf(`\nfunction ${name}(`);
    const end = code.indexOf("\n}\n", start);
    if (start < 0 || end < 0) throw new Error(`decimal-subset: no function ${name} in decimal.mjs`);
    code = code.slice(0, start) + code.slice(end + 2);
    if (new RegExp(`\\b${name}\\(`).test(code)) throw new Error(`decimal-subset: kept code still calls ${name}()`);
  }
  // The constants only logarithms and trigonometry use, when nothing kept uses them any more.
  for (const [constant, getter] of [
    ["LN10", "getLn10"],
    ["PI", "getPi"],
  ]) {
    if (code.split(`${getter}(`).length - 1 > 1) continue; // called from kept code: keep
    code = code
      .replace(new RegExp(`\\n\\s*${constant} = '[0-9.]+',`), `\n  ${constant} = '',`)
      .replace(new RegExp(`\\n${constant} = new Decimal\\(${constant}\\);`), "");
  }
  // What is kept must not reach what was removed (a method call by name on any value; comments aside).
  const body = code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "").replace(/Math\.\w+\(/g, "");
  for (const name of REMOVED_NAMES)
    if (new RegExp(`\\.${escapeRegExp(name)}\\(`).test(body))
      throw new Error(`decimal-subset: kept code still calls .${name}()`);
  return code;
}

module.exports = decimalSubset;
module.exports.REMOVED_NAMES = REMOVED_NAMES;
