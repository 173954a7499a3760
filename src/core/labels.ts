import type { CompiledProduct } from "../catalog/compile";
import type { ProductKind } from "../catalog/types";

export const PRODUCT_LABEL: Readonly<Record<ProductKind, string>> = { ocr: "OCR", face: "Face Recognition" };

export const unitWord = (product: CompiledProduct): string => (product.source.unit === "image" ? "images" : "calls");

export const fmtCount = (n: number): string => n.toLocaleString("en-US");
