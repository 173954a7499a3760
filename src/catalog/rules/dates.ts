import { finding } from "../problem";
import { ISO_DATE } from "../refs";
import { entries, isObject, products, type Rule } from "./shape";

const isCalendarDate = (text: string): boolean => {
  const [y, m, d] = text.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** Dates written YYYY-MM-DD (the schema) are days of the calendar (no 2020-02-30). */
export const calendarDates: Rule = (candidate, out) => {
  const check = (value: unknown, where: string): void => {
    if (typeof value === "string" && ISO_DATE.test(value) && !isCalendarDate(value))
      out.push(finding(where, "not-calendar-date", { date: value }));
  };
  for (const product of products(candidate)) {
    check(product.value.effectiveDate, `${product.path}.effectiveDate`);
    for (const item of entries(product, "billingItems"))
      if (isObject(item.value.freeBeta)) check(item.value.freeBeta.until, `${item.path}.freeBeta.until`);
  }
};
