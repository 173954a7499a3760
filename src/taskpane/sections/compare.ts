/**
 * The comparisons card: one form for price changes, forecast, volume ladder, plan, pack ledger,
 * price history and scenario; each kind reads its own fields into a table builder (KINDS), and
 * Results writes or shows the table.
 */
import type { ProductKind } from "../../catalog/types";
import type { ComparisonTable, ForecastInput } from "../../compare/types";
import { field, h, option } from "../dom";
import { parseForecastRows, parsePackPrices, parseVolumes, type Parsed } from "../inputs";
import { gridDetails, type PaneContext } from "./context";
import { historyPart, readHistory, type HistoryChoice } from "./historyForm";
import { mountLedgerPart, type LedgerPart } from "./ledgerKind";
import { mountOutputForm, type Generated, type OutputForm } from "./outputForm";
import type { Results } from "./results";
import { readScenario, scenarioFields, type ScenarioValues } from "./scenarioForm";

type CompareKind = "price-changes" | "forecast" | "ladder" | "plan" | "ledger" | "price-history" | "scenario";

/** What the form holds when "Generate" is pressed. */
interface CompareForm {
  readonly product: ProductKind;
  readonly versions: string[];
  readonly versionA: string;
  readonly versionB: string;
  readonly changedOnly: boolean;
  readonly planVersion: string;
  readonly item: string;
  readonly forecastText: string;
  readonly useSelection: boolean;
  readonly form: OutputForm;
  readonly ladderText: string;
  readonly planText: string;
  readonly pricesText: string;
  readonly ledger: LedgerPart;
  readonly history: HistoryChoice;
  readonly scenario: ScenarioValues;
}

/** A comparison's table builder from the form, or null when the form was refused (and said why). */
type Reader = (
  ctx: PaneContext,
  f: CompareForm,
  bad: <T>(p: Parsed<T>) => boolean,
) => Promise<(() => Generated) | null>;

/** The portable builders load when first asked for (their own chunk): most sessions never need them. */
const portableBuilders = () => import(/* webpackChunkName: "portable" */ "../../compare/portable");
// Each kind's table builder is a chunk of its own, fetched when that kind is first generated: the
// pane's start needs none of them (the modules themselves, not the compare index, which would
// bring the price-table chunk in).
const priceChangesBuilder = () => import(/* webpackChunkName: "price-changes" */ "../../compare/priceChanges");
const forecastBuilder = () => import(/* webpackChunkName: "forecast" */ "../../compare/forecast");
const ladderBuilder = () => import(/* webpackChunkName: "ladder" */ "../../compare/ladder");
const planBuilder = () => import(/* webpackChunkName: "plan" */ "../../compare/planSheet");

interface Kind {
  readonly label: Parameters<PaneContext["t"]>[0];
  readonly read: Reader;
  /** The forms its cost cells can take (src/taskpane/sections/outputForm.ts); values only when absent. */
  readonly forms?: readonly OutputForm[];
}

