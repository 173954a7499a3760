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
 *  - help/zh-CN/<ID>.html, help/zh-CN/index.html: the same pages by the same renderer in Chinese
 *    (the zh-CN metadata's helpUrl), with the words of src/functions/help/pages.zh-CN.json and the
 *    rules quoted from docs/PRICING-RULES.zh-CN.md (its sections matched to the English ones by
 *    position, so a rule keeps its English key).
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

/** Wrapped lines as one text: a space between them, none where both sides are Chinese (non-ASCII). */
function joinLines(lines) {
  return lines
    .map((l) => l.trim())
    .reduce(
      (text, line) =>
        text === "" ? line : /[^\x00-\x7f]$/.test(text) && /^[^\x00-\x7f]/.test(line) ? text + line : `${text} ${line}`,
      "",
    )
    .replace(/\s+/g, " ");
}

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
    if (current) rules.set(current.key, { ...current, text: joinLines(current.lines) });
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

/** The "## " sections of a rules document, in order, keyed as parseRules keys them. */
function ruleSections(markdown) {
  return [...markdown.matchAll(/^##\s+(.*)$/gm)].map((m) => m[1].trim().split(" (")[0].trim());
}

/**
 * The rules of a translation of docs/PRICING-RULES.md keyed by the English keys ("OCR#5"): its
 * sections are the English ones in the same order, each with the same items. Throws, naming every
 * difference, when the two documents are out of step.
 */
function parseTranslatedRules(translated, english, name) {
  const en = ruleSections(english);
  const tr = ruleSections(translated);
  if (tr.length !== en.length)
    throw new Error(`${name} has ${tr.length} sections, docs/PRICING-RULES.md has ${en.length}`);
  const byKey = new Map();
  for (const rule of parseRules(translated).values()) {
    const section = en[tr.indexOf(rule.key.slice(0, rule.key.lastIndexOf("#")))];
    byKey.set(`${section}#${rule.number}`, rule);
  }
  const enKeys = [...parseRules(english).keys()];
  const problems = [
    ...enKeys.filter((k) => !byKey.has(k)).map((k) => `${k} is not translated`),
    ...[...byKey.keys()].filter((k) => !enKeys.includes(k)).map((k) => `${k} is not in docs/PRICING-RULES.md`),
  ];
  if (problems.length) throw new Error(`${name}: ${problems.join("; ")}`);
  return byKey;
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
    return {
      ...f,
      name: t.name,
      description: t.description,
      ...(f.helpUrl ? { helpUrl: localHelpUrl(f.helpUrl, table.locale) } : {}),
      ...(f.parameters ? { parameters } : {}),
    };
  });
  if (problems.length) throw new Error(`functions.${table.locale}.json: ${problems.join("; ")}`);
  return { ...metadata, functions };
}

/** .../help/<ID>.html → .../help/<locale>/<ID>.html: the function's help page in that language. */
function localHelpUrl(url, locale) {
  return url.replace(/\/help\/([^/]+\.html)$/, `/help/${locale}/$1`);
}

function nonEmpty(value) {
  return typeof value === "string" && value.trim() !== "";
}

// ---------------------------------------------------------------- help pages

/** The English words of the help pages; every locale's words (pages.<locale>.json) have the same keys. */
const EN_WORDS = {
  htmlLang: "en",
  product: "Tencent Cloud AI Pricing",
  section: "Function reference",
  pageTitle: "{name} function - Tencent Cloud AI Pricing",
  heading: "{name} function",
  indexLink: "Functions",
  otherLanguage: "中文",
  otherLocaleLang: "zh-CN",
  otherLocale: "中文版 Excel：{syntax}. {description}",
  listSeparator: ", ",
  syntax: "Syntax",
  arguments: "Arguments",
  argument: "Argument",
  required: "Required",
  requiredYes: "Required",
  requiredNo: "Optional",
  type: "Type",
  description: "Description",
  noArguments: "This function takes no arguments.",
  returns: "Returns",
  example: "Example",
  formula: "Formula",
  result: "Result",
  why: "Why",
  rules: "Pricing rules that apply",
  rulesIntro: "Quoted from {file}, which says how this add-in reads Tencent's price documents:",
  rulesFile: "docs/PRICING-RULES.md",
  errors: "Errors",
  error: "Error",
  when: "When",
  errorsNote:
    "Each error carries a message saying what to type instead. Results are exact decimals shown as the nearest Excel number, never rounded: use {round} yourself.",
  footer: "Generated at build time from {files}.",
  typeText: "text",
  typeNumber: "number",
  typeBoolean: "TRUE/FALSE",
  typeAny: "any value",
  rangeOf: "range of {type}",
  rangeOfValues: "range of values",
  resultTable: "A table that spills.",
  resultValue: "A value.",
  indexTitle: "TCLOUD functions - Tencent Cloud AI Pricing",
  indexHeading: "TCLOUD functions",
  indexLead:
    "Exact Tencent Cloud OCR (文字识别) and Face Recognition (人脸识别) prices in Excel. Type a function in a cell, for example {example}; in Chinese Excel the same functions have Chinese names.",
  indexExample: '=TCLOUD.OCR_COST("身份证识别", 9999)',
  indexFunction: "Function",
  indexOtherName: "中文名称",
  indexCommon: "Arguments common to the functions",
  indexApi: "api",
  indexApiText:
    ": an interface or billing item name as printed in Tencent's price tables, or a Tencent Cloud API action.",
  indexVolumes: "volumes",
  indexVolumesText: " are billable calls (or images) in a calendar month; blank counts as 0.",
  indexCatalog: "catalog",
  indexCatalogText:
    " (optional, last): a catalog version id, an Excel date (the version in force that day), or {international}; blank is the workbook's default version.",
};

/** `template` escaped, with each {name} replaced by the HTML given for it. */
function fillHtml(template, html) {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (whole, key) => (key in html ? html[key] : whole));
}

