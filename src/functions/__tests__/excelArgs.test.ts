import { PricingError } from "../../core/errors";
import { catalogArg, countCell, excelSerialToIsoDate, isBlankCell, nameCell, periodUnitArg } from "../excelArgs";

const kindOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PricingError) return error.failure.kind;
    throw error;
  }
  return undefined;
};

describe("the argument layer reads both hosts' blanks", () => {
  test("0, null and empty text are blank where text belongs (desktop passes a blank cell as 0)", () => {
    expect([0, null, "", undefined].every(isBlankCell)).toBe(true);
    expect(catalogArg(0)).toBeNull();
    expect(catalogArg(null)).toBeNull();
    expect(catalogArg("")).toBeNull();
    expect(kindOf(() => nameCell(0, { key: "names-cell", cell: 3 }))).toBe("missing-argument");
    expect(kindOf(() => nameCell(42, { key: "names-cell", cell: 3 }))).toBe("not-text");
  });

  test("counts in range cells: blank on either host is 0; text is an error with the cell", () => {
    expect(countCell(null, { key: "volume-cell", cell: 1 })).toBe(0);
    expect(countCell(0, { key: "volume-cell", cell: 1 })).toBe(0);
    expect(kindOf(() => countCell("12", { key: "volume-cell", cell: 1 }))).toBe("not-a-number");
    expect(kindOf(() => countCell(true, { key: "volume-cell", cell: 1 }))).toBe("not-a-number");
  });

  test("Excel dates in both date systems; ISO text works in either", () => {
    expect(excelSerialToIsoDate(43983)).toBe("2020-06-01");
    expect(excelSerialToIsoDate(43983 - 1462, "1904")).toBe("2020-06-01");
    expect(excelSerialToIsoDate(0, "1904")).toBe("1904-01-01");
    expect(excelSerialToIsoDate(59)).toBe("1900-02-28");
    expect(excelSerialToIsoDate(60)).toBe("1900-03-01"); // Excel's 1900-02-29 does not exist
    expect(excelSerialToIsoDate(61)).toBe("1900-03-01");
    expect(kindOf(() => excelSerialToIsoDate(-1))).toBe("bad-date");
    expect(catalogArg(42521, "1904")).toBe("2020-06-01");
    expect(catalogArg("2020-06-01", "1904")).toBe("2020-06-01");
  });

  test("period units: blank is a day", () => {
    expect(periodUnitArg("")).toBe("day");
    expect(periodUnitArg(null)).toBe("day");
    expect(periodUnitArg(" 月 ")).toBe("month");
    expect(kindOf(() => periodUnitArg("week"))).toBe("bad-period-unit");
  });
});
