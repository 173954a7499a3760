import type { ArgLabel, FailureKind, FailureOf, PricingFailure, RangeArgument, TierRef } from "./failure";
import type { CountedUnit, ProductKind } from "./model";

/**
 * The words of every failure, in one file: constant templates over the failure's fields, in
 * English and Chinese, keyed the same way (the types make a missing one a build error).
 */

export type MessageLang = "en" | "zh";

/** What a user typed, quoted as typed but never a megabyte of it. */
const typed = (text: string): string => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

export const PRODUCT_LABEL: Readonly<Record<ProductKind, string>> = { ocr: "OCR", face: "Face Recognition" };

export const fmtCount = (n: number): string => n.toLocaleString("en-US");

const UNITS: Readonly<Record<CountedUnit, { one: string; many: string }>> = {
  call: { one: "call", many: "calls" },
  image: { one: "image", many: "images" },
};
export const unitWord = (unit: CountedUnit): string => UNITS[unit].many;
export const unitWordOne = (unit: CountedUnit): string => UNITS[unit].one;

/** "[10,000, 100,000)" or "(10,000, 100,000]": how a tier reads in messages and tables. */
export function describeRange(tier: TierRef, lang: MessageLang = "en"): string {
  const { from, to, inclusive } = tier;
  if (to === null && lang === "zh")
    return inclusive === "lower" ? `${fmtCount(from)} 及以上` : `${fmtCount(from)} 以上`;
  if (to === null) return inclusive === "lower" ? `${fmtCount(from)} and above` : `above ${fmtCount(from)}`;
  return inclusive === "lower" ? `[${fmtCount(from)}, ${fmtCount(to)})` : `(${fmtCount(from)}, ${fmtCount(to)}]`;
}

const LABELS: { readonly [K in ArgLabel["key"]]: (l: Extract<ArgLabel, { key: K }>) => string } = {
  "monthly-volume": (l) => `The monthly ${unitWord(l.unit)}`,
  prepaid: (l) => `The prepaid ${unitWord(l.unit)}`,
  "pack-size": () => "The pack size",
  qps: () => "The QPS to buy",
  periods: (l) => `The number of ${l.period}s`,
  name: () => "The interface name",
  "names-cell": (l) => `Cell ${l.cell} of the names`,
  "volume-cell": (l) => `The volume in cell ${l.cell}`,
  "prepaid-cell": (l) => `The prepaid calls in cell ${l.cell}`,
  "line-volume": (l) => `The volume on line ${l.line}`,
  "month-volume": (l) => `The calls of month ${l.month}`,
  "monthly-bill": () => "The monthly bill",
  budget: () => "The budget",
  "purchase-month": (l) => `The month bought on row ${l.row} of purchases`,
  "purchase-size": (l) => `The pack size on row ${l.row} of purchases`,
  "purchase-price": (l) => `The price paid on row ${l.row} of purchases`,
  "month-bill": (l) => `The bill of month ${l.month}`,
  "pack-size-row": (l) => `The pack size on row ${l.row} of pack_prices`,
  "pack-price-row": (l) => `The price on row ${l.row} of pack_prices`,
};

export const labelText = (label: ArgLabel): string => (LABELS[label.key] as (l: ArgLabel) => string)(label);

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(", ");

const EXAMPLE: Readonly<Record<ProductKind, string>> = {
  ocr: `"身份证识别" or the API action "IDCardOCR"`,
  face: `"人脸比对" or the API action "CompareFace"`,
};

