import type { CompiledProduct } from "../catalog/compile";
import { naError, numError } from "./errors";
import { Money } from "./money";

/** A month's bill as money: finite and not negative. */
export function assertBill(value: Money, label: string): Money {
  if (!value.isFinite()) throw numError(`${label} must be a finite amount.`);
  if (value.isNegative() && !value.isZero()) throw numError(`${label} must not be negative.`);
  return value;
}

/** 计费冻结: after month M settles, this share of M's bill is frozen as the estimate of M+1. */
export function freezeAmount(product: CompiledProduct, monthlyBill: Money): Money {
  assertBill(monthlyBill, "The monthly bill");
  if (product.freezeRatio === null) {
    throw naError(`Catalog ${product.catalogId} states no bill freeze for ${product.kind === "face" ? "Face Recognition" : "OCR"}.`);
  }
  return monthlyBill.times(product.freezeRatio);
}
