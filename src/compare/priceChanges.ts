import type { CatalogRegistry } from "../catalog/registry";
import {
  PRODUCT_KINDS,
  type BillingItem,
  type Catalog,
  type Product,
  type ProductKind,
  type TierBoundInclusive,
} from "../catalog/types";
import { naError } from "../core/errors";
import { PRODUCT_LABEL } from "../core/labels";
import { Money } from "../core/money";
import { describeRange } from "../core/tiers";
import { nowIso } from "./shared";
import { FORMAT_PERCENT, type BuildOptions, type CellValue, type ComparisonTable } from "./types";

const CONTACT_SALES = "联系商务";

type Status = "unchanged" | "changed" | "added" | "removed";

interface Line {
  readonly what: string;
  readonly old: string | number | null | undefined; // undefined = not in that version
  readonly new: string | number | null | undefined;
  readonly isMoney: boolean;
  readonly note?: string;
}

const fmt = (n: number): string => n.toLocaleString("en-US");

function catalogOf(registry: CatalogRegistry, version: string): Catalog {
  const catalog =
    registry.catalog(version) ??
    registry.catalog(registry.ids().find((id) => id.toLowerCase() === version.trim().toLowerCase()) ?? "");
  if (!catalog) throw naError(`There is no catalog version "${version}". Versions: ${registry.ids().join(", ")}.`);
  return catalog;
}

/** Tiers matched by their (from, to); bounds that changed side are noted. */
function tierLines(a: BillingItem | undefined, b: BillingItem | undefined, unit: string): Line[] {
  const key = (t: { from: number; to: number | null }): string => `${t.from}|${t.to ?? "∞"}`;
  const tiersA = new Map((a?.postpaid.tiers ?? []).map((t) => [key(t), t]));
  const tiersB = new Map((b?.postpaid.tiers ?? []).map((t) => [key(t), t]));
  const keys = [...new Set([...tiersA.keys(), ...tiersB.keys()])].sort(
    (x, y) => Number(x.split("|")[0]) - Number(y.split("|")[0]) || (tiersB.has(x) ? 1 : -1) - (tiersB.has(y) ? 1 : -1),
  );
  const bounds = (item: BillingItem | undefined): TierBoundInclusive | undefined => item?.postpaid.inclusive;
  return keys.map((k) => {
    const ta = tiersA.get(k);
    const tb = tiersB.get(k);
    const range = (tb ?? ta)!;
    const inclusive = (tb ? bounds(b) : bounds(a)) as TierBoundInclusive;
    const boundsChanged = ta && tb && bounds(a) !== bounds(b);
    return {
      what: `postpaid ${describeRange(range, inclusive)} ${unit}/month (per ${unit === "images" ? "image" : "call"})`,
      old: ta ? ta.unitPrice : undefined,
      new: tb ? tb.unitPrice : undefined,
      isMoney: true,
      ...(boundsChanged
        ? { note: `bounds ${describeRange(range, bounds(a)!)} → ${describeRange(range, bounds(b)!)}` }
        : {}),
    };
  });
}

function packLines(a: BillingItem | undefined, b: BillingItem | undefined, unit: string): Line[] {
  const packsA = new Map((a?.packs ?? []).map((p) => [p.size, p.listPrice]));
  const packsB = new Map((b?.packs ?? []).map((p) => [p.size, p.listPrice]));
  const sizes = [...new Set([...packsA.keys(), ...packsB.keys()])].sort((x, y) => x - y);
  return sizes.map((size) => ({
    what: `pack of ${fmt(size)} ${unit} (list price)`,
    old: packsA.has(size) ? packsA.get(size)! : undefined,
    new: packsB.has(size) ? packsB.get(size)! : undefined,
    isMoney: true,
  }));
}