const EN: { readonly [K in FailureKind]: (f: FailureOf<K>) => string } = {
  "unknown-name": (f) =>
    `"${typed(f.name)}" is not ${f.product === "ocr" ? "an" : "a"} ${PRODUCT_LABEL[f.product]} interface, billing item or API action in catalog ${f.catalogId}.` +
    (f.suggestions.length > 0 ? ` Did you mean ${quoted(f.suggestions)}?` : "") +
    ` Type a name as printed in the price table, e.g. ${EXAMPLE[f.product]}; =TCLOUD.PRICES(name) shows an item.`,
  "ambiguous-name": (f) =>
    `"${typed(f.name)}" is billed under ${f.items.length} billing items: ${f.items.join(", ")}. Type one of those billing item names instead, so its own volume and tier apply.`,
  "no-list-price": (f) =>
    `${f.item} has no list price for ${describeRange(f.tier)} ${unitWord(f.unit)} a month in catalog ${f.catalogId} (联系商务: contact sales). Load a catalog with your negotiated price.`,
  "no-list-price-from": (f) =>
    `${f.item} has no list price at or above ${fmtCount(f.volume)} ${unitWord(f.unit)} a month in catalog ${f.catalogId} (联系商务: contact sales).`,
  "plan-no-list-price": (f) =>
    `${f.item} has no list price for some month's volume in catalog ${f.catalogId} (联系商务: contact sales), and no pack plan covers it.`,
  "free-beta": (f) =>
    `${f.item} was a free public beta (免费公测)${f.until ? ` until ${f.until}` : ""} in catalog ${f.catalogId}; no price was published for after the beta, so it has no price here. Load a catalog with its later price.`,
  "not-billed-no-packs": (f) =>
    `${f.item} is not billed in catalog ${f.catalogId} (only the billed interfaces of ${f.group} are), so it has no prepaid packs.`,
  "no-packs": (f) => `${f.item} has no prepaid packs in catalog ${f.catalogId}; it is billed postpaid only.`,
  "no-such-pack": (f) =>
    `${f.item} has no ${fmtCount(f.size)}-${unitWordOne(f.unit)} pack in catalog ${f.catalogId}. Type one of the pack sizes: ${f.sizes.map(fmtCount).join(", ")}.`,
  "pack-no-list-price": (f) =>
    `The ${fmtCount(f.size)}-${unitWordOne(f.unit)} pack of ${f.item} has no list price in catalog ${f.catalogId} (联系商务: contact sales).`,
  "budget-no-price": (f) =>
    `${f.item} has no list price for any ${unitWordOne(f.unit)} beyond the ${fmtCount(f.volume)} that the free quota and packs cover in catalog ${f.catalogId} (联系商务: contact sales), so a budget buys no more.`,
  "budget-no-limit": (f) =>
    `${f.item} costs nothing at every monthly volume from ${fmtCount(f.volume)} ${unitWord(f.unit)} in catalog ${f.catalogId}, so no budget limits its volume.`,
  "no-freeze": (f) => `Catalog ${f.catalogId} states no bill freeze for ${PRODUCT_LABEL[f.product]}.`,
  "no-qps-price": (f) =>
    `"${typed(f.name)}" has no QPS add-on pack price in catalog ${f.catalogId}.` +
    (f.withQps.length > 0
      ? ` Interfaces with QPS packs: ${f.withQps.slice(0, 12).join(", ")}${f.withQps.length > 12 ? ", …" : ""}.`
      : ""),
  "qps-mixed-classes": (f) =>
    `"${typed(f.name)}" covers interfaces in different QPS classes (${f.classes.join(", ")}). Type the interface name instead.`,
  "qps-over-cap": (f) =>
    `${fmtCount(f.qps)} QPS is above the cap of ${fmtCount(f.cap)} QPS that one account can hold for one interface on any day (class ${f.classId}); overlapping purchases count together. Type at most ${fmtCount(f.cap)}, or contact Tencent Cloud for more.`,
  "qps-tier-no-price": (f) =>
    `QPS class ${f.classId} has no per-${f.period} price for ${describeRange(f.tier)} QPS in catalog ${f.catalogId}.`,
  "unknown-catalog": (f) =>
    `There is no catalog version "${typed(f.ref)}". Type one of: ${f.ids.join(", ")}, a date, or leave it blank for the default.`,
  "product-not-in-catalog": (f) =>
    `Catalog ${f.catalogId} has no ${PRODUCT_LABEL[f.product]} prices. Versions with them: ${f.versionsWith.join(", ")}.`,
  "no-version-on-date": (f) =>
    `No catalog version prices ${PRODUCT_LABEL[f.product]} on ${f.date}; the earliest takes effect ${f.earliest ?? "never"}.`,
  "no-international": (f) =>
    `No international ${PRODUCT_LABEL[f.product]} price list is loaded. Calls in overseas regions are billed at the international price list, which the built-in catalogs do not include; load one in the task pane.`,
  "default-unavailable": (f) =>
    `The workbook's default catalog version "${f.id}" is stored with the workbook but this add-in could not load it (${f.reason}). Choose another default in the task pane, or load a version with that id.`,
  "bad-count": (f) => {
    const label = labelText(f.label);
    switch (f.problem) {
      case "not-finite":
        return `${label} must be a finite number. Type a whole number of 0 or more.`;
      case "negative":
        return `${label} must not be negative (found ${f.value}). Type 0 or a positive whole number.`;
      case "not-whole":
        return `${label} must be a whole number (found ${f.value}). Round it, e.g. with ROUND(x, 0).`;
      case "too-large":
        return `${label} cannot be counted exactly: type at most ${fmtCount(Number.MAX_SAFE_INTEGER)}.`;
    }
  },
  "bad-amount": (f) =>
    f.problem === "negative"
      ? `${labelText(f.label)} must not be negative (found ${f.value}). Type an amount of 0 or more.`
      : `${labelText(f.label)} must be a finite amount.`,
  "sum-too-large": (f) =>
    f.item === null
      ? "The volumes add up to more than can be counted exactly."
      : `The volumes of ${f.item} add up to more than can be counted exactly.`,
  "result-too-large": () => "The result is too large to show as a number.",
  "forecast-empty": (f) => `The forecast is empty: give 1 to ${f.max} monthly volumes, first month first.`,
  "forecast-too-long": (f) =>
    `The forecast has ${f.months} months; packs are valid ${f.max} months, so give at most ${f.max}.`,
  "bills-empty": (f) =>
    `There are no monthly bills: select 1 to ${fmtCount(f.max)} monthly amounts in CNY, first month first.`,
  "too-many-bills": (f) => `There are ${fmtCount(f.months)} monthly bills; give at most ${fmtCount(f.max)}.`,
  "pack-sizes-not-nested": () => "Pack sizes must divide one another (1,000 / 1万 / 10万 …) for the plan search.",
  "ledger-months": (f) => `The ledger has ${f.months} months: give 1 to ${f.max} monthly volumes, first month first.`,
  "no-pack-validity": (f) => `Catalog ${f.catalogId} states no validity for its prepaid packs.`,
  "purchase-month": (f) =>
    `purchases row ${f.row}: the month bought is ${f.month}; type a month of the ledger, 1 to ${f.months}.`,
  "purchases-columns": (f) =>
    `purchases must have three columns (month bought, pack size, price paid); it has ${f.columns}.`,
  "purchase-no-price": (f) =>
    `purchases row ${f.row} has no price paid (blank or 0). Type the price you paid for that pack, or clear the row.`,
  "scenario-months": (f) => `The scenario has ${fmtCount(f.months)} months: give 1 to ${f.max} months.`,
  "bad-growth": (f) =>
    `The monthly growth rate must be -100% or more (found ${typed(f.found)}). Type a rate such as 8% or 0.08, or -5% for a decline.`,
  "scenario-shared-item": (f) =>
    `"${typed(f.names[0])}" and "${typed(f.names[1])}" bill to one billing item, ${f.item}, in catalog ${f.catalogId}: they share its free quota, packs and tier. Give ${f.item} once, with their start volumes added.`,
  "no-versions": () => "Choose at least one catalog version.",
  "version-twice": (f) => `The version ${f.version} is listed twice.`,
  "missing-argument": (f) =>
    f.label.key === "name" || f.label.key === "names-cell"
      ? `${labelText(f.label)} is missing. Type a name as printed in Tencent's price table, e.g. "身份证识别".`
      : `${labelText(f.label)} is missing.`,
  "not-text": (f) =>
    `${labelText(f.label)} must be text, found ${typed(f.found)}. Type a name such as "身份证识别" in quotes.`,
  "not-a-number": (f) =>
    `${labelText(f.label)} must be a number, found ${typed(f.found)}. Type a whole number or a cell reference.`,
  "bad-date": (f) => `${f.serial} is not an Excel date. Type a date such as DATE(2021,6,1), or a catalog version id.`,
  "bad-catalog-ref": (f) =>
    `The catalog must be a version id such as "tencent-current", a date, or blank; found ${typed(f.found)}.`,
  "bad-period-unit": (f) => `The period unit must be "day" or "month", found ${typed(f.found)}.`,
  "bad-history-what": (f) =>
    `What to show must be "postpaid" (each tier's unit price, the default) or "packs" (pack prices), found ${typed(f.found)}.`,
  "not-ranges": (f) => `${f.what} must be ranges of cells.`,
  "range-shape": (f) => `${f.what}: the two ranges must have the same shape (found ${f.shapes[0]} and ${f.shapes[1]}).`,
  "volume-without-name": (f) => `Cell ${f.cell} of the usage table has a volume but no interface name.`,
  "pack-prices-columns": (f) => `pack_prices must have two columns (pack size, price paid); it has ${f.columns}.`,
  "pack-prices-duplicate": (f) => `pack_prices lists the ${fmtCount(f.size)}-call pack twice.`,
  "pack-prices-no-price": (f) =>
    `pack_prices row ${f.row} has no price (blank or 0). Type the price you pay for that pack, or clear the row.`,
};