const KINDS: Record<CompareKind, Kind> = {
  "price-changes": {
    label: "kindPriceChanges",
    read: async ({ registry, t }, f) => {
      const { priceChanges } = await priceChangesBuilder();
      return () =>
        priceChanges(registry, f.versionA, f.versionB, f.product, { changedOnly: f.changedOnly, lang: t.lang });
    },
  },
  forecast: {
    label: "kindForecast",
    forms: ["addin", "portable", "values"],
    read: async (ctx, f, bad) => {
      const { t, excel, status, registry } = ctx;
      let rows: ForecastInput[];
      if (f.useSelection && excel) {
        const read = await status.track(t("progressLoading"), () => excel.readSelectedForecast());
        if (!read) return null;
        if (read.problems.length) {
          ctx.reportProblems(t("sourceSheet", { name: read.address }), gridDetails(read.problems));
          return null;
        }
        rows = read.rows;
      } else {
        const parsed = parseForecastRows(f.forecastText, t);
        if (bad(parsed) || !parsed.ok) return null;
        rows = parsed.value;
      }
      const { forecast } = await forecastBuilder();
      const opts = { product: f.product, lang: t.lang };
      const table = (): ComparisonTable =>
        forecast(registry, rows, f.versions, { ...opts, liveFormulas: f.form === "addin" });
      if (f.form !== "portable") return () => ({ table: table(), formulas: f.form === "addin" });
      const { portableForecast } = await portableBuilders();
      return () => ({
        table: table(),
        sheets: (takenSheetNames) => portableForecast(registry, rows, f.versions, { ...opts, takenSheetNames }).sheets,
      });
    },
  },
  ladder: {
    label: "kindVolumeLadder",
    forms: ["portable", "values"],
    read: async ({ t, registry }, f, bad) => {
      const volumes = parseVolumes(f.ladderText, t);
      if (bad(volumes) || !volumes.ok) return null;
      const { volumeLadder } = await ladderBuilder();
      const opts = { product: f.product, lang: t.lang };
      const table = (): ComparisonTable => volumeLadder(registry, [f.item], volumes.value, f.versions, opts);
      if (f.form !== "portable") return table;
      const { portableLadder } = await portableBuilders();
      return () => ({
        table: table(),
        sheets: (takenSheetNames) =>
          portableLadder(registry, [f.item], volumes.value, f.versions, { ...opts, takenSheetNames }).sheets,
      });
    },
  },
  plan: {
    label: "kindPlan",
    // The packs are the search's result (values); portable, the months recalculate over them.
    forms: ["portable", "values"],
    read: async ({ t, registry }, f, bad) => {
      const months = parseVolumes(f.planText, t);
      if (bad(months) || !months.ok) return null;
      const prices = parsePackPrices(f.pricesText, t);
      if (bad(prices) || !prices.ok) return null;
      const paid = prices.value.length ? prices.value : undefined;
      const opts = { product: f.product, lang: t.lang };
      const { planSheet } = await planBuilder();
      const table = (): ComparisonTable => planSheet(registry, f.item, months.value, f.planVersion, paid, opts);
      if (f.form !== "portable") return table;
      const { portablePlan } = await portableBuilders();
      return () => ({
        table: table(),
        sheets: (takenSheetNames) =>
          portablePlan(registry, f.item, months.value, f.planVersion, paid, { ...opts, takenSheetNames }).sheets,
      });
    },
  },
  ledger: {
    label: "kindLedger",
    forms: ["addin", "portable", "values"],
    read: (_, f, bad) => f.ledger.read({ product: f.product, item: f.item, version: f.planVersion, form: f.form }, bad),
  },
  "price-history": { label: "kindPriceHistory", read: readHistory },
  scenario: { label: "kindScenario", forms: ["addin", "portable", "values"], read: readScenario },
};

