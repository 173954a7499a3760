import type { MessageLang } from "../core/messages";
import { wordsOf, type Bilingual } from "../compare/wordKit";

/** What the add-in was doing in Excel when Office.js failed: the subject of the pane's error. */
export type OfficeStep =
  | "read-date-system"
  | "read-selection"
  | "read-sheet"
  | "recalculate"
  | "save-catalogs"
  | "read-catalogs"
  | "write-sheet"
  | "write-sheets";

/** Every word of the Excel writers' and readers' own errors, in English and Chinese. */
export interface OfficeWords {
  /** `name` is the sheet's name, for the steps on one sheet. */
  readonly failed: (step: OfficeStep, name: string, detail: string) => string;
  readonly excelMissing: string;
}

const EN_STEPS: Readonly<Record<OfficeStep, (name: string) => string>> = {
  "read-date-system": () => "Reading the workbook's date system",
  "read-selection": () => "Reading the selected range",
  "read-sheet": (name) => `Reading the sheet "${name}"`,
  recalculate: () => "Recalculating the TCLOUD formulas",
  "save-catalogs": () => "Saving the catalogs in the workbook",
  "read-catalogs": () => "Reading the catalogs stored in the workbook",
  "write-sheet": (name) => `Writing the sheet "${name}"`,
  "write-sheets": (names) => `Writing the sheets ${names}`,
};
const ZH_STEPS: Readonly<Record<OfficeStep, (name: string) => string>> = {
  "read-date-system": () => "读取工作簿的日期系统",
  "read-selection": () => "读取所选区域",
  "read-sheet": (name) => `读取工作表“${name}”`,
  recalculate: () => "重新计算 TCLOUD 公式",
  "save-catalogs": () => "在工作簿中保存价格目录",
  "read-catalogs": () => "读取工作簿中保存的价格目录",
  "write-sheet": (name) => `写入工作表“${name}”`,
  "write-sheets": (names) => `写入工作表 ${names}`,
};

const EN: OfficeWords = {
  failed: (step, name, detail) => `${EN_STEPS[step](name)} failed: ${detail}`,
  excelMissing: "Excel is not available: open the add-in inside Excel to write sheets.",
};
const ZH: OfficeWords = {
  failed: (step, name, detail) => `${ZH_STEPS[step](name)}失败：${detail}`,
  excelMissing: "无法使用 Excel：请在 Excel 中打开本加载项再写入工作表。",
};

export const OFFICE_WORDS: Bilingual<OfficeWords> = { en: EN, zh: ZH };
export const officeWords: (lang?: MessageLang) => OfficeWords = wordsOf(OFFICE_WORDS);
export const OFFICE_STEPS = Object.keys(EN_STEPS) as OfficeStep[];
