import type { Bilingual } from "./wordKit";

/**
 * The words of a pack plan's small table (the Plan sheet's header block and OCR_PLAN's spill):
 * a module of its own so that functions.js carries these six words, not the whole Plan sheet.
 */
export interface PackTableWords {
  readonly packHeader: readonly [string, string, string, string];
  readonly pack: string;
  readonly postpaid: string;
  readonly planTotal: string;
  readonly allPostpaid: string;
  readonly saving: string;
}

export const PACK_TABLE_WORDS: Bilingual<PackTableWords> = {
  en: {
    packHeader: ["what", "pack size", "count", "cost (CNY)"],
    pack: "pack",
    postpaid: "postpaid",
    planTotal: "plan total",
    allPostpaid: "all postpaid",
    saving: "saving",
  },
  zh: {
    packHeader: ["项目", "资源包规格", "数量", "费用（元）"],
    pack: "资源包",
    postpaid: "后付费",
    planTotal: "方案合计",
    allPostpaid: "全部后付费",
    saving: "节省",
  },
};