/** Comparisons: price changes, forecast, volume ladder, plan, pack ledger, price history and scenario, as sheets (or tables here). */
export function mountCompare(ctx: PaneContext, results: Results): HTMLElement {
  const { t, excel, registry } = ctx;
  const kind = h(
    "select",
    { id: "compare-kind" },
    ...Object.entries(KINDS).map(([value, k]) => option(value, t(k.label))),
  );
  const product = ctx.productSelect("compare-product");
  const versionA = ctx.versionSelect(false, "compare-a");
  const versionB = ctx.versionSelect(false, "compare-b");
  const planVersion = ctx.versionSelect(false, "plan-version");
  const item = ctx.itemInput("compare-item", product, () => planVersion.value);
  const forecastRows = h("textarea", { id: "forecast-rows", rows: 4, spellcheck: false });
  forecastRows.value = "身份证识别, 9999\n银行卡识别, 900000";
  const box = (id: string, checked: boolean): HTMLInputElement => h("input", { type: "checkbox", id, checked });
  const useSelection = box("forecast-selection", false);
  const changedOnly = box("compare-changed-only", true);
  const ladderVolumes = h("input", { type: "text", id: "ladder-volumes", autocomplete: "off" });
  const planMonths = h("input", {
    type: "text",
    id: "plan-months",
    autocomplete: "off",
    value: Array(12).fill("25000").join(", "),
  });
  const planPrices = h("input", { type: "text", id: "plan-prices", autocomplete: "off", placeholder: "100000=3500" });
  const versionChecks = h("div", { class: "checks", id: "compare-versions" });
  const ledger = mountLedgerPart(ctx);
  const history = historyPart(ctx);
  const scenarioPart = scenarioFields(ctx);

  const check = (el: HTMLInputElement, label: string): HTMLElement =>
    h("div", { class: "check" }, el, h("label", { for: el.id }, label));
  const parts: Record<CompareKind, HTMLElement> = {
    "price-changes": h(
      "div",
      {},
      h("div", { class: "grid" }, field(t("versionA"), versionA), field(t("versionB"), versionB)),
      check(changedOnly, t("changedOnlyLabel")),
    ),
    forecast: h(
      "div",
      {},
      field(t("forecastRowsLabel"), forecastRows),
      excel ? check(useSelection, t("forecastUseSelection")) : null,
    ),
    ladder: h("div", {}, field(t("ladderVolumesLabel"), ladderVolumes)),
    plan: h("div", {}, field(t("planMonthsLabel"), planMonths), field(t("planPricesLabel"), planPrices)),
    ledger: ledger.element,
    "price-history": history.element,
    scenario: scenarioPart.element,
  };
  const versionsGroup = h(
    "fieldset",
    { class: "versions-group" },
    h("legend", {}, t("versionsToCompare")),
    versionChecks,
  );
  const itemField = field(t("itemLabel"), item);
  const productField = field(t("productLabel"), product);
  const planVersionField = field(t("versionLabel"), planVersion);
  const outputForm = mountOutputForm(ctx);
  const show = (): void => {
    const k = kind.value as CompareKind;
    outputForm.offer(KINDS[k].forms ?? ["values"]);
    for (const [name, el] of Object.entries(parts)) el.hidden = name !== k;
    versionsGroup.hidden = k === "price-changes" || k === "plan" || k === "ledger" || k === "price-history";
    productField.hidden = k === "price-history"; // a history looks each name up in OCR, then in face
    itemField.hidden = !(k === "ladder" || k === "plan" || k === "ledger");
    planVersionField.hidden = !(k === "plan" || k === "ledger");
  };
  kind.addEventListener("change", show);

  /** Versions A and B for a price change: two versions that price the chosen product, B the default when it does. */
  const pickDistinct = (): void => {
    const withKind = registry
      .list()
      .filter((s) => (product.value === "ocr" ? s.ocrDate : s.faceDate) !== null)
      .map((s) => s.id);
    const ids = withKind.length > 0 ? withKind : registry.ids();
    versionB.value = ids.includes(registry.defaultId) ? registry.defaultId : ids[0];
    versionA.value = ids.find((id) => id !== versionB.value) ?? versionB.value;
  };
  if (!versionB.value) queueMicrotask(pickDistinct);
  product.addEventListener("change", pickDistinct); // a face comparison never starts from an OCR-only list

  ctx.onRefresh(() => {
    const ids = registry.ids();
    const checked = new Set([...versionChecks.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value));
    const firstTime = versionChecks.childElementCount === 0;
    versionChecks.replaceChildren(
      ...ids.map((id, i) =>
        check(
          h("input", {
            type: "checkbox",
            value: id,
            id: `cmp-${id}`,
            checked: firstTime ? id === registry.defaultId || i < 2 : checked.has(id),
          }),
          id,
        ),
      ),
    );
  });

  const submit = h(
    "button",
    { type: "submit", class: "primary", id: "compare-generate" },
    excel ? t("generateExcel") : t("generate"),
  );
  const form = h(
    "form",
    { id: "compare-form", class: "card", "aria-labelledby": "compare-heading" },
    h("h2", { id: "compare-heading" }, t("compareHeading")),
    excel ? null : h("p", { class: "hint" }, t("standaloneNote")),
    h("div", { class: "grid" }, field(t("compareKindLabel"), kind), productField),
    parts["price-changes"],
    planVersionField,
    itemField,
    parts.forecast,
    parts.ladder,
    parts.plan,
    parts.ledger,
    parts["price-history"],
    parts.scenario,
    versionsGroup,
    outputForm.element,
    h("div", { class: "actions" }, submit, results.downloadAll),
    results.element,
  );
  show();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const k = kind.value as CompareKind;
    const f: CompareForm = {
      product: product.value as ProductKind,
      versions: [...versionChecks.querySelectorAll<HTMLInputElement>("input:checked")].map((i) => i.value),
      versionA: versionA.value,
      versionB: versionB.value,
      changedOnly: changedOnly.checked,
      planVersion: planVersion.value,
      item: item.value.trim(),
      forecastText: forecastRows.value,
      useSelection: excel !== null && useSelection.checked,
      form: outputForm.value(),
      ladderText: ladderVolumes.value,
      planText: planMonths.value,
      pricesText: planPrices.value,
      ledger,
      history: history.value(),
      scenario: scenarioPart.values(),
    };
    const bad = <T>(parsed: Parsed<T>): boolean => {
      if (parsed.ok) return false;
      ctx.status.error(`${t("errorPrefix")}: ${t(KINDS[k].label)}`, parsed.errors);
      return true;
    };
    if ((k === "forecast" || k === "ladder" || k === "scenario") && f.versions.length === 0) {
      ctx.status.error(t("chooseTwoVersions"));
      return;
    }
    submit.disabled = true;
    void KINDS[k]
      .read(ctx, f, bad)
      .then((build) => (build ? results.generate(build, (sheet) => t("generatedSheet", { sheet })) : undefined))
      // A reader that failed (e.g. the portable builders' chunk could not load) says so instead of going quiet.
      .catch((error: unknown) =>
        ctx.status.error(`${t("errorPrefix")}: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => (submit.disabled = false));
  });
  return form;
}