const code = (text) => `<code>${escapeHtml(text)}</code>`;

function syntax(fn) {
  const params = (fn.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${fn.name}(${params.join(", ")})`;
}

function typeLabel(p, words) {
  const base = { string: words.typeText, number: words.typeNumber, boolean: words.typeBoolean }[p.type];
  if (p.dimensionality !== "matrix") return base || (p.type === "any" ? words.typeAny : p.type);
  return base ? words.rangeOf.replace("{type}", base) : words.rangeOfValues;
}

/** `formula` as Excel in another language shows it: each =TCLOUD.<ID>( with that language's name. */
function localizeFormula(formula, names) {
  return formula.replace(/TCLOUD\.([A-Z_]+)\(/g, (whole, id) => (names.has(id) ? `TCLOUD.${names.get(id)}(` : whole));
}

/** `base` is the way from the page up to help/ ("" or "../"); `other` the page in the other language. */
function page({ title, breadcrumb, body, words, base = "", other, sources }) {
  const switchLink = other
    ? `<a class="language" href="${escapeHtml(other)}" lang="${escapeHtml(words.otherLocaleLang)}">${escapeHtml(words.otherLanguage)}</a>`
    : "";
  return `<!doctype html>
<html lang="${escapeHtml(words.htmlLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${base}help.css">
</head>
<body>
<header class="site"><img src="${base}../assets/icon-32.png" alt=""><span class="product">${escapeHtml(words.product)}</span><span class="section">${escapeHtml(words.section)}</span>${switchLink}</header>
<main>
<nav class="breadcrumb" aria-label="Breadcrumb">${breadcrumb}</nav>
${body}
</main>
<footer>${fillHtml(words.footer, { files: sources.map(code).join(escapeHtml(words.listSeparator)) })}</footer>
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

const EN_SOURCES = ["src/functions/functions.ts", "src/functions/help/pages.json", "docs/PRICING-RULES.md"];

/**
 * One function's help page, in English by default.
 * @param {object} o
 * @param {object} o.fn the function's entry of the page's metadata (functions.json, functions.zh-CN.json)
 * @param {object} [o.localized] the same entry in the other language's metadata
 * @param {string} [o.returns] what it returns (the @returns text of the JSDoc)
 * @param {object} o.help the function's examples (formulas as this language's Excel shows them) and rule keys
 * @param {Map} o.rules the rules by English key: parseRules(PRICING-RULES.md) or its translation's
 * @param {Array<[string, string]>} o.errors the error codes and what they mean
 * @param {object} [o.words] the page's words (EN_WORDS or a locale's)
 * @param {string} [o.base] the way up to help/ ("../" for a locale's page)
 * @param {string} [o.other] the same page in the other language
 * @param {string[]} [o.sources] the files the page is generated from
 */
function renderHelpPage({ fn, localized, returns, help, rules, errors, words = EN_WORDS, base, other, sources }) {
  const params = fn.parameters || [];
  const argRows = params
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.optional ? escapeHtml(words.requiredNo) : escapeHtml(words.requiredYes)}</td><td>${escapeHtml(typeLabel(p, words))}</td><td>${escapeHtml(p.description || "")}</td></tr>`,
    )
    .join("\n");
  const ruleItems = help.rules
    .map((key) => {
      const rule = rules.get(key);
      if (!rule) throw new Error(`${fn.id}: rule ${key} is not in ${words.rulesFile}`);
      return `<li><span class="rule-ref">${escapeHtml(rule.heading)} · ${rule.number}</span>${inlineMarkdown(rule.text)}</li>`;
    })
    .join("\n");
  const examples = [help.example, ...(help.more || [])];
  const otherLine = localized
    ? `<p class="locale" lang="${escapeHtml(words.otherLocaleLang)}">${fillHtml(words.otherLocale, { syntax: code(syntax(localized)), description: escapeHtml(localized.description) })}</p>`
    : "";
  const name = `${NAMESPACE}.${fn.name}`;
  const body = `<h1>${escapeHtml(words.heading.replace("{name}", name))}</h1>
${otherLine}
<p class="lead">${escapeHtml(fn.description || "")}</p>
<h2 id="syntax">${escapeHtml(words.syntax)}</h2>
<pre><code>${escapeHtml(syntax(fn))}</code></pre>
<h2 id="arguments">${escapeHtml(words.arguments)}</h2>
${
  params.length
    ? `<table>
<thead><tr><th>${escapeHtml(words.argument)}</th><th>${escapeHtml(words.required)}</th><th>${escapeHtml(words.type)}</th><th>${escapeHtml(words.description)}</th></tr></thead>
<tbody>
${argRows}
</tbody>
</table>`
    : `<p>${escapeHtml(words.noArguments)}</p>`
}
<h2 id="returns">${escapeHtml(words.returns)}</h2>
<p>${escapeHtml(returns || resultLabel(fn, words))}</p>
<h2 id="example">${escapeHtml(words.example)}</h2>
<table>
<thead><tr><th>${escapeHtml(words.formula)}</th><th>${escapeHtml(words.result)}</th><th>${escapeHtml(words.why)}</th></tr></thead>
<tbody>
${exampleRows(examples)}
</tbody>
</table>
<h2 id="rules">${escapeHtml(words.rules)}</h2>
<p>${fillHtml(words.rulesIntro, { file: code(words.rulesFile) })}</p>
<ol class="rules">
${ruleItems}
</ol>
<h2 id="errors">${escapeHtml(words.errors)}</h2>
<table>
<thead><tr><th>${escapeHtml(words.error)}</th><th>${escapeHtml(words.when)}</th></tr></thead>
<tbody>
${errors.map(([c, when]) => `<tr><td><code>${escapeHtml(c)}</code></td><td>${escapeHtml(when)}</td></tr>`).join("\n")}
</tbody>
</table>
<div class="note"><p>${fillHtml(words.errorsNote, { round: code("ROUND") })}</p></div>`;
  return page({
    title: words.pageTitle.replace("{name}", name),
    breadcrumb: `<a href="index.html">${escapeHtml(words.indexLink)}</a> › ${escapeHtml(fn.name)}`,
    body,
    words,
    base,
    other,
    sources: sources || EN_SOURCES,
  });
}

function resultLabel(fn, words) {
  const r = fn.result || {};
  if (words === EN_WORDS && r.dimensionality !== "matrix") return `A ${r.type || "value"}.`;
  return r.dimensionality === "matrix" ? words.resultTable : words.resultValue;
}

/** The index of the functions; `localized` the other language's metadata (its names in a column). */
function renderHelpIndex({ functions, localized, words = EN_WORDS, base, other, sources }) {
  const otherById = new Map((localized || []).map((f) => [f.id, f]));
  const rows = functions
    .map((fn) => {
      const o = otherById.get(fn.id);
      return `<tr><td><a href="${escapeHtml(fn.id)}.html"><code>${escapeHtml(`${NAMESPACE}.${fn.name}`)}</code></a></td><td lang="${escapeHtml(words.otherLocaleLang)}">${o ? escapeHtml(`${NAMESPACE}.${o.name}`) : ""}</td><td>${escapeHtml(fn.description || "")}</td></tr>`;
    })
    .join("\n");
  const body = `<h1>${escapeHtml(words.indexHeading)}</h1>
<p class="lead">${fillHtml(words.indexLead, { example: code(words.indexExample) })}</p>
<table>
<thead><tr><th>${escapeHtml(words.indexFunction)}</th><th>${escapeHtml(words.indexOtherName)}</th><th>${escapeHtml(words.description)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2 id="arguments">${escapeHtml(words.indexCommon)}</h2>
<ul>
<li><strong>${escapeHtml(words.indexApi)}</strong>${escapeHtml(words.indexApiText)}</li>
<li><strong>${escapeHtml(words.indexVolumes)}</strong>${escapeHtml(words.indexVolumesText)}</li>
<li><strong>${escapeHtml(words.indexCatalog)}</strong>${fillHtml(words.indexCatalogText, { international: code('"international"') })}</li>
</ul>`;
  return page({
    title: words.indexTitle,
    breadcrumb: escapeHtml(words.indexLink),
    body,
    words,
    base,
    other,
    sources: sources || EN_SOURCES,
  });
}

/**
 * A locale's help source (src/functions/help/pages.<locale>.json) checked against the English
 * one: the same words, error codes, functions and examples, none empty. Throws naming every problem.
 * @returns the locale's help entries per function, formulas in the locale's function names
 */
function localizeHelp(english, table, names) {
  const file = `src/functions/help/pages.${table.locale}.json`;
  const problems = [];
  const words = table.words || {};
  for (const key of Object.keys(EN_WORDS)) if (!nonEmpty(words[key])) problems.push(`words.${key} is missing`);
  for (const key of Object.keys(words))
    if (!(key in EN_WORDS)) problems.push(`words.${key} is not a word of the pages`);
  const errors = table.errors || [];
  if (errors.map((e) => e[0]).join() !== english.errors.map((e) => e[0]).join())
    problems.push("errors must list the English error codes in order");
  for (const [c, when] of errors) if (!nonEmpty(when)) problems.push(`errors ${c} has no text`);
  const entries = table.functions || {};
  for (const id of Object.keys(entries))
    if (!english.functions[id]) problems.push(`${id}: translated but not a function`);
  const functions = {};
  for (const [id, entry] of Object.entries(english.functions)) {
    const t = entries[id];
    if (!t) {
      problems.push(`${id}: no translation`);
      continue;
    }
    if (!nonEmpty(t.returns)) problems.push(`${id}: no returns`);
    const examples = [entry.example, ...(entry.more || [])];
    const translated = t.examples || [];
    if (translated.length !== examples.length)
      problems.push(`${id}: ${translated.length} examples translated, pages.json has ${examples.length}`);
    const localized = examples.map((e, i) => {
      const te = translated[i] || {};
      if (!nonEmpty(te.explanation)) problems.push(`${id}: example ${i + 1} has no explanation`);
      if (e.illustrative && !nonEmpty(te.result)) problems.push(`${id}: illustrative example ${i + 1} has no result`);
      return {
        ...e,
        formula: localizeFormula(e.formula, names),
        result: nonEmpty(te.result) ? te.result : e.result,
        explanation: te.explanation,
      };
    });
    functions[id] = { ...entry, example: localized[0], more: localized.slice(1), returns: t.returns };
  }
  if (problems.length) throw new Error(`${file}: ${problems.join("; ")}`);
  return { words: { ...words }, errors, functions };
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
  const englishRules = read("docs/PRICING-RULES.md");
  const rules = parseRules(englishRules);
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
        other: locales.includes("zh-CN") ? `zh-CN/${fn.id}.html` : undefined,
      }),
    );
  }
  out.set(
    "help/index.html",
    renderHelpIndex({
      functions: metadata.functions,
      localized: zh,
      other: locales.includes("zh-CN") ? "zh-CN/index.html" : undefined,
    }),
  );
  for (const locale of locales) {
    const rulesFile = `docs/PRICING-RULES.${locale}.md`;
    const localeRules = parseTranslatedRules(read(rulesFile), englishRules, rulesFile);
    const functions = localized[locale].functions;
    const names = new Map(functions.map((f) => [f.id, f.name]));
    const pages = localizeHelp(help, JSON.parse(read(`src/functions/help/pages.${locale}.json`)), names);
    const sources = [
      "src/functions/functions.ts",
      `src/functions/locales/${locale}.json`,
      `src/functions/help/pages.${locale}.json`,
      rulesFile,
    ];
    const common = { words: pages.words, base: "../", sources };
    for (const fn of functions) {
      out.set(
        `help/${locale}/${fn.id}.html`,
        renderHelpPage({
          ...common,
          fn,
          localized: metadata.functions.find((f) => f.id === fn.id),
          returns: pages.functions[fn.id].returns,
          help: pages.functions[fn.id],
          rules: localeRules,
          errors: pages.errors,
          other: `../${fn.id}.html`,
        }),
      );
    }
    out.set(
      `help/${locale}/index.html`,
      renderHelpIndex({ ...common, functions, localized: metadata.functions, other: "../index.html" }),
    );
  }
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
      ...locales.flatMap((l) => [
        `src/functions/locales/${l}.json`,
        `src/functions/help/pages.${l}.json`,
        `docs/PRICING-RULES.${l}.md`,
      ]),
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
  parseTranslatedRules,
  ruleSections,
  parseReturns,
  localizeHelp,
  localizeFormula,
  EN_WORDS,
  localizeMetadata,
  renderHelpPage,
  renderHelpIndex,
  rewriteLocalhost,
  generateAssets,
  syntax,
};
