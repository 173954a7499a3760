import type { MessageLang } from "../core/messages";
import {
  excerpt,
  type Finding,
  type GridField,
  type Problem,
  type ProblemCode,
  type ProblemParams,
  type StoreUnreadable,
} from "./problem";

/**
 * The words of every catalog problem, in English and Chinese, keyed by code (the types make a
 * missing one a build error; a test fails on an empty one). What was found is quoted, truncated.
 */
type Wording = { readonly [C in ProblemCode]: (p: ProblemParams[C]) => string };

const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);
/** A limit in MB as it is set (2, not 2.0). */
const maxMb = (bytes: number): string => String(Math.round((bytes / 1048576) * 10) / 10);
const num = (n: number): string => n.toLocaleString("en-US");
const q = (text: string): string => JSON.stringify(excerpt(text));

const FOUND_EN = (value: unknown): string => {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `the text ${q(value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${excerpt(String(value))}`;
};
const FOUND_ZH = (value: unknown): string => {
  if (value === null) return "null";
  if (value === undefined) return "空";
  if (Array.isArray(value)) return "一个列表";
  if (typeof value === "string") return `文本 ${q(value)}`;
  if (typeof value === "object") return "一个对象";
  if (typeof value === "number") return `数字 ${excerpt(String(value))}`;
  return excerpt(String(value));
};

const TYPE_EN: Readonly<Record<string, string>> = {
  object: "an object",
  array: "an array",
  string: "text",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
  null: "null",
};
const TYPE_ZH: Readonly<Record<string, string>> = {
  object: "对象",
  array: "列表",
  string: "文本",
  integer: "整数",
  number: "数字",
  boolean: "true 或 false",
  null: "null",
};
const PRODUCT = { en: { ocr: "OCR", face: "Face Recognition" }, zh: { ocr: "文字识别", face: "人脸识别" } } as const;
const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(", ");

/** A cell's value as the user typed it: text in quotes, a number as it is. */
const cellEn = (value: unknown): string => (typeof value === "string" ? q(value) : excerpt(String(value)));
const cellZh = (value: unknown): string => (typeof value === "string" ? `“${excerpt(value)}”` : excerpt(String(value)));
const words = (values: readonly string[], separator: string): string => values.join(separator);

const UNREADABLE: Readonly<Record<"en" | "zh", Readonly<Record<StoreUnreadable, string>>>> = {
  en: {
    "no-catalogs-element": "it has no <catalogs> element",
    "not-json": "its text is not JSON",
    "unknown-format": "it is not in the format this add-in reads (formatVersion 1)",
    "storage-denied": "the browser does not allow this page to read its storage",
  },
  zh: {
    "no-catalogs-element": "其中没有 <catalogs> 元素",
    "not-json": "其内容不是 JSON",
    "unknown-format": "其格式不是本加载项能读取的格式（formatVersion 1）",
    "storage-denied": "浏览器不允许本页面读取其存储",
  },
};

const FIELD_EN: Readonly<Record<GridField, string>> = {
  "item-id": "item id",
  "free-quota": "free quota",
  from: "from",
  to: "to",
  "unit-price": "unit price",
  "pack-size": "pack size",
  "pack-price": "pack price",
  volume: "the volume",
  prepaid: "the prepaid calls",
};
const FIELD_ZH: Readonly<Record<GridField, string>> = {
  "item-id": "计费项 ID",
  "free-quota": "免费额度",
  from: "起始",
  to: "截止",
  "unit-price": "单价",
  "pack-size": "资源包规格",
  "pack-price": "资源包价格",
  volume: "调用量",
  prepaid: "资源包抵扣量",
};

