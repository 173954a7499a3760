import type { CatalogRegistry } from "../catalog/registry";
import { PricingError } from "../core/errors";
import { describeRange, type MessageLang } from "../core/messages";
import {
  PRODUCT_KINDS,
  type CatalogModel,
  type CountedUnit as Unit,
  type ItemModel,
  type ProductKind,
  type TierBoundInclusive,
} from "../core/model";
import { Money } from "../core/money";
import { tierRef } from "../core/tiers";
import { priceChangesWords, type ChangeStatus, type PriceChangesWords } from "./priceChangesWords";
import { cellNumber, nowIso } from "./shared";
import {
  FORMAT_CNY,
  FORMAT_COUNT,
  FORMAT_PERCENT,
  FORMAT_UNIT_PRICE,
  type PriceChangeOptions,
  type CellValue,
  type ComparisonTable,
} from "./types";

const CONTACT_SALES = "联系商务";

interface Line {
  readonly what: string;
  readonly old: Money | number | null | undefined; // undefined = not in that version, null = 联系商务
  readonly new: Money | number | null | undefined;
  readonly isMoney: boolean;
  /** The number format of its old, new and change cells: a unit price, a pack price or a count. */
  readonly format: string;
  readonly note?: string;
}

function catalogOf(registry: CatalogRegistry, version: string): CatalogModel {
  const catalog =
    registry.compiledCatalog(version) ??
    registry.compiledCatalog(registry.ids().find((id) => id.toLowerCase() === version.trim().toLowerCase()) ?? "");
  if (!catalog) throw new PricingError({ kind: "unknown-catalog", ref: version, ids: registry.ids() });
  return catalog;
}

/** Tiers matched by their (from, to); bounds that changed side are noted. */
function tierLines(a: ItemModel | undefined, b: ItemModel | undefined, unit: Unit, lang: MessageLang): Line[] {
  const w = priceChangesWords(lang);
  const key = (t: { from: number; to: number | null }): string => `${t.from}|${t.to ?? "∞"}`;
  const indexA = new Map((a?.postpaid.tiers ?? []).map((t, i) => [key(t), i]));
  const indexB = new Map((b?.postpaid.tiers ?? []).map((t, i) => [key(t), i]));
  const keys = [...new Set([...indexA.keys(), ...indexB.keys()])].sort(
    (x, y) => Number(x.split("|")[0]) - Number(y.split("|")[0]) || (indexB.has(x) ? 1 : -1) - (indexB.has(y) ? 1 : -1),
  );
  const bounds = (item: ItemModel | undefined): TierBoundInclusive | undefined => item?.postpaid.inclusive;
  return keys.map((k) => {
    const ia = indexA.get(k);
    const ib = indexB.get(k);
    const ref = ib !== undefined ? tierRef(b!.postpaid, ib) : tierRef(a!.postpaid, ia!);
    const boundsChanged = ia !== undefined && ib !== undefined && bounds(a) !== bounds(b);
    return {
      what: w.tierLine(describeRange(ref, lang), unit),
      old: ia !== undefined ? a!.postpaid.tiers[ia].unitPrice : undefined,
      new: ib !== undefined ? b!.postpaid.tiers[ib].unitPrice : undefined,
      isMoney: true,
      format: FORMAT_UNIT_PRICE,
      ...(boundsChanged
        ? {
            note: w.boundsNote(
              describeRange(tierRef(a!.postpaid, ia), lang),
              describeRange(tierRef(b!.postpaid, ib), lang),
            ),
          }
        : {}),
    };
  });
}

function packLines(a: ItemModel | undefined, b: ItemModel | undefined, unit: Unit, w: PriceChangesWords): Line[] {
  const packsA = a?.packs ?? new Map<number, Money | null>();
  const packsB = b?.packs ?? new Map<number, Money | null>();
  const sizes = [...new Set([...packsA.keys(), ...packsB.keys()])].sort((x, y) => x - y);
  return sizes.map((size) => ({
    what: w.packLine(size, unit),
    old: packsA.has(size) ? packsA.get(size)! : undefined,
    new: packsB.has(size) ? packsB.get(size)! : undefined,
    isMoney: true,
    format: FORMAT_CNY,
  }));
}

function quotaLine(a: ItemModel | undefined, b: ItemModel | undefined, unit: Unit, w: PriceChangesWords): Line {
  return {
    what: w.quotaLine(unit),
    old: a ? a.monthlyFreeQuota : undefined,
    new: b ? b.monthlyFreeQuota : undefined,
    isMoney: false,
    format: FORMAT_COUNT,
  };
}