const PRODUCT_ZH: Readonly<Record<ProductKind, string>> = { ocr: "文字识别", face: "人脸识别" };

/**
 * Range arguments as zh-CN Excel names them (the function's or parameter's name in
 * src/functions/locales/zh-CN.json; test/messages-zh.test.ts holds the two equal).
 */
export const RANGE_ARGUMENT_ZH: Readonly<Record<RangeArgument, string>> = {
  OCR_BILL: "文字识别账单",
  FACE_BILL: "人脸识别账单",
  monthly_calls: "月调用量",
  monthly_images: "月用量",
  monthly_bills: "月账单列表",
  pack_prices: "资源包价格",
  purchases: "资源包购买",
};
const PURCHASES_ZH = RANGE_ARGUMENT_ZH.purchases;
const PACK_PRICES_ZH = RANGE_ARGUMENT_ZH.pack_prices;
const UNIT_ZH: Readonly<Record<CountedUnit, string>> = { call: "次", image: "张" };

const LABELS_ZH: { readonly [K in ArgLabel["key"]]: (l: Extract<ArgLabel, { key: K }>) => string } = {
  "monthly-volume": () => "月调用量",
  prepaid: () => "资源包抵扣量",
  "pack-size": () => "资源包规格",
  qps: () => "购买的 QPS 数",
  periods: (l) => (l.period === "day" ? "天数" : "月数"),
  name: () => "接口名称",
  "names-cell": (l) => `名称区域的第 ${l.cell} 格`,
  "volume-cell": (l) => `调用量区域的第 ${l.cell} 格`,
  "prepaid-cell": (l) => `资源包抵扣量区域的第 ${l.cell} 格`,
  "line-volume": (l) => `第 ${l.line} 行的调用量`,
  "month-volume": (l) => `第 ${l.month} 个月的调用量`,
  "monthly-bill": () => "月账单金额",
  budget: () => "预算",
  "purchase-month": (l) => `${PURCHASES_ZH}第 ${l.row} 行的购买月份`,
  "purchase-size": (l) => `${PURCHASES_ZH}第 ${l.row} 行的资源包规格`,
  "purchase-price": (l) => `${PURCHASES_ZH}第 ${l.row} 行的实付价格`,
  "month-bill": (l) => `第 ${l.month} 个月的账单`,
  "pack-size-row": (l) => `${PACK_PRICES_ZH}第 ${l.row} 行的资源包规格`,
  "pack-price-row": (l) => `${PACK_PRICES_ZH}第 ${l.row} 行的价格`,
};

