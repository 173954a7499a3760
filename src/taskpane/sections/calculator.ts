import type { ProductKind } from "../../catalog/types";
import { formatNumber } from "../../compare/layout";
import { FORMAT_CNY, FORMAT_UNIT_PRICE } from "../../compare/types";
import { calculate, groupDigits, type CalcAnswer } from "../calculator";
import { callsForBudget, type BudgetAnswer } from "../budget";
import { field, h } from "../dom";
import type { PaneContext } from "./context";

/** The calculator: product, version, name, volume, prepaid → the month's cost and how it was reached. */
export function mountCalculator(ctx: PaneContext): HTMLElement {
  const { t } = ctx;
  const product = ctx.productSelect("calc-product");
  const version = ctx.versionSelect(true, "calc-version");
  const item = ctx.itemInput("calc-item", product, () => version.value);
  const count = (id: string, value: string): HTMLInputElement =>
    h("input", { type: "text", id, inputmode: "numeric", value, autocomplete: "off" });
  const volume = count("calc-volume", "10000");
  const prepaid = count("calc-prepaid", "0");
  const budget = h("input", { type: "text", id: "calc-budget", inputmode: "decimal", autocomplete: "off" });
  const budgetButton = h("button", { type: "button", id: "calc-budget-submit" }, t("budgetSubmit"));
  const output = h("output", {
    id: "calc-result",
    for: "calc-item calc-volume calc-prepaid calc-version calc-budget",
    "aria-live": "polite",
  });
  const form = h(
    "form",
    { id: "calculator", class: "card", "aria-labelledby": "calc-heading" },
    h("h2", { id: "calc-heading" }, t("calcHeading")),
    h("div", { class: "grid" }, field(t("productLabel"), product), field(t("versionLabel"), version)),
    field(t("itemLabel"), item),
    h("div", { class: "grid" }, field(t("volumeLabel"), volume), field(t("prepaidLabel"), prepaid)),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary", id: "calc-submit" }, t("calculate")),
    ),
    field(t("budgetLabel"), budget),
    h("p", { class: "hint" }, t("budgetHint")),
    h("div", { class: "actions" }, budgetButton),
    output,
  );
  version.addEventListener("change", () => product.dispatchEvent(new Event("change"))); // names of that version
  const refuse = (code: string, message: string): void =>
    output.replaceChildren(
      h("p", { class: "calc-error", role: "alert" }, h("strong", {}, code), " ", t("calcError", { message })),
    );
  const shared = () => ({
    kind: product.value as ProductKind,
    item: item.value,
    prepaid: prepaid.value,
    version: version.value,
  });
  const askBudget = (): void => {
    const result = callsForBudget(ctx.registry, { ...shared(), budget: budget.value }, t.lang);
    if (!result.ok) return refuse(result.code, result.message);
    if (result.switchedTo) product.value = result.switchedTo;
    output.replaceChildren(...budgetAnswer(ctx, result));
  };
  budgetButton.addEventListener("click", askBudget);
  budget.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault(); // Enter in the budget asks the budget question, not the form's
    askBudget();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = calculate(ctx.registry, { ...shared(), volume: volume.value }, t.lang);
    if (!result.ok) return refuse(result.code, result.message);
    if (result.switchedTo) product.value = result.switchedTo; // the form now says what was priced
    output.replaceChildren(...answer(ctx, result));
  });
  return form;
}

const productName = (ctx: PaneContext, kind: ProductKind): string =>
  ctx.t(kind === "face" ? "productFace" : "productOcr");

/** "身份证识别 belongs to Face…" when the name was priced under the other product. */
const switchedNote = (ctx: PaneContext, result: { switchedTo?: ProductKind; itemName: string }): HTMLElement[] =>
  result.switchedTo
    ? [
        h(
          "p",
          { class: "hint switched", id: "calc-switched" },
          ctx.t("switchedProduct", { name: result.itemName, product: productName(ctx, result.switchedTo) }),
        ),
      ]
    : [];

/** The budget's answer: the volume, what it costs and the version, in the calculator's look. */
function budgetAnswer(ctx: PaneContext, result: BudgetAnswer): HTMLElement[] {
  const { t } = ctx;
  const rows: [string, string][] = [
    [t("resultVersion"), result.catalogId],
    [t("budgetCost"), formatNumber(result.cost, FORMAT_CNY)],
  ];
  return [
    ...switchedNote(ctx, result),
    h(
      "p",
      { class: "cost" },
      h(
        "span",
        { class: "cost-label" },
        `${t("budgetResult", { budget: formatNumber(result.budget, FORMAT_CNY) })} · ${result.itemName}`,
      ),
      h("span", { class: "cost-value", id: "calc-budget-volume" }, groupDigits(String(result.volume))),
    ),
    h("dl", { class: "breakdown" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
  ];
}

function answer(ctx: PaneContext, result: CalcAnswer): HTMLElement[] {
  const { t } = ctx;
  const calls = (n: number): string => groupDigits(String(n));
  const { arithmetic } = result;
  const reason =
    arithmetic.reason === "not-billed"
      ? ` (${t("calcNotBilled")})`
      : arithmetic.reason === "nothing-postpaid"
        ? ` (${t("calcNothingPostpaid")})`
        : "";
  const rows: [string, string][] = [
    [t("resultVersion"), result.catalogId],
    [
      t("resultUnitPrice"),
      result.unitPrice === null ? t("noListPrice") : formatNumber(result.unitPrice, FORMAT_UNIT_PRICE),
    ],
    [t("resultTier"), `${result.tier}: ${result.tierRange}`],
    [t("resultFree"), calls(result.freeCalls)],
    [t("resultPrepaid"), calls(result.prepaidCalls)],
    [t("resultPostpaid"), calls(result.postpaidCalls)],
  ];
  return [
    ...switchedNote(ctx, result),
    h(
      "p",
      { class: "cost" },
      h("span", { class: "cost-label" }, `${t("resultCost")} · ${result.itemName}`),
      h("span", { class: "cost-value", id: "calc-cost" }, formatNumber(result.amount, FORMAT_CNY)),
      h(
        "span",
        { class: "arithmetic", id: "calc-arithmetic", "aria-label": t("resultArithmetic") },
        `${arithmetic.expression} = ${arithmetic.result}${reason}`,
      ),
    ),
    h("dl", { class: "breakdown" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
  ];
}
