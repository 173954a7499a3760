/**
 * The pane's words in English and Chinese. The language follows Office's display language
 * (Office.context.displayLanguage) inside Office and the browser's (navigator.language)
 * outside. Every string is plain text: it is only ever set with textContent.
 */

export type Lang = "en" | "zh";

const en = {
  appTitle: "Tencent Cloud AI pricing",
  modeExcel: "Connected to Excel",
  modeStandalone: "Standalone calculator (not in Excel)",
  officeSilent:
    "Office did not answer within 3 seconds, so this is the standalone calculator. If Excel answers later, the pane connects to it.",
  skipToCalculator: "Skip to the calculator",

  statusRegion: "Messages",
  working: "Working…",
  done: "Done.",
  dismiss: "Dismiss",
  clearMessages: "Clear messages",
  errorPrefix: "Error",
  noMessages: "No messages.",

  versionsHeading: "Catalog versions",
  versionsHelp: "Formulas without a catalog argument use the default version. Changing it recalculates the functions.",
  colDefault: "Default",
  colId: "Id",
  colTitle: "Title",
  colOcrDate: "OCR effective",
  colFaceDate: "Face effective",
  colSource: "Source",
  colKind: "Kind",
  colActions: "Actions",
  kindBuiltIn: "built-in",
  kindLoaded: "loaded",
  approx: "(approx.)",
  priceBookSource: "price book on {id}: its prices with the book's terms (PRICES shows them)",
  none: "—",
  setDefaultLabel: "Use {id} as the default version",
  removeVersion: "Remove",
  removeVersionLabel: "Remove version {id}",
  exportVersion: "To sheet",
  exportVersionLabel: "Export version {id} as an editable price table",
  downloadVersionJson: "JSON",
  downloadVersionJsonLabel: "Download version {id} as a JSON file",
  defaultChanged: "Default version is now {id}.",
  defaultChangedExcel: "Default version is now {id}; the functions were recalculated.",
  versionRemoved: "Removed version {id}.",

  loadHeading: "Bring in a version",
  loadFileLabel: "Catalog JSON file",
  loadFileHelp: "A .json catalog of at most {mb} MB. It is checked whole before anything changes.",
  loadUrlLabel: "Catalog URL (https)",
  loadUrlButton: "Load from URL",
  loadSheetHeading: "From a sheet",
  loadSheetHelpExcel:
    "Export a version to a sheet (To sheet), edit its prices, give it a new id, then select the table and create a version from it.",
  loadSheetHelpStandalone:
    "Export a version (To sheet) to get an editable price table; edit it in a spreadsheet, copy the whole table and paste it here.",
  pasteLabel: "Pasted price table (tab-separated)",
  createFromSheet: "Create version from selected sheet",
  createFromPaste: "Create version from pasted table",
  loaded: "Loaded version {id}.",
  loadedReplaced: "Loaded version {id} (it replaces the version loaded earlier with that id).",
  problemsHeading: "{source}: not loaded, {count} problem(s). Nothing was changed.",
  problemsHeadingOne: "{source}: not loaded, 1 problem. Nothing was changed.",
  sourceFile: "File {name}",
  sourceUrl: "URL {url}",
  sourcePaste: "Pasted table",
  sourceSheet: "Sheet {name}",

  calcHeading: "Calculator",
  productLabel: "Product",
  productOcr: "OCR (文字识别)",
  productFace: "Face Recognition (人脸识别)",
  itemLabel: "Interface or billing item",
  volumeLabel: "Billable calls or images this month",
  prepaidLabel: "Calls still covered by prepaid packs",
  versionLabel: "Catalog version",
  versionDefaultOption: "Default ({id})",
  calculate: "Calculate",
  resultCost: "Postpaid cost (CNY)",
  resultUnitPrice: "Unit price of the tier",
  resultTier: "Tier",
  resultFree: "Free quota used",
  resultPrepaid: "Covered by packs",
  resultPostpaid: "Postpaid",
  resultVersion: "Version",
  resultProduct: "Priced as (the name belongs to it)",
  noListPrice: "no list price (联系商务)",
  calcError: "Cannot price this: {message}",
  productMissing: "Version {id} has no {product} prices.",

  compareHeading: "Comparisons",
  compareKindLabel: "Comparison",
  kindPriceChanges: "Price changes (A vs B)",
  kindForecast: "Forecast under versions",
  kindVolumeLadder: "Volume ladder",
  kindPlan: "Plan (cheapest packs)",
  versionA: "Version A",
  versionB: "Version B",
  versionsToCompare: "Versions to compare",
  forecastRowsLabel: "Forecast rows: name, monthly volume (one per line)",
  forecastUseSelection: "Use the selected range instead (two columns: name, volume)",
  liveFormulas: "Live formulas (recalculate when inputs change)",
  ladderVolumesLabel: "Volumes (comma-separated; empty = tier boundaries)",
  planMonthsLabel: "Monthly volumes, 1–12 months (comma-separated)",
  planPricesLabel: "Pack prices paid (size=price, comma-separated; empty = list prices)",
  generate: "Generate",
  generateExcel: "Generate sheet",
  downloadXlsx: "Download .xlsx",
  downloadAllXlsx: "Download all as .xlsx",
  generated: 'Generated "{title}".',
  generatedSheet: 'Wrote sheet "{sheet}".',
  compareUnavailable: "Comparisons are not available in this build.",
  chooseTwoVersions: "Choose at least one version.",
  badRow: 'Line {line}: "{text}" is not "name, volume".',
  badNumber: '"{text}" is not a whole number of calls.',
  badPackPrice: '"{text}" is not size=price.',
  tableCaption: "{title}",
  sheetNameLabel: "Sheet: {sheet}",
  changedOnlyLabel: "Changed lines only",
  changeCounts: "{changed} changed, {added} added, {removed} removed, {unchanged} unchanged",
  resultArithmetic: "Arithmetic",
  calcNotBilled: "not billed",
  calcNothingPostpaid: "nothing postpaid",
  switchedProduct: "{name} belongs to {product}: priced there, and the form switched to it.",
  notesHeading: "Notes",
  exportedVersion: 'Exported version {id} to sheet "{sheet}".',
  progressLoading: "Loading catalog…",
  progressValidating: "Checking the catalog…",
  progressWriting: "Writing the sheet…",
  progressComputing: "Computing…",
  progressSaving: "Saving to the workbook…",
  standaloneNote: "Outside Excel the comparisons are shown here and downloaded as .xlsx.",
} as const;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitle: "腾讯云 AI 价格",
  modeExcel: "已连接 Excel",
  modeStandalone: "独立计算器（未在 Excel 中）",
  officeSilent: "Office 在 3 秒内没有响应，现为独立计算器。若 Excel 稍后响应，面板会自动连接。",
  skipToCalculator: "跳到计算器",

  statusRegion: "消息",
  working: "正在处理…",
  done: "完成。",
  dismiss: "关闭",
  clearMessages: "清除消息",
  errorPrefix: "错误",
  noMessages: "没有消息。",

  versionsHeading: "价格目录版本",
  versionsHelp: "未指定目录参数的公式使用默认版本。更改默认版本会重新计算函数。",
  colDefault: "默认",
  colId: "标识",
  colTitle: "标题",
  colOcrDate: "OCR 生效日期",
  colFaceDate: "人脸生效日期",
  colSource: "来源",
  colKind: "类型",
  colActions: "操作",
  kindBuiltIn: "内置",
  kindLoaded: "已载入",
  approx: "（推断）",
  priceBookSource: "基于 {id} 的价格册：按价格册的条款调整后的价格（PRICES 显示各条款）",
  none: "—",
  setDefaultLabel: "将 {id} 设为默认版本",
  removeVersion: "移除",
  removeVersionLabel: "移除版本 {id}",
  exportVersion: "导出到表",
  exportVersionLabel: "将版本 {id} 导出为可编辑的价格表",
  downloadVersionJson: "JSON",
  downloadVersionJsonLabel: "下载版本 {id} 的 JSON 文件",
  defaultChanged: "默认版本现为 {id}。",
  defaultChangedExcel: "默认版本现为 {id}；函数已重新计算。",
  versionRemoved: "已移除版本 {id}。",

  loadHeading: "导入版本",
  loadFileLabel: "价格目录 JSON 文件",
  loadFileHelp: "不超过 {mb} MB 的 .json 目录。导入前会完整校验，有问题则不作任何更改。",
  loadUrlLabel: "目录网址（https）",
  loadUrlButton: "从网址载入",
  loadSheetHeading: "从工作表",
  loadSheetHelpExcel: "将某个版本导出到工作表（导出到表），修改价格并填写新的标识，然后选中该表格并据此创建版本。",
  loadSheetHelpStandalone: "导出某个版本（导出到表）得到可编辑的价格表；在电子表格中编辑后复制整个表格并粘贴到这里。",
  pasteLabel: "粘贴的价格表（制表符分隔）",
  createFromSheet: "根据所选工作表创建版本",
  createFromPaste: "根据粘贴的表格创建版本",
  loaded: "已载入版本 {id}。",
  loadedReplaced: "已载入版本 {id}（替换了之前载入的同名版本）。",
  problemsHeading: "{source}：未载入，共 {count} 个问题。未作任何更改。",
  problemsHeadingOne: "{source}：未载入，1 个问题。未作任何更改。",
  sourceFile: "文件 {name}",
  sourceUrl: "网址 {url}",
  sourcePaste: "粘贴的表格",
  sourceSheet: "工作表 {name}",

  calcHeading: "计算器",
  productLabel: "产品",
  productOcr: "文字识别（OCR）",
  productFace: "人脸识别",
  itemLabel: "接口或计费项",
  volumeLabel: "本月计费调用量（次或张）",
  prepaidLabel: "资源包仍可抵扣的调用量",
  versionLabel: "目录版本",
  versionDefaultOption: "默认（{id}）",
  calculate: "计算",
  resultCost: "后付费费用（元）",
  resultUnitPrice: "所在阶梯单价",
  resultTier: "阶梯",
  resultFree: "使用的免费额度",
  resultPrepaid: "资源包抵扣",
  resultPostpaid: "后付费量",
  resultVersion: "版本",
  resultProduct: "按此产品计价（名称属于该产品）",
  noListPrice: "无刊例价（联系商务）",
  calcError: "无法计价：{message}",
  productMissing: "版本 {id} 没有{product}价格。",

  compareHeading: "对比",
  compareKindLabel: "对比类型",
  kindPriceChanges: "价格变化（A 对 B）",
  kindForecast: "按版本预测",
  kindVolumeLadder: "用量阶梯",
  kindPlan: "资源包方案（最省）",
  versionA: "版本 A",
  versionB: "版本 B",
  versionsToCompare: "参与对比的版本",
  forecastRowsLabel: "预测行：名称, 月用量（每行一条）",
  forecastUseSelection: "改用所选区域（两列：名称、用量）",
  liveFormulas: "实时公式（输入变化时重新计算）",
  ladderVolumesLabel: "用量（逗号分隔；留空 = 阶梯边界）",
  planMonthsLabel: "每月用量，1–12 个月（逗号分隔）",
  planPricesLabel: "资源包实付价（规格=价格，逗号分隔；留空 = 刊例价）",
  generate: "生成",
  generateExcel: "生成工作表",
  downloadXlsx: "下载 .xlsx",
  downloadAllXlsx: "全部下载为 .xlsx",
  generated: "已生成“{title}”。",
  generatedSheet: "已写入工作表“{sheet}”。",
  compareUnavailable: "此版本不提供对比功能。",
  chooseTwoVersions: "请至少选择一个版本。",
  badRow: "第 {line} 行：“{text}”不是“名称, 用量”。",
  badNumber: "“{text}”不是整数调用量。",
  badPackPrice: "“{text}”不是“规格=价格”。",
  tableCaption: "{title}",
  sheetNameLabel: "工作表：{sheet}",
  changedOnlyLabel: "只看有变化的行",
  changeCounts: "变化 {changed}，新增 {added}，删除 {removed}，未变 {unchanged}",
  resultArithmetic: "算式",
  calcNotBilled: "不计费",
  calcNothingPostpaid: "无后付费用量",
  switchedProduct: "{name} 属于{product}：已按该产品计价，表单已切换。",
  notesHeading: "说明",
  exportedVersion: "已将版本 {id} 导出到工作表“{sheet}”。",
  progressLoading: "正在载入目录…",
  progressValidating: "正在校验目录…",
  progressWriting: "正在写入工作表…",
  progressComputing: "正在计算…",
  progressSaving: "正在保存到工作簿…",
  standaloneNote: "在 Excel 之外，对比结果显示在此处，并可下载为 .xlsx。",
};

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, zh };

/** "zh-CN", "zh-TW", "zh" → Chinese; anything else (or nothing) → English. */
export function languageOf(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^zh(\b|[-_])/i.test(tag.trim()) ? "zh" : "en";
}

export type Params = Readonly<Record<string, string | number>>;

/** Fills {name} placeholders; unknown placeholders stay as written. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export interface Translator {
  readonly lang: Lang;
  (key: MessageKey, params?: Params): string;
}

export function translator(lang: Lang): Translator {
  const dict = DICTIONARIES[lang];
  const t = ((key: MessageKey, params?: Params) => format(dict[key] ?? en[key], params)) as Translator;
  Object.defineProperty(t, "lang", { value: lang });
  return t;
}

/** Every key of the English dictionary, for tests that both languages are complete. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
export const dictionary = (lang: Lang): Readonly<Record<MessageKey, string>> => DICTIONARIES[lang];
