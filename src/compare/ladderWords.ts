import type { MessageLang } from "../core/messages";
import { countIn, plural, wordsOf, type Bilingual } from "./wordKit";
import type { CountedUnit } from "../core/model";

/** Every word of the "Volume ladder" sheet, in English and Chinese. */
export interface LadderWords {
  readonly sheetName: string;
  readonly title: string;
  readonly heading: string;
  readonly versionsCompared: string;
  readonly vs: string;
  readonly generatedAt: string;
  readonly from: string;
  readonly source: (apis: number, volumes: number | null, points: number) => string;
  readonly columns: { readonly api: string; readonly volume: string };
  readonly cost: (version: string) => string;
  readonly unitPrice: (version: string) => string;
  readonly cheaper: (version: string) => string;
  readonly cliff: (previousVolume: string) => string;
  readonly cheaperAt: (volume: string, unit: CountedUnit, cost: string) => string;
  readonly cliffNote: (points: number) => string;
}

const EN: LadderWords = {
  sheetName: "Volume ladder",
  title: "Volume ladder",
  heading: "Volume ladder: cost and unit price by monthly volume",
  versionsCompared: "versions compared",
  vs: " vs ",
  generatedAt: "generated at",
  from: "from",
  source: (apis, volumes, points) =>
    `${plural(apis, "interface", "interfaces")} × ${
      volumes === null ? `tier edges (${plural(points, "volume", "volumes")})` : plural(volumes, "volume", "volumes")
    }; no prepaid packs`,
  columns: { api: "interface", volume: "volume" },
  cost: (v) => `${v} cost (CNY)`,
  unitPrice: (v) => `${v} unit price (CNY)`,
  cheaper: (v) => `${v} more volume cheaper`,
  cliff: (previous) => `cliff: cheaper than ${previous}`,
  cheaperAt: (volume, unit, cost) =>
    `${volume} ${volume === "1" ? unit : unit === "image" ? "images" : "calls"} cost ${cost}`,
  cliffNote: (points) =>
    `阶梯到达: the month's volume prices every postpaid call at one tier, so at ${plural(points, "point", "points")} more volume costs less (see "more volume cheaper").`,
};

const ZH: LadderWords = {
  sheetName: "用量阶梯",
  title: "用量阶梯",
  heading: "用量阶梯：各月用量的费用和单价",
  versionsCompared: "对比的版本",
  vs: " 对比 ",
  generatedAt: "生成时间",
  from: "来源",
  source: (apis, volumes, points) =>
    `${countIn("zh", apis)} 个接口 × ${volumes === null ? `阶梯边界（${countIn("zh", points)} 个用量）` : `${countIn("zh", volumes)} 个用量`}；不含预付费资源包`,
  columns: { api: "接口", volume: "月用量" },
  cost: (v) => `${v} 费用（元）`,
  unitPrice: (v) => `${v} 单价（元）`,
  cheaper: (v) => `${v} 用量更多反而更省`,
  cliff: (previous) => `阶梯落差：比 ${previous} 更便宜`,
  cheaperAt: (volume, unit, cost) => `${volume} ${unit === "image" ? "张" : "次"}只需 ${cost} 元`,
  cliffNote: (points) =>
    `阶梯到达：当月用量决定所有后付费调用的阶梯，因此有 ${countIn("zh", points)} 处用量更多反而费用更低（见“用量更多反而更省”列）。`,
};

export const LADDER_WORDS: Bilingual<LadderWords> = { en: EN, zh: ZH };
export const ladderWords: (lang?: MessageLang) => LadderWords = wordsOf(LADDER_WORDS);
