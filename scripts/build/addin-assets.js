/*
 * Build-time assets of the add-in, generated from sources in the repository:
 *
 *  - functions.<locale>.json: the custom functions metadata (functions.json, generated from the
 *    JSDoc) with names and descriptions from a translation table (src/functions/locales/*.json).
 *    Function ids, parameter order, types and options are the English file's.
 *  - help/<ID>.html, help/index.html, help/help.css: one static help page per function, from
 *    functions.json, the @returns of src/functions/functions.ts, src/functions/help/pages.json and
 *    the rules quoted from docs/PRICING-RULES.md. No script at all: every text is HTML-escaped
 *    when the page is generated.
 *  - with a production URL, every https://localhost:3000 URL in every emitted text asset is
 *    rewritten to it (manifest, functions.json, help pages, ...).
 *
 * The pure functions are exported for the tests.
 */
const fs = require("fs");
const path = require("path");

const DEV_URL = "https://localhost:3000/";
const NAMESPACE = "TCLOUD";
const PLUGIN = "AddinAssetsPlugin";

// ---------------------------------------------------------------- HTML

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markdown inline subset used by PRICING-RULES.md: **bold** and `code`; everything else is text. */
function inlineMarkdown(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, (_, code) => `<code>${code}</code>`)
    .replace(/\*\*([^*]+)\*\*/g, (_, strong) => `<strong>${strong}</strong>`);
}

// ---------------------------------------------------------------- docs/PRICING-RULES.md

/**
 * The list items of each "## " section, keyed "<section>#<n>": the section heading up to its
 * first " (" and the item's number (numbered lists) or position (bullets).
 * @returns {Map<string, { key: string, heading: string, number: number, text: string }>}
 */
function parseRules(markdown) {
  const rules = new Map();
  let heading = null;
  let section = null;
  let current = null;
  let bullets = 0;
  const close = () => {
    if (current) rules.set(current.key, { ...current, text: current.lines.join(" ").replace(/\s+/g, " ").trim() });
    current = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const h = /^##\s+(.*)$/.exec(line);
    if (h) {
      close();
      heading = h[1].trim();
      section = heading.split(" (")[0].trim();
      bullets = 0;
      continue;
    }
    if (!section) continue;
    const numbered = /^(\d+)\.\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (numbered || bullet) {
      close();
      const number = numbered ? Number(numbered[1]) : ++bullets;
      current = { key: `${section}#${number}`, heading, number, lines: [numbered ? numbered[2] : bullet[1]] };
    } else if (current && /^\s+\S/.test(line)) {
      current.lines.push(line.trim());
    } else {
      close();
    }
  }
  close();
  for (const rule of rules.values()) delete rule.lines;
  return rules;
}

// ---------------------------------------------------------------- JSDoc @returns

/** The @returns text of each exported function of functions.ts, keyed by function name. */
function parseReturns(source) {
  const returns = new Map();
  const block = /\/\*\*([\s\S]*?)\*\/\s*export\s+function\s+(\w+)/g;
  for (const m of source.matchAll(block)) {
    const r = /@returns?\s+(?:\{[^}]*\}\s*)?([\s\S]*?)(?=\n\s*\*\s*@|$)/.exec(m[1]);
    if (r) returns.set(m[2], r[1].replace(/\n\s*\*\s?/g, " ").trim());
  }
  return returns;
}

// ---------------------------------------------------------------- localization