/**
 * What changed between two catalog versions: every billing item (matched by its stable id),
 * each postpaid tier (matched by range), each pack size and the free quota, with old, new,
 * change and percent; items, tiers and packs only in one version are marked added/removed.
 * A price of 联系商务 (no list price) is shown as such, never as 0.
 */
export function priceChanges(
  registry: CatalogRegistry,
  versionA: string,
  versionB: string,
  kind?: ProductKind,
  opts: PriceChangeOptions = {},
): ComparisonTable {
  const a = catalogOf(registry, versionA);
  const b = catalogOf(registry, versionB);
  const kinds = kind ? [kind] : PRODUCT_KINDS.filter((k) => a.products[k] || b.products[k]);
  const lang = opts.lang ?? "en";
  const w = priceChangesWords(lang);
  const columns = [...w.columns(a.id, b.id)];
  const rows: CellValue[][] = [];
  const cellFormats: (string | undefined)[][] = [];
  const notes: string[] = [];
  const counts: Record<ChangeStatus, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };

  for (const k of kinds) {
    const pa = a.products[k];
    const pb = b.products[k];
    if (!pa) notes.push(w.noPricesNote(a.id, k, "added"));
    if (!pb) notes.push(w.noPricesNote(b.id, k, "removed"));
    const basisA = pa?.items[0]?.postpaid.basis;
    const basisB = pb?.items[0]?.postpaid.basis;
    if (basisA && basisB && basisA !== basisB) notes.push(w.basisNote(k, basisA, basisB));
    const itemsA = new Map((pa?.items ?? []).map((i) => [i.id, i]));
    const itemsB = new Map((pb?.items ?? []).map((i) => [i.id, i]));
    const ids = [...itemsB.keys(), ...[...itemsA.keys()].filter((id) => !itemsB.has(id))];
    for (const id of ids) {
      const ia = itemsA.get(id);
      const ib = itemsB.get(id);
      const unit = (pb ?? pa)!.unit;
      const name = (ib ?? ia)!.name;
      const renamed = ia && ib && ia.name !== ib.name ? w.renamedNote(ia.name) : undefined;
      const lines = [quotaLine(ia, ib, unit, w), ...tierLines(ia, ib, unit, lang), ...packLines(ia, ib, unit, w)];
      for (const line of lines) {
        const row = compareLine(line, ia === undefined, ib === undefined);
        counts[row.status]++;
        if (opts.changedOnly && row.status === "unchanged") continue;
        const note = [line.note, renamed].filter((x) => x).join(w.noteSeparator);
        rows.push([
          w.productCell[k],
          id,
          name,
          line.what,
          row.old,
          row.new,
          row.change,
          row.percent,
          w.status[row.status],
          note || null,
        ]);
        cellFormats.push([undefined, undefined, undefined, undefined, line.format, line.format, line.format]);
      }
    }
  }
  notes.unshift(w.countsNote(counts));
  return {
    kind: "price-changes",
    sheetName: w.sheetName(a.id, b.id),
    title: w.title(a.id, b.id),
    headerBlock: [
      [w.title(a.id, b.id)],
      [w.versionsCompared, w.compared(a.id, a.title, b.id, b.title)],
      [w.generatedAt, nowIso(opts.generatedAt)],
      [w.from, w.source(a.id, b.id, kinds)],
    ],
    columns,
    rows,
    // Old/new/change hold unit prices, pack prices or free quotas: each line carries its own format.
    numberFormats: [null, null, null, null, null, null, null, FORMAT_PERCENT, null, null],
    cellFormats,
    changeCounts: { ...counts },
    notes,
  };
}

function compareLine(
  line: Line,
  itemAdded: boolean,
  itemRemoved: boolean,
): { old: CellValue; new: CellValue; change: CellValue; percent: CellValue; status: ChangeStatus } {
  const show = (v: Money | number | null | undefined): CellValue =>
    v === undefined ? null : v === null ? CONTACT_SALES : typeof v === "number" ? v : cellNumber(v);
  const old = show(line.old);
  const neu = show(line.new);
  if (line.old === undefined || itemAdded) return { old: null, new: neu, change: null, percent: null, status: "added" };
  if (line.new === undefined || itemRemoved) return { old, new: null, change: null, percent: null, status: "removed" };
  if (line.old === null || line.new === null) {
    const same = line.old === line.new;
    return { old, new: neu, change: null, percent: null, status: same && !line.note ? "unchanged" : "changed" };
  }
  const before = new Money(line.old);
  const change = new Money(line.new).minus(before);
  const percent = before.isZero() ? null : cellNumber(change.dividedBy(before));
  return {
    old,
    new: neu,
    change: cellNumber(change),
    percent,
    status: change.isZero() && !line.note ? "unchanged" : "changed",
  };
}
