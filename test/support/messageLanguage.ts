import * as fs from "fs";
import * as path from "path";

/**
 * What "a Chinese message with no English sentence" and "an English message with no Chinese"
 * mean in the tests: once what the message quotes is taken out (names the user typed or the
 * catalog holds, version ids, “…” and "…" quotations), a Chinese message has no Latin word but
 * Excel's and Tencent's names and the formulas it tells the user to type, and an English one no
 * Chinese but the Tencent terms it explains.
 */

const ZH_ALLOWED = /=TCLOUD\.PRICES\(名称\)|ROUND\(x, 0\)|DATE\(2021,6,1\)|\btencent-[\w-]+|\b(API|QPS|ID|Excel)\b/g;
const EN_ALLOWED = /联系商务|免费公测|阶梯到达|活动折扣价格|刊例价|\d万/g;

/** `message` without the texts it quotes (longest first, so a name inside another goes with it). */
function unquoted(message: string, quotes: readonly string[]): string {
  return [...quotes]
    .filter((q) => q !== "")
    .sort((a, b) => b.length - a.length)
    .reduce((m, text) => m.split(text).join(" "), message)
    .replace(/“[^”]*”|"[^"]*"/g, " ");
}

/** The Latin words of a Chinese message that are not quotations or names (should be none). */
export const englishIn = (zh: string, quotes: readonly string[]): string[] =>
  unquoted(zh, quotes)
    .replace(ZH_ALLOWED, " ")
    .match(/[A-Za-z]{2,}/g) ?? [];

/** The Chinese of an English message that is not a quotation or a name (should be none). */
export const chineseIn = (en: string, quotes: readonly string[]): string[] =>
  unquoted(en, quotes)
    .replace(EN_ALLOWED, " ")
    .match(/\p{Script=Han}+/gu) ?? [];

/** Every name the catalogs hold with Chinese in it: a message in either language may name an item by it. */
export function catalogNames(): string[] {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string" && /\p{Script=Han}/u.test(v)) names.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  const dir = path.resolve(__dirname, "..", "..", "src", "catalog", "data");
  for (const file of fs.readdirSync(dir)) walk(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
  return [...names];
}