const labelZh = (label: ArgLabel): string => (LABELS_ZH[label.key] as (l: ArgLabel) => string)(label);
const list = (names: readonly string[]): string => names.map((n) => `“${n}”`).join("、");
const EXAMPLE_ZH: Readonly<Record<ProductKind, string>> = {
  ocr: "“身份证识别”或 API 名称“IDCardOCR”",
  face: "“人脸比对”或 API 名称“CompareFace”",
};

const ZH: { readonly [K in FailureKind]: (f: FailureOf<K>) => string } = {
  "unknown-name": (f) =>
    `“${typed(f.name)}”不是价格目录 ${f.catalogId} 中的${PRODUCT_ZH[f.product]}接口、计费项或 API 名称。` +
    (f.suggestions.length > 0 ? `您是否要输入 ${list(f.suggestions)}？` : "") +
    `请按价格表中的写法输入名称，例如${EXAMPLE_ZH[f.product]}；=TCLOUD.PRICES(名称) 可查看计费项。`,
  "ambiguous-name": (f) =>
    `“${typed(f.name)}”分属 ${f.items.length} 个计费项：${f.items.join("、")}。请改为输入其中一个计费项名称，以便按它自己的用量和阶梯计费。`,
  "no-list-price": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中没有每月 ${describeRange(f.tier, "zh")} ${UNIT_ZH[f.unit]}的刊例价（联系商务）。请载入含协议价的价格目录。`,
  "no-list-price-from": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中每月 ${fmtCount(f.volume)} ${UNIT_ZH[f.unit]}及以上没有刊例价（联系商务）。`,
  "plan-no-list-price": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中有月份的用量没有刊例价（联系商务），且没有资源包方案能覆盖。`,
  "free-beta": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中为免费公测${f.until ? `（至 ${f.until}）` : ""}，公测结束后的价格未公布，因此这里没有价格。请载入含其后续价格的价格目录。`,
  "not-billed-no-packs": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中不计费（${f.group}只对其收费接口计费），因此没有预付费资源包。`,
  "no-packs": (f) => `${f.item} 在价格目录 ${f.catalogId} 中没有预付费资源包，只按后付费计费。`,
  "no-such-pack": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中没有 ${fmtCount(f.size)} ${UNIT_ZH[f.unit]}的资源包。请输入以下规格之一：${f.sizes.map(fmtCount).join("、")}。`,
  "pack-no-list-price": (f) =>
    `${f.item} 的 ${fmtCount(f.size)} ${UNIT_ZH[f.unit]}资源包在价格目录 ${f.catalogId} 中没有刊例价（联系商务）。`,
  "budget-no-price": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中超出免费额度和资源包所覆盖的 ${fmtCount(f.volume)} ${UNIT_ZH[f.unit]}之后没有刊例价（联系商务），因此预算买不到更多用量。`,
  "budget-no-limit": (f) =>
    `${f.item} 在价格目录 ${f.catalogId} 中每月 ${fmtCount(f.volume)} ${UNIT_ZH[f.unit]}及以上的用量都不收费，因此预算不限制其用量。`,
  "no-freeze": (f) => `价格目录 ${f.catalogId} 未规定${PRODUCT_ZH[f.product]}的计费冻结。`,
  "no-qps-price": (f) =>
    `“${typed(f.name)}”在价格目录 ${f.catalogId} 中没有 QPS 叠加包价格。` +
    (f.withQps.length > 0
      ? `可购买 QPS 叠加包的接口：${f.withQps.slice(0, 12).join("、")}${f.withQps.length > 12 ? "……" : ""}。`
      : ""),
  "qps-mixed-classes": (f) =>
    `“${typed(f.name)}”包含属于不同 QPS 类别（${f.classes.join("、")}）的接口。请改为输入接口名称。`,
  "qps-over-cap": (f) =>
    `${fmtCount(f.qps)} QPS 超过了一个账号每天每个接口最多可持有的 ${fmtCount(f.cap)} QPS（${f.classId} 类），时间重叠的购买合并计算。请输入不超过 ${fmtCount(f.cap)} 的数，或联系腾讯云申请更多。`,
  "qps-tier-no-price": (f) =>
    `QPS ${f.classId} 类在价格目录 ${f.catalogId} 中没有 ${describeRange(f.tier, "zh")} QPS 的${f.period === "day" ? "按日" : "按月"}价格。`,
  "unknown-catalog": (f) =>
    `没有名为“${typed(f.ref)}”的价格目录版本。请输入以下之一：${f.ids.join("、")}，或一个日期，或留空使用默认版本。`,
  "product-not-in-catalog": (f) =>
    `价格目录 ${f.catalogId} 没有${PRODUCT_ZH[f.product]}价格。含有的版本：${f.versionsWith.join("、")}。`,
  "no-version-on-date": (f) =>
    `没有在 ${f.date} 生效的${PRODUCT_ZH[f.product]}价格目录版本；最早的版本${f.earliest ? `于 ${f.earliest} 生效` : "不存在"}。`,
  "no-international": (f) =>
    `未载入${PRODUCT_ZH[f.product]}国际站价格表。境外地域的调用按国际站价格计费，内置价格目录不含国际站价格；请在任务窗格中载入。`,
  "default-unavailable": (f) =>
    `工作簿的默认价格目录版本“${f.id}”保存在工作簿中，但本加载项无法载入（${f.reason}）。请在任务窗格中选择其他默认版本，或载入同一 ID 的版本。`,
  "bad-count": (f) => {
    const label = labelZh(f.label);
    switch (f.problem) {
      case "not-finite":
        return `${label}必须是有限的数。请输入 0 或正整数。`;
      case "negative":
        return `${label}不能为负数（现为 ${f.value}）。请输入 0 或正整数。`;
      case "not-whole":
        return `${label}必须是整数（现为 ${f.value}）。请取整，例如 ROUND(x, 0)。`;
      case "too-large":
        return `${label}太大，无法精确计数（最多 ${fmtCount(Number.MAX_SAFE_INTEGER)}）。`;
    }
  },
  "bad-amount": (f) =>
    f.problem === "negative"
      ? `${labelZh(f.label)}不能为负数（现为 ${f.value}）。请输入 0 或更大的金额。`
      : `${labelZh(f.label)}必须是有限的金额。`,
  "sum-too-large": (f) =>
    f.item === null ? "调用量合计太大，无法精确计数。" : `${f.item} 的调用量合计太大，无法精确计数。`,
  "result-too-large": () => "结果太大，无法显示为数字。",
  "forecast-empty": (f) => `预测为空：请按月份顺序给出 1 到 ${f.max} 个月的用量。`,
  "forecast-too-long": (f) => `预测有 ${f.months} 个月；资源包有效期为 ${f.max} 个月，因此最多给出 ${f.max} 个月。`,
  "bills-empty": (f) => `没有月账单：请按月份顺序选择 1 到 ${fmtCount(f.max)} 个月的账单金额（元）。`,
  "too-many-bills": (f) => `共有 ${fmtCount(f.months)} 个月的账单；最多 ${fmtCount(f.max)} 个月。`,
  "pack-sizes-not-nested": () => "资源包规格必须逐级整除（1,000 / 1万 / 10万 …）才能求最优方案。",
  "ledger-months": (f) => `请按月份顺序给出 1 到 ${f.max} 个月的用量（现为 ${f.months} 个月）。`,
  "no-pack-validity": (f) => `价格目录 ${f.catalogId} 未规定资源包的有效期。`,
  "purchase-month": (f) =>
    `${PURCHASES_ZH}第 ${f.row} 行：购买月份为 ${f.month}；请输入台账内的月份 1 到 ${f.months}。`,
  "purchases-columns": (f) => `${PURCHASES_ZH}必须有三列（购买月份、资源包规格、实付价格）；现有 ${f.columns} 列。`,
  "purchase-no-price": (f) =>
    `${PURCHASES_ZH}第 ${f.row} 行没有实付价格（空白或 0）。请输入该资源包的实付价格，或清空该行。`,
  "scenario-months": (f) => `情景有 ${fmtCount(f.months)} 个月：请给出 1 到 ${f.max} 个月。`,
  "bad-growth": (f) =>
    `月增长率不能低于 -100%（现为 ${typed(f.found)}）。请输入增长率，例如 8% 或 0.08，下降则输入 -5%。`,
  "scenario-shared-item": (f) =>
    `“${typed(f.names[0])}”和“${typed(f.names[1])}”在价格目录 ${f.catalogId} 中属于同一个计费项 ${f.item}，共享其免费额度、资源包和阶梯。请只给出 ${f.item} 一次，起始用量相加。`,
  "no-versions": () => "请至少选择一个价格目录版本。",
  "version-twice": (f) => `版本 ${f.version} 重复列出。`,
  "missing-argument": (f) =>
    f.label.key === "name" || f.label.key === "names-cell"
      ? `缺少${labelZh(f.label)}。请按腾讯云价格表中的写法输入名称，例如“身份证识别”。`
      : `缺少${labelZh(f.label)}。`,
  "not-text": (f) => `${labelZh(f.label)}必须是文本，现为 ${typed(f.found)}。请输入带引号的名称，例如“身份证识别”。`,
  "not-a-number": (f) => `${labelZh(f.label)}必须是数字，现为 ${typed(f.found)}。请输入整数或单元格引用。`,
  "bad-date": (f) => `${f.serial} 不是 Excel 日期。请输入日期，例如 DATE(2021,6,1)，或价格目录版本 ID。`,
  "bad-catalog-ref": (f) => `价格目录必须是版本 ID（例如“tencent-current”）、日期或留空；现为 ${typed(f.found)}。`,
  "bad-period-unit": (f) => `时长单位必须是“day”（日）或“month”（月），现为 ${typed(f.found)}。`,
  "bad-history-what": (f) =>
    `显示内容必须是“postpaid”（后付费，各阶梯单价，默认）或“packs”（资源包价格），现为 ${typed(f.found)}。`,
  "not-ranges": (f) => `${RANGE_ARGUMENT_ZH[f.what]}必须是单元格区域。`,
  "range-shape": (f) =>
    `${RANGE_ARGUMENT_ZH[f.what]}：两个区域的形状必须相同（现为 ${f.shapes[0]} 和 ${f.shapes[1]}）。`,
  "volume-without-name": (f) => `用量表的第 ${f.cell} 格有调用量，但没有接口名称。`,
  "pack-prices-columns": (f) => `${PACK_PRICES_ZH}必须有两列（资源包规格、实付价格）；现有 ${f.columns} 列。`,
  "pack-prices-duplicate": (f) => `${PACK_PRICES_ZH}重复列出了 ${fmtCount(f.size)} 次的资源包。`,
  "pack-prices-no-price": (f) =>
    `${PACK_PRICES_ZH}第 ${f.row} 行没有价格（空白或 0）。请输入该资源包的实付价格，或清空该行。`,
};

const TABLES = { en: EN, zh: ZH } as const;

/** Which failure kinds each language has words for (the tests hold them equal). */
export const MESSAGE_KINDS: Readonly<Record<MessageLang, readonly string[]>> = {
  en: Object.keys(EN),
  zh: Object.keys(ZH),
};

/** The message of a failure in a language (English by default). */
export function failureMessage(failure: PricingFailure, lang: MessageLang = "en"): string {
  return (TABLES[lang][failure.kind] as (f: PricingFailure) => string)(failure);
}

/** "zh-CN", "zh-TW", "zh" → Chinese; anything else (or nothing) → English. */
export const messageLangOf = (tag: string | null | undefined): MessageLang =>
  typeof tag === "string" && /^zh\b/i.test(tag) ? "zh" : "en";
