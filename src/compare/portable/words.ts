import type { MessageLang } from "../../core/messages";
import { countIn, plural, wordsOf, type Bilingual } from "../wordKit";
import type { ItemStatus, TierBasis, TierBoundInclusive } from "../../core/model";

/** Every word of the portable workbook's price-table and bill sheets, in English and Chinese. */
export interface PortableWords {
  readonly priceSheet: string;
  readonly billSheet: string;
  readonly priceTitle: string;
  readonly priceHelp: string;
  readonly catalog: string;
  readonly sources: string;
  readonly columns: {
    readonly catalogId: string;
    readonly product: string;
    readonly itemId: string;
    readonly item: string;
    readonly status: string;
    readonly unit: string;
    readonly freeQuota: string;
    readonly basis: string;
    readonly bounds: string;
    readonly tierFrom: (tier: number) => string;
    readonly tierPrice: (tier: number) => string;
    readonly pack: (size: number) => string;
    readonly oneTimePack: string;
    readonly note: string;
  };
  readonly status: (status: ItemStatus) => string;
  readonly unitWord: Readonly<Record<"call" | "image", string>>;
  readonly basisWord: (basis: TierBasis) => string;
  readonly boundsWord: Readonly<Record<TierBoundInclusive, string>>;
  readonly contactSales: string;
  readonly freeBeta: string;
  readonly oneTimePack: (calls: number, months: number) => string;
  readonly billTitle: string;
  readonly billHelp: string;
  readonly linesHeading: string;
  readonly itemsHeading: string;
  readonly billColumns: {
    readonly row: string;
    readonly api: string;
    readonly itemUnder: (version: string) => string;
    readonly version: string;
    readonly calls: string;
    readonly prepaid: string;
    readonly free: string;
    readonly postpaid: string;
    readonly tierVolume: string;
    readonly tier: string;
    readonly unitPrice: string;
    readonly cost: string;
  };
  readonly forecastSource: (lines: number) => string;
  readonly portableNote: string;
  readonly ladderNote: string;
  readonly scenarioNote: string;
  readonly lotsSheet: string;
  readonly lotsTitle: string;
  readonly lotsHelp: string;
  readonly lots: {
    readonly validity: string;
    readonly sizes: string;
    readonly inputsOk: string;
    readonly lot: string;
    readonly month: string;
    readonly size: string;
    readonly price: string;
    readonly lastMonth: string;
    readonly order: string;
    readonly accepted: string;
    readonly ledgerMonth: string;
    readonly used: (lot: number) => string;
    readonly left: (lot: number) => string;
    readonly packCalls: string;
    readonly postpaidCost: string;
  };
  /** Names what computes the ledger's cells on its "from" line. */
  readonly ledgerFormulas: string;
  readonly ledgerNote: string;
  readonly planNote: string;
  /** Head the Plan's helper columns: each month's all-postpaid charge on its own, then the plan's month unchecked. */
  readonly planHelpers: readonly string[];
}