/**
 * The metadata with each function's name and description, and each parameter's name and
 * description, taken from `table` (see src/functions/locales/zh-CN.json). Throws, naming every
 * problem, if a function or parameter has no translation or the table names one that does not exist.
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const entries = table.functions || {};
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(entries)) if (!ids.has(id)) problems.push(`${id}: translated but not a function`);
  const functions = metadata.functions.map((f) => {
    const t = entries[f.id];
    if (!t) {
      problems.push(`${f.id}: no translation`);
      return f;
    }
    for (const key of ["name", "description"]) if (!nonEmpty(t[key])) problems.push(`${f.id}: no ${key}`);
    const tp = t.parameters || {};
    const names = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(tp))
      if (!names.has(name)) problems.push(`${f.id}: parameter ${name} does not exist`);
    const parameters = (f.parameters || []).map((p) => {
      const pt = tp[p.name];
      if (!pt || !nonEmpty(pt.name) || !nonEmpty(pt.description)) {
        problems.push(`${f.id}: parameter ${p.name} has no name and description`);
        return p;
      }
      return { ...p, name: pt.name, description: pt.description };
    });
    return { ...f, name: t.name, description: t.description, ...(f.parameters ? { parameters } : {}) };
  });
  if (problems.length) throw new Error(`functions.${table.locale}.json: ${problems.join("; ")}`);
  return { ...metadata, functions };
}

function nonEmpty(value) {
  return typeof value === "string" && value.trim() !== "";
}

// ---------------------------------------------------------------- help pages

function syntax(fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

function typeLabel(p) {
  const base = { string: "text", number: "number", boolean: "TRUE/FALSE", any: "any value" }[p.type] || p.type;
  return p.dimensionality === "matrix" ? `range of ${base === "any value" ? "values" : base}` : base;
}

function page({ title, breadcrumb, body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<header class="site"><img src="../assets/icon-32.png" alt=""><span class="product">Tencent Cloud AI Pricing</span><span class="section">Function reference</span></header>
<main>
<nav class="breadcrumb" aria-label="Breadcrumb">${breadcrumb}</nav>
${body}
</main>
<footer>Generated at build time from <code>src/functions/functions.ts</code>, <code>src/functions/help/pages.json</code> and <code>docs/PRICING-RULES.md</code>.</footer>
</body>
</html>
`;
}

function exampleRows(examples) {
  return examples
    .map(
      (e) =>
        `<tr><td><code>${escapeHtml(e.formula)}</code></td><td class="result"><code>${escapeHtml(e.result)}</code></td><td>${escapeHtml(e.explanation || "")}</td></tr>`,
    )
    .join("\n");
}

/**
 * One function's help page.
 * @param {object} o
 * @param {object} o.fn the function's entry of functions.json
 * @param {object} [o.localized] the same entry in functions.zh-CN.json
 * @param {string} [o.returns] the @returns text of the JSDoc
 * @param {object} o.help the function's entry of pages.json
 * @param {Map} o.rules parseRules(PRICING-RULES.md)
 * @param {Array<[string, string]>} o.errors the error codes and what they mean
 */
function renderHelpPage({ fn, localized, returns, help, rules, errors }) {
  const params = fn.parameters || [];
  const argRows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? "Optional" : "Required"}</td><td>${escapeHtml(typeLabel(p))}</td><td>${escapeHtml(p.description || "")}</td></tr>`,
    )
    .join("\n");
  const ruleItems = help.rules
    .map((key) => {
      const rule = rules.get(key);
      if (!rule) throw new Error(`${fn.id}: rule ${key} is not in docs/PRICING-RULES.md`);
      return `<li><span class="rule-ref">${escapeHtml(rule.heading)} · ${rule.number}</span>${inlineMarkdown(rule.text)}</li>`;
    })
    .join("\n");
  const examples = [help.example, ...(help.more || [])];
  const zh = localized
    ? `<p class="locale" lang="zh-CN">中文版 Excel：<code>${escapeHtml(syntax(localized))}</code>. ${escapeHtml(localized.description)}</p>`
    : "";
  const body = `<h1>${escapeHtml(NAMESPACE)}.${escapeHtml(fn.id)} function</h1>
