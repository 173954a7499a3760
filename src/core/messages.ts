import type { ArgLabel, FailureKind, FailureOf, PricingFailure, TierRef } from "./failure";
import type { CountedUnit, ProductKind } from "./model";

/**
 * The words of every failure, in one file: constant templates over the failure's fields.
 * (Translations go beside these, keyed the same way.)
 */

export const PRODUCT_LABEL: Readonly<Record<ProductKind, string>> = { ocr: "OCR", face: "Face Recognition" };

export const fmtCount = (n: number): string => n.toLocaleString("en-US");

const UNITS: Readonly<Record<CountedUnit, { one: string; many: string }>> = {
  call: { one: "call", many: "calls" },
  image: { one: "image", many: "images" },
};
export const unitWord = (unit: CountedUnit): string => UNITS[unit].many;
export const unitWordOne = (unit: CountedUnit): string => UNITS[unit].one;

/** "[10,000, 100,000)" or "(10,000, 100,000]": how a tier reads in messages and tables. */
export function describeRange(tier: TierRef): string {
  const { from, to, inclusive } = tier;
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
    `"${f.name}" is not ${f.product === "ocr" ? "an" : "a"} ${PRODUCT_LABEL[f.product]} interface, billing item or API action in catalog ${f.catalogId}.` +
    (f.suggestions.length > 0 ? ` Did you mean ${quoted(f.suggestions)}?` : "") +
    ` Type a name as printed in the price table, e.g. ${EXAMPLE[f.product]}; =TCLOUD.PRICES(name) shows an item.`,
  "ambiguous-name": (f) =>
    `"${f.name}" is billed under ${f.items.length} billing items: ${f.items.join(", ")}. Type one of those billing item names instead, so its own volume and tier apply.`,
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
  "no-freeze": (f) => `Catalog ${f.catalogId} states no bill freeze for ${PRODUCT_LABEL[f.product]}.`,
  "no-qps-price": (f) =>
    `"${f.name}" has no QPS add-on pack price in catalog ${f.catalogId}.` +
    (f.withQps.length > 0
      ? ` Interfaces with QPS packs: ${f.withQps.slice(0, 12).join(", ")}${f.withQps.length > 12 ? ", …" : ""}.`
      : ""),
  "qps-mixed-classes": (f) =>
    `"${f.name}" covers interfaces in different QPS classes (${f.classes.join(", ")}). Type the interface name instead.`,
  "qps-over-cap": (f) =>
    `${fmtCount(f.qps)} QPS is above the cap of ${fmtCount(f.cap)} QPS that one account can hold for one interface on any day (class ${f.classId}); overlapping purchases count together. Type at most ${fmtCount(f.cap)}, or contact Tencent Cloud for more.`,
  "qps-tier-no-price": (f) =>
    `QPS class ${f.classId} has no per-${f.period} price for ${describeRange(f.tier)} QPS in catalog ${f.catalogId}.`,
  "unknown-catalog": (f) =>
    `There is no catalog version "${f.ref}". Type one of: ${f.ids.join(", ")}, a date, or leave it blank for the default.`,
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
        return `${label} is too large to count exactly (at most ${fmtCount(Number.MAX_SAFE_INTEGER)}).`;
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
  "no-versions": () => "Choose at least one catalog version.",
  "version-twice": (f) => `The version ${f.version} is listed twice.`,
  "missing-argument": (f) =>
    f.label.key === "name" || f.label.key === "names-cell"
      ? `${labelText(f.label)} is missing. Type a name as printed in Tencent's price table, e.g. "身份证识别".`
      : `${labelText(f.label)} is missing.`,
  "not-text": (f) =>
    `${labelText(f.label)} must be text, found ${f.found}. Type a name such as "身份证识别" in quotes.`,
  "not-a-number": (f) =>
    `${labelText(f.label)} must be a number, found ${f.found}. Type a whole number or a cell reference.`,
  "bad-date": (f) => `${f.serial} is not an Excel date. Type a date such as DATE(2021,6,1), or a catalog version id.`,
  "bad-catalog-ref": (f) =>
    `The catalog must be a version id such as "tencent-current", a date, or blank; found ${f.found}.`,
  "bad-period-unit": (f) => `The period unit must be "day" or "month", found ${f.found}.`,
  "not-ranges": (f) => `${f.what} must be ranges of cells.`,
  "range-shape": (f) => `${f.what}: the two ranges must have the same shape (found ${f.shapes[0]} and ${f.shapes[1]}).`,
  "volume-without-name": (f) => `Cell ${f.cell} of the usage table has a volume but no interface name.`,
  "pack-prices-columns": (f) => `pack_prices must have two columns (pack size, price paid); it has ${f.columns}.`,
  "pack-prices-duplicate": (f) => `pack_prices lists the ${fmtCount(f.size)}-call pack twice.`,
  "pack-prices-no-price": (f) =>
    `pack_prices row ${f.row} has no price (blank or 0). Type the price you pay for that pack, or clear the row.`,
};

/** The English message of a failure. */
export function failureMessage(failure: PricingFailure): string {
  return (EN[failure.kind] as (f: PricingFailure) => string)(failure);
}