const EN: PortableWords = {
  priceSheet: "Price table",
  billSheet: "Bill",
  priceTitle: "Price table: the catalog prices every portable formula of this workbook reads",
  priceHelp:
    'Protected without a password against accidental edits (Review › Unprotect Sheet to change a price). A month\'s volume picks ONE tier (阶梯到达): the last tier whose "from" is at most the volume that the column "tier picked by" names; every postpaid call is priced at that tier. Free quota first, then prepaid calls, then postpaid.',
  catalog: "catalog",
  sources: "sources",
  columns: {
    catalogId: "catalog id",
    product: "product",
    itemId: "billing item id",
    item: "billing item",
    status: "status",
    unit: "unit",
    freeQuota: "monthly free quota",
    basis: "tier picked by",
    bounds: "tier bounds as printed",
    tierFrom: (t) => `tier ${t} from`,
    tierPrice: (t) => `tier ${t} unit price (CNY)`,
    pack: (size) => `pack of ${countIn("en", size)} list price (CNY)`,
    oneTimePack: "one-time free pack",
    note: "note",
  },
  status: (s) =>
    s.kind === "priced"
      ? "priced"
      : s.kind === "free-beta"
        ? `free beta${s.until ? ` until ${s.until}` : ""}, no price published after it`
        : `not billed (listed under ${s.group})`,
  unitWord: { call: "call", image: "image" },
  basisWord: (b) => b,
  boundsWord: { lower: "[from, to)", upper: "(from, to]" },
  contactSales: "联系商务 (contact sales)",
  freeBeta: "free beta: no price",
  oneTimePack: (calls, months) => `${plural(calls, "call", "calls")}, valid ${plural(months, "month", "months")}`,
  billTitle: "Bill: the forecast total of each version, billing item by billing item",
  billHelp:
    "Lines of one billing item add their volumes and prepaid calls before its free quota and tier apply; each version's total on the forecast sheet is the sum of its costs here. Formulas only: edit volumes on the forecast sheet.",
  linesHeading: "forecast lines and the billing item each bills to",
  itemsHeading: "billing items",
  billColumns: {
    row: "forecast row",
    api: "interface",
    itemUnder: (v) => `billing item under ${v}`,
    version: "version",
    calls: "calls",
    prepaid: "prepaid",
    free: "free",
    postpaid: "postpaid",
    tierVolume: "volume picking the tier",
    tier: "tier",
    unitPrice: "unit price (CNY)",
    cost: "cost (CNY)",
  },
  forecastSource: (n) =>
    `${plural(n, "forecast line", "forecast lines")}; portable formulas over the sheet "Price table" (no add-in needed); totals are bills (sheet "Bill")`,
  portableNote:
    "Portable formulas: every cost is a native formula over the price table, so the workbook recalculates in Excel, LibreOffice and WPS without the add-in. Edit a volume or prepaid count and every cost follows; a cell shows #N/A if its interface name is changed (build a new sheet for another interface), where a tier has no list price, and for a volume that is not a whole number ≥ 0.",
  ladderNote:
    'Portable formulas: every cost and unit price is a native formula over the sheet "Price table", so the ladder recalculates in Excel, LibreOffice and WPS without the add-in. Edit a volume and its row follows; "more volume cheaper" marks a cliff against the row above (the larger volume that costs less is named in the add-in and values forms only). A cell shows #N/A if its interface name is changed, where a tier has no list price, and for a volume that is not a whole number ≥ 0.',
  scenarioNote:
    'Portable formulas: "postpaid only" and "with plan" are native formulas over the calls and pack calls cells and the sheet "Price table", so the scenario recalculates in Excel, LibreOffice and WPS without the add-in; the packs bought, their cost and the pack calls are values from the plan. Edit a month\'s calls and its postpaid only, with plan, saving and the totals follow (the plan is not searched again). A cell shows #N/A if its interface name is changed, where a tier has no list price, and for calls that are not a whole number ≥ 0.',
  lotsSheet: "Pack lots",
  lotsTitle: "Pack lots: the packs bought, and the calls each month takes from each of them",
  lotsHelp:
    'Formulas only (protected without a password): edit the calls and the purchases on the ledger sheet. Each month the free quota first, then the valid pack that expires first ("order used": the earliest month bought, then the order listed), then postpaid. A pack is valid from the start of the month bought through its last valid month, when what is left is written off.',
  lots: {
    validity: "pack validity (months, counting the month bought)",
    sizes: "pack sizes the version sells",
    inputsOk: "inputs the pricing rules accept, every month priced (1, else #N/A)",
    lot: "lot",
    month: "month bought",
    size: "pack size",
    price: "price paid (CNY)",
    lastMonth: "last valid month",
    order: "order used (0 first)",
    accepted: "accepted (1 or 0)",
    ledgerMonth: "month",
    used: (lot) => `calls from lot ${lot}`,
    left: (lot) => `left in lot ${lot}`,
    packCalls: "pack calls of the month",
    postpaidCost: "postpaid cost (CNY)",
  },
  ledgerFormulas: 'portable formulas over the sheets "Pack lots" and "Price table", no add-in needed',
  ledgerNote:
    'Portable formulas: free calls, pack calls, postpaid calls and cost, pack expense, write-off and balance are native formulas over the calls column, the purchases above and the sheets "Pack lots" and "Price table", so the ledger recalculates in Excel, LibreOffice and WPS without the add-in. Edit a month\'s calls or a purchase\'s month, size or price and every month follows. Every cell shows #N/A if the interface name is changed, for calls that are not a whole number ≥ 0, for a purchase in a month outside the ledger, of a pack size the version does not sell or without a price, and where a month\'s postpaid calls meet a tier without a list price (联系商务), as the add-in refuses such a ledger.',
  planNote:
    "Portable formulas: free quota, from packs, pack calls left, postpaid calls and cost and the all-postpaid columns are native formulas over the calls column, the packs above and the sheet \"Price table\", so the plan recalculates in Excel, LibreOffice and WPS without the add-in. The packs bought and their cost are the plan's values: edit a month's calls and the packs are used month by month from month 1 as before, with postpaid, totals and saving following (the plan is not searched again). The columns after the table hold each month alone: its all-postpaid charge (if any month has no list price, 联系商务, every all-postpaid cell is #N/A, as in the values form) and the plan's month unchecked (if a month under the plan meets a tier without a list price, or calls are not a whole number ≥ 0, every plan cell is #N/A, as the add-in refuses such a plan).",
  planHelpers: [
    "all postpaid, this month alone (CNY)",
    "under the plan: pack calls",
    "under the plan: pack calls left",
    "under the plan: postpaid (CNY)",
  ],
};