${zh}
<p class="lead">${escapeHtml(fn.description || "")}</p>
<h2 id="syntax">Syntax</h2>
<pre><code>${escapeHtml(syntax(fn))}</code></pre>
<h2 id="arguments">Arguments</h2>
${
  params.length
    ? `<table>
<thead><tr><th>Argument</th><th>Required</th><th>Type</th><th>Description</th></tr></thead>
<tbody>
${argRows}
</tbody>
</table>`
    : "<p>This function takes no arguments.</p>"
}
<h2 id="returns">Returns</h2>
<p>${escapeHtml(returns || resultLabel(fn))}</p>
<h2 id="example">Example</h2>
<table>
<thead><tr><th>Formula</th><th>Result</th><th>Why</th></tr></thead>
<tbody>
${exampleRows(examples)}
</tbody>
</table>
<h2 id="rules">Pricing rules that apply</h2>
<p>Quoted from <code>docs/PRICING-RULES.md</code>, which says how this add-in reads Tencent's price documents:</p>
<ol class="rules">
${ruleItems}
</ol>
<h2 id="errors">Errors</h2>
<table>
<thead><tr><th>Error</th><th>When</th></tr></thead>
<tbody>
${errors.map(([code, when]) => `<tr><td><code>${escapeHtml(code)}</code></td><td>${escapeHtml(when)}</td></tr>`).join("\n")}
</tbody>
</table>
<div class="note"><p>Each error carries a message saying what to type instead. Results are exact decimals shown as the nearest Excel number, never rounded: use <code>ROUND</code> yourself.</p></div>`;
  return page({
    title: `${NAMESPACE}.${fn.id} function - Tencent Cloud AI Pricing`,
    breadcrumb: `<a href="index.html">Functions</a> › ${escapeHtml(fn.id)}`,
    body,
  });
}

function resultLabel(fn) {
  const r = fn.result || {};
  return r.dimensionality === "matrix" ? "A table that spills." : `A ${r.type || "value"}.`;
}

function renderHelpIndex({ functions, localized }) {
  const zhById = new Map((localized || []).map((f) => [f.id, f]));
  const rows = functions
    .map((fn) => {
      const zh = zhById.get(fn.id);
      return `<tr><td><a href="${escapeHtml(fn.id)}.html"><code>${escapeHtml(`${NAMESPACE}.${fn.id}`)}</code></a></td><td lang="zh-CN">${zh ? escapeHtml(`${NAMESPACE}.${zh.name}`) : ""}</td><td>${escapeHtml(fn.description || "")}</td></tr>`;
    })
    .join("\n");
  const body = `<h1>TCLOUD functions</h1>