const EN: Wording = {
  required: () => "is required",
  "unknown-field": (p) => `unknown field (allowed: ${p.allowed.join(", ")})`,
  "wrong-type": (p) => `must be ${p.expected.map((t) => TYPE_EN[t] ?? t).join(" or ")}, found ${FOUND_EN(p.found)}`,
  "too-few": (p) => `must have at least ${p.min} entr${p.min === 1 ? "y" : "ies"}`,
  "too-many": (p) => `has ${num(p.count)} entries, more than the ${p.max} a price list may have`,
  empty: () => "must not be empty",
  "too-long": (p) => `is ${num(p.length)} characters long, more than ${p.max}`,
  "control-characters": () => "must not contain control characters",
  "bad-catalog-id": (p) =>
    `${FOUND_EN(p.found)} is not an id of letters, digits, '.', '_' or '-' (at most 64, starting with a letter or digit)`,
  "bad-item-id": (p) => `${FOUND_EN(p.found)} is not an id of lower-case letters, digits, '.', '_' or '-'`,
  "bad-action": (p) => `${FOUND_EN(p.found)} is not an API action name such as GeneralBasicOCR`,
  "not-date": (p) => `${FOUND_EN(p.found)} is not a date written YYYY-MM-DD`,
  "not-decimal": (p) =>
    `must be a non-negative decimal written as text, like "0.15" (null where a price is "contact sales"); found ${FOUND_EN(p.found)}`,
  "too-small": (p) => `must be at least ${p.min}, found ${FOUND_EN(p.found)}`,
  "too-big": (p) => `must be at most ${num(p.max)}, found ${FOUND_EN(p.found)}`,
  "not-one-of": (p) =>
    `must be ${p.allowed.length === 1 ? "" : "one of "}${list(p.allowed)}, found ${FOUND_EN(p.found)}`,
  "no-product": () => "must price at least one product (ocr or face)",
  invalid: (p) => `is not valid (${p.keyword})`,
  "tier-first-from": () => "the first tier must start at 0",
  "tier-gap": (p) => `must equal the previous tier's "to" (${num(p.expected)}) so no volume falls between tiers`,
  "tier-open-before-last": () => "only the last tier may be open (null)",
  "tier-last-closed": () => "the last tier must be open (null) so every volume has a price or a clear 'contact sales'",
  "tier-empty-range": (p) => `must be greater than from (${num(p.from)})`,
  "duplicate-qps-class": (p) => `duplicate QPS class id ${q(p.id)}`,
  "unknown-qps-class": (p) => `refers to QPS class ${q(p.id)}, which this product does not define`,
  "duplicate-pack": (p) => `duplicate pack size ${num(p.size)}`,
  "pack-not-in-sizes": (p) => `${num(p.size)} is not one of the product's packSizes (${p.sizes.join(", ")})`,
  "pack-sizes-order": () => "pack sizes must be listed smallest first, without repeats",
  "pack-sizes-required": () => "is required when billing items list packs",
  "duplicate-item-id": (p) => `duplicate billing item id ${q(p.id)} (also at ${p.at})`,
  "duplicate-item-name": (p) => `duplicate billing item name ${q(p.name)} (also at ${p.at})`,
  "invisible-name": () => "has no visible character",
  "not-calendar-date": (p) => `${p.date} is not a calendar date`,
  "date-like-id": (p) =>
    `${q(p.id)} looks like a date, and a date in a formula means "the version in force that day"; give the version a name such as "negotiated-${excerpt(p.id)}"`,
  "reserved-id": (p) =>
    `${q(p.id)} is a word formulas use for something else (the international price list, the default); give the version a name of its own`,
  "xml-character": () => "contains a character a workbook cannot store (U+FFFE, U+FFFF or half of a surrogate pair)",
  "blank-text": () => "must not be only spaces",
  "too-many-problems": (p) => `more than ${p.max} problems; the rest are not listed`,
  "built-in-id": (p) => `${q(p.id)} is a built-in catalog version; give your version its own id`,
  "id-case-clash": (p) =>
    `${q(p.id)} differs from the version ${q(p.other)} only in upper and lower case, and formulas find versions whatever the case; give it another id`,
  "same-date": (p) =>
    `${p.date} is also the effective date of ${p.other}'s different ${PRODUCT.en[p.product]} prices (${p.market}), so a date in a formula could not tell which to use; give the day your prices take effect`,
  "item-renamed": (p) =>
    `note: billing item ${p.itemId} is named ${q(p.name)} here but ${q(p.otherName)} in ${p.other}; formulas that name it ${q(p.otherName)} will not find it in this version`,
  "bad-factor": (p) =>
    `must be a positive decimal of at most 6 decimals, like "0.8" (八折: pay 80% of list); found ${FOUND_EN(p.found)}`,
  "needs-billing-item": () => "needs billingItem: tier and pack prices belong to one billing item",
  "adjusts-nothing": () => "changes nothing: give priceFactor, tierPrices, packPrices or monthlyFreeQuota",
  "unknown-base": (p) => `${q(p.id)} is not a loaded catalog version; load it first or use one of ${p.ids.join(", ")}`,
  "base-is-book": (p) => `${q(p.id)} is a price book; a book is based on a catalog version (the book's own base)`,
  "base-of-books": (p) =>
    `price books (${p.books.join(", ")}) are based on the version ${q(p.id)}; give the book another id`,
  "base-lacks-product": (p) => `the base version ${q(p.base)} has no ${PRODUCT.en[p.product]} prices to adjust`,
  "unknown-billing-item": (p) =>
    p.itemOf === null
      ? `${q(p.name)} is not a billing item of ${q(p.base)}; write its name or id as PRICES shows it`
      : `${q(p.name)} is an interface of the billing item ${q(p.itemOf)} in ${q(p.base)}; adjust ${q(p.itemOf)}`,
  "unknown-tier": (p) =>
    `no tier of this billing item starts at ${num(p.from)} (tiers start at ${p.froms.map(num).join(", ")})`,
  "pack-not-sold": (p) =>
    p.sizes.length === 0
      ? `this billing item sells no packs in the base version`
      : `${num(p.size)} is not a pack size of this billing item (${p.sizes.map(num).join(", ")})`,
  "breaks-book": (p) =>
    `the price book ${q(p.book)} is based on this version and adjusts what it no longer has (${p.where} of the book); change the book first`,
  "too-large": (p) => `the catalog is ${mb(p.bytes)} MB; a catalog may be at most ${maxMb(p.max)} MB`,
  "empty-input": () => "nothing to read: the input is empty",
  "not-json": (p) => `not valid JSON: ${excerpt(p.detail, 200)}`,
  "read-failed": (p) => `the file could not be read: ${excerpt(p.detail, 200)}`,
  "url-invalid": (p) => `${q(p.url)} is not a web address`,
  "url-not-https": (p) => `only https addresses are accepted (found ${excerpt(p.protocol)})`,
  "url-network": (p) =>
    `could not reach ${excerpt(p.host)}: the network is down, the address is wrong, or the server does not allow this page to read it (CORS)`,
  "url-timeout": (p) => `${excerpt(p.host)} did not answer within ${p.seconds} s`,
  "url-http-status": (p) => `the server answered ${p.status} ${excerpt(p.statusText)}`,
  "url-too-large": (p) => `the download is larger than ${maxMb(p.max)} MB; a catalog may be at most ${maxMb(p.max)} MB`,
  "part-unreadable": (p) =>
    `a stored part this add-in cannot read is kept in the workbook, not loaded, because ${UNREADABLE.en[p.reason]}`,
  "kept-not-loaded": (p) => `kept in the workbook, not loaded, because ${p.reason}`,
  "default-kept": (p) =>
    `the stored default version ${q(p.id)} stays the default, but formulas that use it are #N/A until it can be loaded or another default is chosen (${p.reason})`,
  "browser-unreadable": (p) => `the versions kept in this browser cannot be read (${UNREADABLE.en[p.reason]})`,
  "browser-not-loaded": (p) => `not loaded, because ${p.reason}`,
  "no-such-version": (p) => `no stored or built-in version has the id ${q(p.id)}`,
  "store-too-large": (p) =>
    `The loaded catalogs take ${num(p.bytes)} bytes as Excel receives them, more than the ${num(p.max)} a workbook can store in one request; remove a version and save again.`,
  "store-near-limit": (p) =>
    `The catalogs stored in this workbook take ${num(p.bytes)} bytes, ${Math.round((100 * p.bytes) / p.max)}% of the ${num(p.max)} a workbook can store; remove versions you no longer need before loading more.`,
  "grid-no-header": (p) =>
    `no table header found: the table needs the columns ${words(p.columns, ", ")} (export a version first)`,
  "grid-no-rows": () => "the table has no rows",
  "grid-cell-empty": (p) => `${FIELD_EN[p.field]} is empty`,
  "grid-price-empty": (p) => `${FIELD_EN[p.field]} is empty: type a price, or ${p.contactSales} for no list price`,
  "grid-not-number": (p) => `${FIELD_EN[p.field]} ${cellEn(p.found)} is not a number`,
  "grid-not-count": (p) => `${FIELD_EN[p.field]} ${cellEn(p.found)} is not a whole, non-negative number`,
  "grid-bad-product": (p) => `product ${cellEn(p.found)} is not ${words(p.allowed, " or ")}`,
  "grid-name-differs": (p) =>
    `billing item ${cellEn(p.found)} differs from ${q(p.expected)} on row ${p.row} for item id ${p.itemId}`,
  "grid-bad-bounds": (p) => `bounds ${cellEn(p.found)} must be ${p.lower} ([from, to)) or ${p.upper} ((from, to])`,
  "grid-no-interfaces": () => "list at least one interface name",
  "grid-bad-row-kind": (p) => `row ${cellEn(p.found)} must be ${words(p.allowed, ", ")}`,
  "range-too-narrow": () =>
    "select at least two columns: interface name and monthly volume (and optionally prepaid calls)",
  "range-no-name": () => "a volume without an interface name",
  "range-name-not-text": (p) => `the interface name ${cellEn(p.found)} is not text`,
};