const ZH: PortableWords = {
  priceSheet: "价格表",
  billSheet: "账单",
  priceTitle: "价格表：本工作簿中所有可移植公式读取的目录价格",
  priceHelp:
    "已设工作表保护（无密码），防止误改（审阅 › 撤消工作表保护 后可修改价格）。阶梯到达：当月用量（按“阶梯依据”列）选定一个阶梯，即“起始量”不大于该用量的最后一个阶梯，所有后付费调用均按该阶梯单价计费。先扣免费额度，再扣资源包，其余为后付费。",
  catalog: "价格目录",
  sources: "来源",
  columns: {
    catalogId: "目录 ID",
    product: "产品",
    itemId: "计费项 ID",
    item: "计费项",
    status: "状态",
    unit: "单位",
    freeQuota: "每月免费额度",
    basis: "阶梯依据",
    bounds: "阶梯边界（原文）",
    tierFrom: (t) => `阶梯 ${t} 起始量`,
    tierPrice: (t) => `阶梯 ${t} 单价（元）`,
    pack: (size) => `${countIn("zh", size)} 次资源包刊例价（元）`,
    oneTimePack: "一次性免费资源包",
    note: "备注",
  },
  status: (s) =>
    s.kind === "priced"
      ? "计费"
      : s.kind === "free-beta"
        ? `公测免费${s.until ? `（至 ${s.until}）` : ""}，公测后未公布价格`
        : `不计费（列于 ${s.group} 下）`,
  unitWord: { call: "次", image: "张" },
  basisWord: (b) => b,
  boundsWord: { lower: "[起, 止)", upper: "(起, 止]" },
  contactSales: "联系商务",
  freeBeta: "公测免费：无价格",
  oneTimePack: (calls, months) => `${countIn("zh", calls)} 次，有效期 ${months} 个月`,
  billTitle: "账单：每个版本的预测合计，按计费项列出",
  billHelp:
    "同一计费项的各行先合计调用量和资源包抵扣，再扣免费额度、选定阶梯；预测表中每个版本的合计即此处费用之和。此表只含公式：请在预测表中修改调用量。",
  linesHeading: "预测行及其所属计费项",
  itemsHeading: "计费项",
  billColumns: {
    row: "预测表行号",
    api: "接口",
    itemUnder: (v) => `${v} 下的计费项`,
    version: "版本",
    calls: "调用量",
    prepaid: "资源包抵扣",
    free: "免费",
    postpaid: "后付费",
    tierVolume: "选定阶梯的用量",
    tier: "阶梯",
    unitPrice: "单价（元）",
    cost: "费用（元）",
  },
  forecastSource: (n) =>
    `${countIn("zh", n)} 行预测；基于“价格表”工作表的可移植公式（无需加载项）；合计即账单（见“账单”工作表）`,
  portableNote:
    "可移植公式：每个费用都是基于价格表的原生公式，因此工作簿在 Excel、LibreOffice 和 WPS 中无需加载项即可重新计算。修改调用量或资源包抵扣后所有费用随之更新；若改动了接口名称（其他接口请重新生成工作表）、所在阶梯无刊例价，或调用量不是不小于 0 的整数，单元格显示 #N/A。",
  ladderNote:
    "可移植公式：每个费用和单价都是基于“价格表”工作表的原生公式，因此阶梯表在 Excel、LibreOffice 和 WPS 中无需加载项即可重新计算。修改调用量后该行随之更新；“用量更多反而更省”列与上一行比较标出阶梯落差（费用更低的更大用量仅在加载项公式和仅数值形式中给出）。若改动了接口名称、所在阶梯无刊例价，或调用量不是不小于 0 的整数，单元格显示 #N/A。",
  scenarioNote:
    "可移植公式：“纯后付费”和“按方案”是基于调用量、资源包抵扣量单元格和“价格表”工作表的原生公式，因此用量情景在 Excel、LibreOffice 和 WPS 中无需加载项即可重新计算；购买的资源包、资源包费用和资源包抵扣量是方案给出的数值。修改某月调用量后，该月的纯后付费、按方案、节省和合计随之更新（不会重新求解方案）。若改动了接口名称、所在阶梯无刊例价，或调用量不是不小于 0 的整数，单元格显示 #N/A。",
  lotsSheet: "资源包批次",
  lotsTitle: "资源包批次：购买的资源包，以及每月从每个资源包抵扣的调用量",
  lotsHelp:
    "此表只含公式（已设工作表保护，无密码）：请在台账工作表中修改调用量和购买记录。每月先用免费额度，再用有效期内最先到期的资源包（“使用顺序”：购买月份最早者优先，同月按列出顺序），其余为后付费。资源包自购买当月月初生效，至最后有效月份月末失效，届时剩余部分核销。",
  lots: {
    validity: "资源包有效期（月，含购买当月）",
    sizes: "该版本销售的资源包规格",
    inputsOk: "输入符合计费规则且每月均有价格（1，否则 #N/A）",
    lot: "批次",
    month: "购买月份",
    size: "资源包规格",
    price: "实付价格（元）",
    lastMonth: "最后有效月份",
    order: "使用顺序（0 最先）",
    accepted: "有效（1 或 0）",
    ledgerMonth: "月份",
    used: (lot) => `批次 ${lot} 抵扣量`,
    left: (lot) => `批次 ${lot} 余量`,
    packCalls: "当月资源包抵扣量",
    postpaidCost: "后付费费用（元）",
  },
  ledgerFormulas: "基于“资源包批次”和“价格表”工作表的可移植公式，无需加载项",
  ledgerNote:
    "可移植公式：免费额度、资源包抵扣、后付费调用量和费用、资源包费用、核销和余量都是基于调用量列、上方购买记录以及“资源包批次”和“价格表”工作表的原生公式，因此台账在 Excel、LibreOffice 和 WPS 中无需加载项即可重新计算。修改某月调用量或某次购买的月份、规格或价格后，每个月随之更新。若改动了接口名称、调用量不是不小于 0 的整数、购买月份不在台账月份内、资源包规格不在该版本销售之列或未填价格，或某月后付费调用落在无刊例价（联系商务）的阶梯，所有单元格显示 #N/A，与加载项拒绝这样的台账一致。",
  planNote:
    "可移植公式：免费额度、资源包抵扣、剩余资源包、后付费调用量和费用以及全部后付费各列都是基于调用量列、上方资源包和“价格表”工作表的原生公式，因此方案在 Excel、LibreOffice 和 WPS 中无需加载项即可重新计算。购买的资源包及其费用是方案给出的数值：修改某月调用量后，资源包仍从第 1 个月起逐月抵扣，后付费、合计和节省随之更新（不会重新求解方案）。表格右侧各列逐月单独计算：全部后付费费用（只要有一个月无刊例价（联系商务），全部后付费的所有单元格显示 #N/A，与仅数值形式相同）以及未经检查的方案各月（若某月按方案落在无刊例价的阶梯，或调用量不是不小于 0 的整数，方案的所有单元格显示 #N/A，与加载项拒绝这样的方案一致）。",
  planHelpers: ["全部后付费：仅本月（元）", "按方案：资源包抵扣", "按方案：剩余资源包", "按方案：后付费（元）"],
};

export const PORTABLE_WORDS: Bilingual<PortableWords> = { en: EN, zh: ZH };
export const portableWords: (lang?: MessageLang) => PortableWords = wordsOf(PORTABLE_WORDS);