<p class="lead">Exact Tencent Cloud OCR (文字识别) and Face Recognition (人脸识别) prices in Excel. Type a function in a cell, for example <code>=TCLOUD.OCR_COST("身份证识别", 9999)</code>; in Chinese Excel the same functions have Chinese names.</p>
<table>
<thead><tr><th>Function</th><th>中文名称</th><th>Description</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2 id="arguments">Arguments common to the functions</h2>
<ul>
<li><strong>api</strong>: an interface or billing item name as printed in Tencent's price tables, or a Tencent Cloud API action.</li>
<li><strong>volumes</strong> are billable calls (or images) in a calendar month; blank counts as 0.</li>
<li><strong>catalog</strong> (optional, last): a catalog version id, an Excel date (the version in force that day), or <code>"international"</code>; blank is the workbook's default version.</li>
</ul>`;
  return page({ title: "TCLOUD functions - Tencent Cloud AI Pricing", breadcrumb: "Functions", body });
}

// ---------------------------------------------------------------- URLs

/** Every https://localhost:3000 URL (and the bare origin) of `text`, pointed at `baseUrl`. */
function rewriteLocalhost(text, baseUrl) {
  if (!baseUrl || baseUrl === DEV_URL) return text;
  const origin = new URL(baseUrl).origin;
  return text.replace(/https:\/\/localhost:3000\//g, baseUrl).replace(/https:\/\/localhost:3000(?![\w/:.])/g, origin);
}

// ---------------------------------------------------------------- generation

/**
 * Everything this module generates, from the English metadata and the repository's sources.
 * @returns {Map<string, string>} asset name → content
 */
function generateAssets({ metadata, root, locales = ["zh-CN"] }) {
  const read = (p) => fs.readFileSync(path.join(root, p), "utf8");
  const out = new Map();
  const localized = {};
  for (const locale of locales) {
    const table = JSON.parse(read(`src/functions/locales/${locale}.json`));
    localized[locale] = localizeMetadata(metadata, table);
    out.set(`functions.${locale}.json`, JSON.stringify(localized[locale], null, 4));
  }
  const help = JSON.parse(read("src/functions/help/pages.json"));
  const rules = parseRules(read("docs/PRICING-RULES.md"));
  const returns = parseReturns(read("src/functions/functions.ts"));
  const zh = localized["zh-CN"] ? localized["zh-CN"].functions : [];
  const missing = metadata.functions.filter((f) => !help.functions[f.id]).map((f) => f.id);
  if (missing.length) throw new Error(`src/functions/help/pages.json has no entry for ${missing.join(", ")}`);
  for (const fn of metadata.functions) {
    out.set(
      `help/${fn.id}.html`,
      renderHelpPage({
        fn,
        localized: zh.find((f) => f.id === fn.id),
        returns: returns.get(fn.id),
        help: help.functions[fn.id],
        rules,
        errors: help.errors,
      }),
    );
  }
  out.set("help/index.html", renderHelpIndex({ functions: metadata.functions, localized: zh }));
  out.set("help/help.css", read("src/functions/help/help.css"));
  return out;
}

class AddinAssetsPlugin {
  /** @param {{ root: string, baseUrl?: string, metadataAsset?: string, locales?: string[] }} options */
  constructor(options) {
    this.options = { metadataAsset: "functions.json", locales: ["zh-CN"], baseUrl: DEV_URL, ...options };
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const { root, baseUrl, metadataAsset, locales } = this.options;
    const inputs = [
      "src/functions/help/pages.json",
      "src/functions/help/help.css",
      "docs/PRICING-RULES.md",
      ...locales.map((l) => `src/functions/locales/${l}.json`),
    ].map((p) => path.join(root, p));

    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      for (const file of inputs) compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset(metadataAsset);
        if (!asset) return; // the metadata plugin has reported why
        try {
          const metadata = JSON.parse(asset.source.source().toString());
          // The metadata generator turns this on by default: data-type values (entities, linked
          // types) would then reach the `any` parameters as objects. Off, Excel passes their basic
          // value (the text or number the cell shows), which is what a name or a catalog is.
          metadata.allowCustomDataForDataTypeAny = false;
          compilation.updateAsset(metadataAsset, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          for (const [name, content] of generateAssets({ metadata, root, locales })) {
            // minimized: keep the generated pages as written (readable, and what the tests read).
            compilation.emitAsset(name, new sources.RawSource(content), { minimized: true });
          }
        } catch (error) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${error.message}`));
        }
      });
      if (baseUrl && baseUrl !== DEV_URL) {
        compilation.hooks.processAssets.tap(
          { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
          (assets) => {
            for (const name of Object.keys(assets)) {
              if (!/\.(html|json|xml|js|css|txt|map)$/.test(name)) continue;
              const before = compilation.getAsset(name).source.source().toString();
              const after = rewriteLocalhost(before, baseUrl);
              if (after !== before) compilation.updateAsset(name, new sources.RawSource(after));
            }
          },
        );
      }
    });
  }
}

/** Makes custom-functions-metadata-plugin's loader apply to the functions file only (see the guard). */
class GuardCustomFunctionsLoader {
  apply(compiler) {
    const original = require.resolve("custom-functions-metadata-plugin/lib/loader.js");
    const guard = require.resolve("./custom-functions-loader-guard.js");
    compiler.hooks.compilation.tap("GuardCustomFunctionsLoader", (compilation) => {
      compiler.webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(
        "GuardCustomFunctionsLoader",
        (_, module) => {
          for (const loader of module.loaders) if (loader.loader === original) loader.loader = guard;
        },
      );
    });
  }
}

module.exports = {
  DEV_URL,
  AddinAssetsPlugin,
  GuardCustomFunctionsLoader,
  escapeHtml,
  inlineMarkdown,
  parseRules,
  parseReturns,
  localizeMetadata,
  renderHelpPage,
  renderHelpIndex,
  rewriteLocalhost,
  generateAssets,
  syntax,
};
