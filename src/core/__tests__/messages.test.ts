import type { ArgLabel, CountProblem, FailureKind, FailureOf, PricingFailure, TierRef } from "../failure";
import { failureMessage, MESSAGE_KINDS } from "../messages";
import { chineseIn, englishIn } from "../../../test/support/messageLanguage";

/**
 * Every failure kind, with every argument label, worded in both languages: the Chinese has no
 * English sentence, the English no Chinese, except what the failure quotes (names the user typed
 * or the catalog holds, version ids) and Tencent's own terms the English explains.
 */

const LABELS: { readonly [K in ArgLabel["key"]]: Extract<ArgLabel, { key: K }> } = {
  "monthly-volume": { key: "monthly-volume", unit: "call" },
  prepaid: { key: "prepaid", unit: "image" },
  "pack-size": { key: "pack-size" },
  qps: { key: "qps" },
  periods: { key: "periods", period: "day" },
  name: { key: "name" },
  "names-cell": { key: "names-cell", cell: 2 },
  "volume-cell": { key: "volume-cell", cell: 3 },
  "prepaid-cell": { key: "prepaid-cell", cell: 4 },
  "line-volume": { key: "line-volume", line: 5 },
  "month-volume": { key: "month-volume", month: 6 },
  "monthly-bill": { key: "monthly-bill" },
  budget: { key: "budget" },
  "purchase-month": { key: "purchase-month", row: 2 },
  "purchase-size": { key: "purchase-size", row: 3 },
  "purchase-price": { key: "purchase-price", row: 4 },
  "month-bill": { key: "month-bill", month: 7 },
  "pack-size-row": { key: "pack-size-row", row: 1 },
  "pack-price-row": { key: "pack-price-row", row: 2 },
};
const labels: ArgLabel[] = [...Object.values(LABELS), { key: "periods", period: "month" }];
const PROBLEMS: CountProblem[] = ["not-finite", "negative", "not-whole", "too-large"];

const CATALOG = "tencent-current";
const TIER: TierRef = { from: 1000000, to: null, inclusive: "lower" };
const CLOSED: TierRef = { from: 10000, to: 100000, inclusive: "upper" };

