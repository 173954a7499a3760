import { detectDateSystem } from "../dateSystem";
import { createMockWorkbook } from "./excelMock";

describe("detectDateSystem", () => {
  it("asks Excel for DATE(2000,1,1): 36526 is the 1900 system, 35064 the 1904 one, in one sync", async () => {
    const windows = createMockWorkbook();
    expect(await detectDateSystem({ excel: windows.excel })).toBe("1900");
    expect(windows.log.syncs).toBe(1);
    const mac = createMockWorkbook(["Sheet1"], undefined, { date1904: true });
    expect(await detectDateSystem({ excel: mac.excel })).toBe("1904");
  });

  it("says what failed", async () => {
    const book = createMockWorkbook();
    book.failNextSync(new Error("ApiNotFound"));
    await expect(detectDateSystem({ excel: book.excel })).rejects.toThrow(/date system failed: ApiNotFound/);
  });
});
