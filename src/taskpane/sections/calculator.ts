import type { ProductKind } from "../../catalog/types";
import { formatNumber } from "../../compare/layout";
import { FORMAT_CNY, FORMAT_UNIT_PRICE } from "../../compare/types";
import { calculate, groupDigits, type CalcAnswer } from "../calculator";
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
  const output = h("output", {
    id: "calc-result",
    for: "calc-item calc-volume calc-prepaid calc-version",
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
    output,
  );
  version.addEventListener("change", () => product.dispatchEvent(new Event("change"))); // names of that version
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const result = calculate(
      ctx.registry,
      {
        kind: product.value as ProductKind,
        item: item.value,
        volume: volume.value,
        prepaid: prepaid.value,
        version: version.value,
      },
      t.lang,
    );
    if (!result.ok) {
      output.replaceChildren(
        h(
          "p",
          { class: "calc-error", role: "alert" },
          h("strong", {}, result.code),
          " ",
          t("calcError", { message: result.message }),
        ),
      );
      return;
    }
    if (result.switchedTo) product.value = result.switchedTo; // the form now says what was priced
    output.replaceChildren(...answer(ctx, result));
  });
  return form;
}

function answer(ctx: PaneContext, result: CalcAnswer): HTMLElement[] {
  const { t } = ctx;
  const calls = (n: number): string => groupDigits(String(n));
  const productName = (kind: ProductKind): string => t(kind === "face" ? "productFace" : "productOcr");
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
    ...(result.switchedTo
      ? [
          h(
            "p",
            { class: "hint switched", id: "calc-switched" },
            t("switchedProduct", { name: result.itemName, product: productName(result.switchedTo) }),
          ),
        ]
      : []),
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