function quotaLine(
  a: BillingItem | undefined,
  pa: Product | undefined,
  b: BillingItem | undefined,
  pb: Product | undefined,
  unit: string,
): Line {
  return {
    what: `monthly free quota (${unit})`,
    old: a && pa ? (a.monthlyFreeQuota ?? pa.monthlyFreeQuota) : undefined,
    new: b && pb ? (b.monthlyFreeQuota ?? pb.monthlyFreeQuota) : undefined,
    isMoney: false,
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
  opts: BuildOptions = {},
): ComparisonTable {
  const a = catalogOf(registry, versionA);
  const b = catalogOf(registry, versionB);
  const kinds = kind ? [kind] : PRODUCT_KINDS.filter((k) => a.products[k] || b.products[k]);
  const columns = [
    "product",
    "item id",
    "billing item",
    "what",
    `${a.id}`,
    `${b.id}`,
    "change",
    "change %",
    "status",
    "note",
  ];
  const rows: CellValue[][] = [];
  const notes: string[] = [];
  const counts: Record<Status, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };

  for (const k of kinds) {
    const pa = a.products[k];
    const pb = b.products[k];
    if (!pa) notes.push(`${a.id} has no ${PRODUCT_LABEL[k]} prices: every ${PRODUCT_LABEL[k]} line is "added".`);
    if (!pb) notes.push(`${b.id} has no ${PRODUCT_LABEL[k]} prices: every ${PRODUCT_LABEL[k]} line is "removed".`);
    if (pa && pb && pa.tierBasis !== pb.tierBasis)
      notes.push(
        `${PRODUCT_LABEL[k]}: the volume that picks the tier changed from "${pa.tierBasis}" to "${pb.tierBasis}".`,
      );
    const itemsA = new Map((pa?.billingItems ?? []).map((i) => [i.id, i]));
    const itemsB = new Map((pb?.billingItems ?? []).map((i) => [i.id, i]));
    const ids = [...itemsB.keys(), ...[...itemsA.keys()].filter((id) => !itemsB.has(id))];
    for (const id of ids) {
      const ia = itemsA.get(id);
      const ib = itemsB.get(id);
      const unit = (pb ?? pa)!.unit === "image" ? "images" : "calls";
      const name = (ib ?? ia)!.name;
      const renamed = ia && ib && ia.name !== ib.name ? `renamed from ${ia.name}` : undefined;
      const lines = [quotaLine(ia, pa, ib, pb, unit), ...tierLines(ia, ib, unit), ...packLines(ia, ib, unit)];
      for (const line of lines) {
        const row = compareLine(line, ia === undefined, ib === undefined);
        counts[row.status]++;
        const note = [line.note, renamed].filter((x) => x).join("; ");
        rows.push([k, id, name, line.what, row.old, row.new, row.change, row.percent, row.status, note || null]);
      }
    }
  }
  notes.unshift(
    `${counts.changed} changed, ${counts.added} added, ${counts.removed} removed, ${counts.unchanged} unchanged.`,
  );
  return {
    kind: "price-changes",
    sheetName: `Changes ${a.id} vs ${b.id}`,
    title: `Price changes: ${a.id} → ${b.id}`,
    headerBlock: [
      [`Price changes: ${a.id} → ${b.id}`],
      ["versions compared", `${a.id} (${a.title}) → ${b.id} (${b.title})`],
      ["generated at", nowIso(opts.generatedAt)],
      ["from", `catalog versions ${a.id}, ${b.id}; ${kinds.map((k) => PRODUCT_LABEL[k]).join(", ")}`],
    ],
    columns,
    rows,
    // Old/new/change mix prices (CNY) and free quotas (counts): General shows both exactly.
    numberFormats: [null, null, null, null, null, null, null, FORMAT_PERCENT, null, null],
    notes,
  };
}

function compareLine(
  line: Line,
  itemAdded: boolean,
  itemRemoved: boolean,
): { old: CellValue; new: CellValue; change: CellValue; percent: CellValue; status: Status } {
  const show = (v: string | number | null | undefined): CellValue =>
    v === undefined ? null : v === null ? CONTACT_SALES : typeof v === "number" ? v : new Money(v).toNumber();
  const old = show(line.old);
  const neu = show(line.new);
  if (line.old === undefined || itemAdded) return { old: null, new: neu, change: null, percent: null, status: "added" };
  if (line.new === undefined || itemRemoved) return { old, new: null, change: null, percent: null, status: "removed" };
  const same =
    line.old === null || line.new === null ? line.old === line.new : new Money(line.old).eq(new Money(line.new));
  if (line.old === null || line.new === null)
    return { old, new: neu, change: null, percent: null, status: same && !line.note ? "unchanged" : "changed" };
  const change = new Money(line.new).minus(new Money(line.old));
  const percent = new Money(line.old).isZero() ? null : change.dividedBy(new Money(line.old)).toNumber();
  return { old, new: neu, change: change.toNumber(), percent, status: same && !line.note ? "unchanged" : "changed" };
}