const ZH: Wording = {
  required: () => "缺少此字段",
  "unknown-field": (p) => `未知字段（可用字段：${p.allowed.join(", ")}）`,
  "wrong-type": (p) => `应为${p.expected.map((t) => TYPE_ZH[t] ?? t).join("或")}，实际为${FOUND_ZH(p.found)}`,
  "too-few": (p) => `至少应有 ${p.min} 项`,
  "too-many": (p) => `有 ${num(p.count)} 项，超过价目表允许的 ${p.max} 项`,
  empty: () => "不能为空",
  "too-long": (p) => `长 ${num(p.length)} 个字符，超过 ${p.max}`,
  "control-characters": () => "不能包含控制字符",
  "bad-catalog-id": (p) =>
    `${FOUND_ZH(p.found)} 不是有效的 id：只能用字母、数字、'.'、'_' 或 '-'（最多 64 个，以字母或数字开头）`,
  "bad-item-id": (p) => `${FOUND_ZH(p.found)} 不是有效的计费项 id：只能用小写字母、数字、'.'、'_' 或 '-'`,
  "bad-action": (p) => `${FOUND_ZH(p.found)} 不是 API 接口名（例如 GeneralBasicOCR）`,
  "not-date": (p) => `${FOUND_ZH(p.found)} 不是 YYYY-MM-DD 格式的日期`,
  "not-decimal": (p) => `应为以文本书写的非负小数，例如 "0.15"（联系商务的价格写 null）；实际为${FOUND_ZH(p.found)}`,
  "too-small": (p) => `至少应为 ${p.min}，实际为${FOUND_ZH(p.found)}`,
  "too-big": (p) => `最多为 ${num(p.max)}，实际为${FOUND_ZH(p.found)}`,
  "not-one-of": (p) => `应为 ${list(p.allowed)}${p.allowed.length === 1 ? "" : " 之一"}，实际为${FOUND_ZH(p.found)}`,
  "no-product": () => "至少应包含一个产品的价格（ocr 或 face）",
  invalid: (p) => `无效（${p.keyword}）`,
  "tier-first-from": () => "第一个阶梯必须从 0 开始",
  "tier-gap": (p) => `必须等于上一个阶梯的 "to"（${num(p.expected)}），各阶梯之间不能有空档`,
  "tier-open-before-last": () => "只有最后一个阶梯可以不设上限（null）",
  "tier-last-closed": () => "最后一个阶梯必须不设上限（null），这样任何用量都有价格或明确的“联系商务”",
  "tier-empty-range": (p) => `必须大于 from（${num(p.from)}）`,
  "duplicate-qps-class": (p) => `QPS 类别 id ${q(p.id)} 重复`,
  "unknown-qps-class": (p) => `引用的 QPS 类别 ${q(p.id)} 在此产品中没有定义`,
  "duplicate-pack": (p) => `资源包规格 ${num(p.size)} 重复`,
  "pack-not-in-sizes": (p) => `${num(p.size)} 不在产品的 packSizes 中（${p.sizes.join(", ")}）`,
  "pack-sizes-order": () => "资源包规格必须从小到大排列，且不能重复",
  "pack-sizes-required": () => "计费项列出资源包时必须提供此字段",
  "duplicate-item-id": (p) => `计费项 id ${q(p.id)} 重复（另见 ${p.at}）`,
  "duplicate-item-name": (p) => `计费项名称 ${q(p.name)} 重复（另见 ${p.at}）`,
  "invisible-name": () => "没有可见字符",
  "not-calendar-date": (p) => `${p.date} 不是日历上存在的日期`,
  "date-like-id": (p) =>
    `${q(p.id)} 看起来像日期，而公式中的日期表示“当天生效的版本”；请给版本起个名字，例如 "negotiated-${excerpt(p.id)}"`,
  "reserved-id": (p) => `${q(p.id)} 是公式中另有含义的词（国际站价目表、默认版本）；请给版本起个自己的名字`,
  "xml-character": () => "包含工作簿无法保存的字符（U+FFFE、U+FFFF 或不成对的代理字符）",
  "blank-text": () => "不能只有空格",
  "too-many-problems": (p) => `问题超过 ${p.max} 个，其余未列出`,
  "built-in-id": (p) => `${q(p.id)} 是内置价目版本；请给你的版本一个自己的 id`,
  "id-case-clash": (p) => `${q(p.id)} 与版本 ${q(p.other)} 只有大小写不同，而公式查找版本时不区分大小写；请换一个 id`,
  "same-date": (p) =>
    `${p.date} 也是 ${p.other} 中另一套${PRODUCT.zh[p.product]}价格（${p.market}）的生效日期，公式中的日期将无法确定使用哪个版本；请填写你的价格实际生效的日期`,
  "item-renamed": (p) =>
    `提示：计费项 ${p.itemId} 在此版本中名为 ${q(p.name)}，在 ${p.other} 中名为 ${q(p.otherName)}；按 ${q(p.otherName)} 查找的公式在此版本中找不到它`,
  "bad-factor": (p) => `应为最多 6 位小数的正数，例如 "0.8"（八折：按刊例价的 80% 付费）；实际为${FOUND_ZH(p.found)}`,
  "needs-billing-item": () => "缺少 billingItem：阶梯单价和资源包价格属于某一个计费项",
  "adjusts-nothing": () => "没有任何调整：请填写 priceFactor、tierPrices、packPrices 或 monthlyFreeQuota",
  "unknown-base": (p) => `${q(p.id)} 不是已加载的价目版本；请先加载它，或使用 ${p.ids.join(", ")} 之一`,
  "base-is-book": (p) => `${q(p.id)} 是一个价格册；价格册只能基于价目版本（请使用该价格册的基础版本）`,
  "base-of-books": (p) => `价格册（${p.books.join(", ")}）基于版本 ${q(p.id)}；请给此价格册换一个 id`,
  "base-lacks-product": (p) => `基础版本 ${q(p.base)} 没有可调整的${PRODUCT.zh[p.product]}价格`,
  "unknown-billing-item": (p) =>
    p.itemOf === null
      ? `${q(p.name)} 不是 ${q(p.base)} 中的计费项；请按 PRICES 显示的名称或 id 填写`
      : `${q(p.name)} 是 ${q(p.base)} 中计费项 ${q(p.itemOf)} 的接口；请调整 ${q(p.itemOf)}`,
  "unknown-tier": (p) => `此计费项没有从 ${num(p.from)} 开始的阶梯（各阶梯起点：${p.froms.map(num).join(", ")}）`,
  "pack-not-sold": (p) =>
    p.sizes.length === 0
      ? `此计费项在基础版本中没有资源包`
      : `${num(p.size)} 不是此计费项的资源包规格（${p.sizes.map(num).join(", ")}）`,
  "breaks-book": (p) =>
    `价格册 ${q(p.book)} 基于此版本，并调整了此版本已没有的内容（价格册的 ${p.where}）；请先修改价格册`,
  "too-large": (p) => `价目文件大小为 ${mb(p.bytes)} MB；价目文件最大 ${maxMb(p.max)} MB`,
  "empty-input": () => "没有可读取的内容：输入为空",
  "not-json": (p) => `不是有效的 JSON：${excerpt(p.detail, 200)}`,
  "read-failed": (p) => `无法读取文件：${excerpt(p.detail, 200)}`,
  "url-invalid": (p) => `${q(p.url)} 不是网址`,
  "url-not-https": (p) => `只接受 https 网址（当前为 ${excerpt(p.protocol)}）`,
  "url-network": (p) => `无法连接 ${excerpt(p.host)}：网络中断、网址错误，或服务器不允许本页面读取（CORS）`,
  "url-timeout": (p) => `${excerpt(p.host)} 在 ${p.seconds} 秒内没有响应`,
  "url-http-status": (p) => `服务器返回 ${p.status} ${excerpt(p.statusText)}`,
  "url-too-large": (p) => `下载内容超过 ${maxMb(p.max)} MB；价目文件最大 ${maxMb(p.max)} MB`,
  "part-unreadable": (p) =>
    `工作簿中有一个本加载项无法读取的存储部件，已原样保留，未加载，原因：${UNREADABLE.zh[p.reason]}`,
  "kept-not-loaded": (p) => `已原样保留在工作簿中，未加载，原因：${p.reason}`,
  "default-kept": (p) =>
    `存储的默认版本 ${q(p.id)} 仍是默认版本，但在它能加载或选择其他默认版本之前，使用它的公式返回 #N/A（${p.reason}）`,
  "browser-unreadable": (p) => `无法读取保存在此浏览器中的版本（${UNREADABLE.zh[p.reason]}）`,
  "browser-not-loaded": (p) => `未加载，原因：${p.reason}`,
  "no-such-version": (p) => `没有 id 为 ${q(p.id)} 的已存储或内置版本`,
  "store-too-large": (p) =>
    `已加载的价目版本在 Excel 接收时占 ${num(p.bytes)} 字节，超过工作簿单次请求可保存的 ${num(p.max)} 字节；请移除一个版本后再保存。`,
  "store-near-limit": (p) =>
    `此工作簿保存的价目版本占 ${num(p.bytes)} 字节，已达可保存上限 ${num(p.max)} 字节的 ${Math.round((100 * p.bytes) / p.max)}%；加载更多版本前，请移除不再需要的版本。`,
  "grid-no-header": (p) => `找不到表头：价目表需要以下列：${words(p.columns, "、")}（请先导出一个版本）`,
  "grid-no-rows": () => "价目表没有数据行",
  "grid-cell-empty": (p) => `${FIELD_ZH[p.field]}为空`,
  "grid-price-empty": (p) => `${FIELD_ZH[p.field]}为空：请输入价格，没有刊例价时输入“${p.contactSales}”`,
  "grid-not-number": (p) => `${FIELD_ZH[p.field]} ${cellZh(p.found)} 不是数字`,
  "grid-not-count": (p) => `${FIELD_ZH[p.field]} ${cellZh(p.found)} 不是非负整数`,
  "grid-bad-product": (p) => `产品 ${cellZh(p.found)} 不是${words(p.allowed, "或")}`,
  "grid-name-differs": (p) =>
    `计费项 ${cellZh(p.found)} 与第 ${p.row} 行计费项 ID ${p.itemId} 的名称“${excerpt(p.expected)}”不同`,
  "grid-bad-bounds": (p) => `边界 ${cellZh(p.found)} 必须是“${p.lower}”（[起始, 截止)）或“${p.upper}”（(起始, 截止]）`,
  "grid-no-interfaces": () => "请至少列出一个接口名称",
  "grid-bad-row-kind": (p) =>
    `行类型 ${cellZh(p.found)} 必须是${words(
      p.allowed.map((w) => `“${w}”`),
      "、",
    )}之一`,
  "range-too-narrow": () => "请至少选择两列：接口名称和月调用量（可再加一列资源包抵扣量）",
  "range-no-name": () => "有调用量但没有接口名称",
  "range-name-not-text": (p) => `接口名称 ${cellZh(p.found)} 不是文本`,
};

export const PROBLEM_WORDING: Readonly<Record<MessageLang, Wording>> = { en: EN, zh: ZH };

/** The words of a problem's code, in a language. */
export const problemText = (f: Finding, lang: MessageLang = "en"): string =>
  (PROBLEM_WORDING[lang][f.code] as (p: Finding["params"]) => string)(f.params);

/** A finding worded as a problem. */
export const toProblem = (f: Finding, lang: MessageLang = "en"): Problem => ({
  where: f.where,
  code: f.code,
  message: problemText(f, lang),
});

/** "where: message; where: message": problems in one line, for a report that nests them. */
export const problemsInOneLine = (problems: readonly Problem[]): string =>
  problems.map((p) => `${p.where}: ${p.message}`).join("; ");