/** At least one failure of every kind (the type makes a new kind without samples a build error). */
const SAMPLES: { readonly [K in FailureKind]: readonly FailureOf<K>[] } = {
  "unknown-name": [
    { kind: "unknown-name", product: "ocr", catalogId: CATALOG, name: "身分证识别", suggestions: ["身份证识别"] },
    { kind: "unknown-name", product: "face", catalogId: CATALOG, name: "no such face", suggestions: [] },
  ],
  "ambiguous-name": [
    { kind: "ambiguous-name", name: "混贴票据识别", items: ["通用票据识别（大票）", "通用票据识别（小票）"] },
  ],
  "no-list-price": [
    { kind: "no-list-price", catalogId: CATALOG, item: "身份证识别", unit: "call", tier: TIER },
    { kind: "no-list-price", catalogId: CATALOG, item: "人脸比对", unit: "image", tier: CLOSED },
  ],
  "no-list-price-from": [
    { kind: "no-list-price-from", catalogId: CATALOG, item: "身份证识别", unit: "call", volume: 1000000 },
  ],
  "plan-no-list-price": [{ kind: "plan-no-list-price", catalogId: CATALOG, item: "身份证识别" }],
  "free-beta": [
    { kind: "free-beta", catalogId: "tencent-2020-face", item: "人员查重", until: "2021-02-01" },
    { kind: "free-beta", catalogId: "tencent-2019-ocr", item: "智能结构化识别", until: null },
  ],
  "not-billed-no-packs": [
    { kind: "not-billed-no-packs", catalogId: "tencent-2020-face", item: "获取人员列表", group: "人员库管理" },
  ],
  "no-packs": [{ kind: "no-packs", catalogId: CATALOG, item: "人脸比对" }],
  "no-such-pack": [
    { kind: "no-such-pack", catalogId: CATALOG, item: "身份证识别", unit: "call", size: 5000, sizes: [1000, 10000] },
  ],
  "pack-no-list-price": [
    { kind: "pack-no-list-price", catalogId: CATALOG, item: "增值税发票核验", unit: "call", size: 10000000 },
  ],
  "budget-no-price": [{ kind: "budget-no-price", catalogId: CATALOG, item: "身份证识别", unit: "call", volume: 1000 }],
  "budget-no-limit": [
    { kind: "budget-no-limit", catalogId: "tencent-2020-face", item: "获取人员列表", unit: "image", volume: 0 },
  ],
  "no-freeze": [{ kind: "no-freeze", catalogId: "tencent-2020-face", product: "face" }],
  "no-qps-price": [
    { kind: "no-qps-price", catalogId: CATALOG, name: "名片识别", withQps: ["身份证识别", "银行卡识别"] },
    { kind: "no-qps-price", catalogId: CATALOG, name: "名片识别", withQps: [] },
  ],
  "qps-mixed-classes": [{ kind: "qps-mixed-classes", name: "行驶证/驾驶证识别", classes: ["A", "B"] }],
  "qps-over-cap": [{ kind: "qps-over-cap", qps: 101, cap: 100, classId: "A" }],
  "qps-tier-no-price": [{ kind: "qps-tier-no-price", catalogId: CATALOG, classId: "A", period: "month", tier: TIER }],
  "unknown-catalog": [{ kind: "unknown-catalog", ref: "tencent-1999", ids: [CATALOG, "tencent-2019-ocr"] }],
  "product-not-in-catalog": [
    { kind: "product-not-in-catalog", catalogId: "tencent-2019-ocr", product: "face", versionsWith: [CATALOG] },
  ],
  "no-version-on-date": [
    { kind: "no-version-on-date", product: "ocr", date: "1999-12-31", earliest: "2019-01-01" },
    { kind: "no-version-on-date", product: "face", date: "1999-12-31", earliest: null },
  ],
  "no-international": [{ kind: "no-international", product: "ocr" }],
  "default-unavailable": [{ kind: "default-unavailable", id: "my-prices", reason: "损坏的 JSON" }],
  "bad-count": labels.flatMap((label) =>
    PROBLEMS.map((problem): FailureOf<"bad-count"> => ({ kind: "bad-count", label, value: -1.5, problem })),
  ),
  "bad-amount": labels.flatMap((label) =>
    (["not-finite", "negative"] as const).map((problem): FailureOf<"bad-amount"> => ({
      kind: "bad-amount",
      label,
      value: -3,
      problem,
    })),
  ),
  "sum-too-large": [
    { kind: "sum-too-large", item: null },
    { kind: "sum-too-large", item: "身份证识别" },
  ],
  "result-too-large": [{ kind: "result-too-large" }],
  "forecast-empty": [{ kind: "forecast-empty", max: 12 }],
  "forecast-too-long": [{ kind: "forecast-too-long", months: 13, max: 12 }],
  "bills-empty": [{ kind: "bills-empty", max: 1200 }],
  "too-many-bills": [{ kind: "too-many-bills", months: 1201, max: 1200 }],
  "pack-sizes-not-nested": [{ kind: "pack-sizes-not-nested" }],
  "ledger-months": [{ kind: "ledger-months", months: 37, max: 36 }],
  "no-pack-validity": [{ kind: "no-pack-validity", catalogId: CATALOG }],
  "purchase-month": [{ kind: "purchase-month", row: 1, month: 2, months: 1 }],
  "purchases-columns": [{ kind: "purchases-columns", columns: 2 }],
  "purchase-no-price": [{ kind: "purchase-no-price", row: 1 }],
  "no-versions": [{ kind: "no-versions" }],
  "version-twice": [{ kind: "version-twice", version: CATALOG }],
  "scenario-months": [{ kind: "scenario-months", months: 37, max: 36 }],
  "bad-growth": [{ kind: "bad-growth", found: "-1.5" }],
  "scenario-shared-item": [
    { kind: "scenario-shared-item", catalogId: "tencent-2020-face", item: "人脸搜索", names: ["人脸搜索", "人员搜索"] },
  ],
  "missing-argument": labels.map((label): FailureOf<"missing-argument"> => ({ kind: "missing-argument", label })),
  "not-text": labels.map((label): FailureOf<"not-text"> => ({ kind: "not-text", label, found: "TRUE" })),
  "not-a-number": labels.map((label): FailureOf<"not-a-number"> => ({ kind: "not-a-number", label, found: '"一千"' })),
  "bad-date": [{ kind: "bad-date", serial: -5 }],
  "bad-catalog-ref": [{ kind: "bad-catalog-ref", found: "TRUE" }],
  "bad-period-unit": [{ kind: "bad-period-unit", found: '"week"' }],
  "bad-history-what": [{ kind: "bad-history-what", found: '"all"' }],
  "not-ranges": (
    ["OCR_BILL", "FACE_BILL", "monthly_calls", "monthly_images", "monthly_bills", "pack_prices", "purchases"] as const
  ).map((what): FailureOf<"not-ranges"> => ({ kind: "not-ranges", what })),
  "range-shape": [{ kind: "range-shape", what: "OCR_BILL", shapes: ["2×1", "1×1"] }],
  "volume-without-name": [{ kind: "volume-without-name", cell: 2 }],
  "pack-prices-columns": [{ kind: "pack-prices-columns", columns: 3 }],
  "pack-prices-duplicate": [{ kind: "pack-prices-duplicate", size: 10000 }],
  "pack-prices-no-price": [{ kind: "pack-prices-no-price", row: 2 }],
};
const all: PricingFailure[] = Object.values(SAMPLES).flat();

/** Fields the messages put in words (never quoted as they are). */
const WORDED_FIELDS = new Set(["kind", "product", "unit", "problem", "period", "what"]);

/** The failure's own text fields (names, ids, what was typed): quoted, never translated. */
function quotedFields(f: PricingFailure): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(f))
    if (!WORDED_FIELDS.has(key))
      if (typeof value === "string") out.push(value);
      else if (Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === "string"));
  return out;
}

test("both languages word every failure kind, and the samples cover every kind", () => {
  expect(MESSAGE_KINDS.zh).toEqual(MESSAGE_KINDS.en);
  expect(Object.keys(SAMPLES).sort()).toEqual([...MESSAGE_KINDS.en].sort());
});

test.each(all.map((f) => [f.kind, f] as const))(
  "%s: Chinese with no English sentence, English with no Chinese",
  (_, f) => {
    const zh = failureMessage(f, "zh");
    const en = failureMessage(f, "en");
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(englishIn(zh, quotedFields(f))).toEqual([]);
    expect(chineseIn(en, quotedFields(f))).toEqual([]);
    expect(en).toMatch(/\b[a-z]{2,}\b.*\b[a-z]{2,}\b/);
    // what the user typed is quoted as typed in both
    for (const text of quotedFields(f)) {
      expect(zh).toContain(text);
      expect(en).toContain(text);
    }
  },
);
