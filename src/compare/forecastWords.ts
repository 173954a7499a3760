import type { MessageLang } from "../core/messages";
import { countIn, plural, wordsOf, type Bilingual } from "./wordKit";
import type { ProductKind } from "../core/model";

/** Every word of the "Forecast under versions" sheet, in English and Chinese. */
export interface ForecastWords {
  readonly title: string;
  readonly sheetName: string;
  readonly versionsCompared: string;
  readonly generatedAt: string;
  readonly from: string;
  readonly source: (lines: number) => string;
  readonly products: Readonly<Record<ProductKind, string>>;
  readonly and: string;
  readonly columns: { readonly index: string; readonly api: string; readonly volume: string; readonly prepaid: string };
  readonly cost: (version: string) => string;
  readonly change: (version: string, base: string) => string;
  readonly changePercent: (version: string) => string;
  readonly sharedRow: string;
  readonly subtotalRow: string;
  readonly total: string;
  readonly lineCount: (lines: number) => string;
  readonly billNote: (shared: boolean) => string;
  readonly unpricedNote: (version: string, unpriced: number, lines: number) => string;
  readonly mixedNote: string;
}

const EN: ForecastWords = {
  title: "Forecast under catalog versions",
  sheetName: "Forecast",
  versionsCompared: "versions compared",
  generatedAt: "generated at",
  from: "from",
  source: (n) =>
    `${plural(n, "forecast line", "forecast lines")}; monthly postpaid cost after free quota and prepaid calls (TCLOUD.OCR_COST / FACE_COST); totals are bills (TCLOUD.OCR_BILL / FACE_BILL)`,
  products: { ocr: "OCR", face: "Face Recognition" },
  and: " and ",
  columns: { index: "#", api: "interface", volume: "volume", prepaid: "prepaid" },
  cost: (v) => `${v} (CNY)`,
  change: (v, base) => `change ${v} vs ${base}`,
  changePercent: (v) => `change % ${v}`,
  sharedRow: "shared free quota and tier (same billing item)",
  subtotalRow: "priced lines only (subtotal)",
  total: "total (bill)",
  lineCount: (n) => plural(n, "line", "lines"),
  billNote: (shared) =>
    `The total of each version is its bill: lines of one billing item share its monthly free quota, its prepaid calls and its tier, exactly as TCLOUD.OCR_BILL prices them${shared ? `; the row "${EN.sharedRow}" is the bill minus the lines priced one by one` : ""}.`,
  unpricedNote: (v, unpriced, lines) =>
    `${v}: ${countIn("en", unpriced)} of ${plural(lines, "line", "lines")} could not be priced, so its total is an error; "${EN.subtotalRow}" is what the other ${countIn("en", lines - unpriced)} cost.`,
  mixedNote:
    "The totals are values computed when the sheet was written: the lines mix OCR and Face Recognition, which are billed separately.",
};

const ZH: ForecastWords = {
  title: "各价格目录版本下的用量预测",
  sheetName: "用量预测",
  versionsCompared: "对比的版本",
  generatedAt: "生成时间",
  from: "来源",
  source: (n) =>
    `${countIn("zh", n)} 行预测；扣除免费额度和资源包后的月度后付费费用（TCLOUD.OCR_COST / FACE_COST）；合计即账单（TCLOUD.OCR_BILL / FACE_BILL）`,
  products: { ocr: "文字识别", face: "人脸识别" },
  and: "、",
  columns: { index: "序号", api: "接口", volume: "调用量", prepaid: "资源包抵扣" },
  cost: (v) => `${v}（元）`,
  change: (v, base) => `${v} 相比 ${base} 的变化`,
  changePercent: (v) => `${v} 变化率`,
  sharedRow: "同一计费项共享免费额度和阶梯",
  subtotalRow: "仅含可计价的行（小计）",
  total: "合计（账单）",
  lineCount: (n) => `${countIn("zh", n)} 行`,
  billNote: (shared) =>
    `每个版本的合计即其账单：同一计费项下的行共享该计费项的月度免费额度、资源包和阶梯，与 TCLOUD.OCR_BILL 的计价完全一致${shared ? `；“${ZH.sharedRow}”一行是账单与逐行单独计价之和的差额` : ""}。`,
  unpricedNote: (v, unpriced, lines) =>
    `${v}：${lines} 行中有 ${unpriced} 行无法计价，因此其合计为错误值；“${ZH.subtotalRow}”是其余 ${lines - unpriced} 行的费用。`,
  mixedNote: "合计是生成工作表时计算的数值：这些行混合了文字识别和人脸识别，二者分别计费。",
};

export const FORECAST_WORDS: Bilingual<ForecastWords> = { en: EN, zh: ZH };
export const forecastWords: (lang?: MessageLang) => ForecastWords = wordsOf(FORECAST_WORDS);
