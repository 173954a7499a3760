/**
 * The README's picture of a portable workbook in LibreOffice after a volume was edited, made
 * for real: the two-version forecast is written as `tcprice compare forecast … --portable`
 * writes it, the volume cell of 身份证识别 is edited in the .xlsx itself (9,999 → 10,000, the
 * tier edge where 阶梯到达 makes the month cheaper), LibreOffice Calc headless recalculates on
 * load and prints the forecast sheet to PDF, and Ghostscript renders its top as a PNG. The
 * recalculated cells are read back first: the picture must show LibreOffice's numbers.
 *
 *   npx tsx test/support/portableScreenshot.ts [docs/screenshots/portable-libreoffice.png]
 *
 * Needs `soffice` (Debian libreoffice-calc) and `gs` (Debian ghostscript).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEFAULT_CATALOG_ID, EMBEDDED_CATALOGS } from "../../src/catalog/embedded";
import { CatalogRegistry } from "../../src/catalog/registry";
import { FIRST_COST } from "../../src/compare/forecast";
import { columnLetter } from "../../src/compare/layout";
import { portableForecast } from "../../src/compare/portable/forecastWorkbook";
import { buildXlsx, zipStored, type XlsxFormula } from "../../src/taskpane/xlsx";
import { readXlsx, unzip } from "../browser/xlsxReader";
import { soffice } from "./libreoffice";

const out = path.resolve(process.argv[2] ?? "docs/screenshots/portable-libreoffice.png");
const registry = new CatalogRegistry(EMBEDDED_CATALOGS, DEFAULT_CATALOG_ID);
const versions = ["tencent-current", "tencent-2021-ocr"];
const lines = [
  { api: "身份证识别", volume: 9999 },
  { api: "银行卡识别", volume: 5000, prepaid: 1000 },
  { api: "驾驶证识别", volume: 6000 },
  { api: "通用印刷体识别", volume: 90000 },
  { api: "通用印刷体识别", volume: 20000 },
];
const EDITED = { cell: "C7", from: 9999, to: 10000 };

const book = portableForecast(registry, lines, versions, { lang: "en" });
const [forecastSheet] = book.sheets;
const width = Math.max(...forecastSheet.rows.slice(0, 6 + lines.length + 2).map((r) => r.length));
const lastRow = 6 + lines.length + 2; // header block, blank, columns, lines, shared-item row, total
const parts = unzip(buildXlsx(book.sheets));

// The user's edit, in the file: the volume cell's value changes, its neighbours' cached results do not.
const sheetXml = parts.get("xl/worksheets/sheet1.xml")!.toString("utf8");
const cell = new RegExp(`<c r="${EDITED.cell}"([^>]*)><v>${EDITED.from}</v></c>`);
if (!cell.test(sheetXml)) throw new Error(`${EDITED.cell} does not hold ${EDITED.from}`);
// For the print only: one page wide, landscape, the table as the print area (the long notes stay out).
const printable = sheetXml
  .replace(cell, `<c r="${EDITED.cell}"$1><v>${EDITED.to}</v></c>`)
  .replace("<dimension", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension')
  .replace(
    "</sheetData>",
    '</sheetData><pageMargins left="0.2" right="0.2" top="0.2" bottom="0.2" header="0" footer="0"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
  );
const workbookXml = parts
  .get("xl/workbook.xml")!
  .toString("utf8")
  .replace(
    "</sheets>",
    `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${forecastSheet.name}'!$A$1:$${columnLetter(width - 1)}$${lastRow}</definedName></definedNames>`,
  );
parts.set("xl/worksheets/sheet1.xml", Buffer.from(printable, "utf8"));
parts.set("xl/workbook.xml", Buffer.from(workbookXml, "utf8"));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portable-shot-"));
const edited = path.join(dir, "portable-forecast-edited.xlsx");
fs.writeFileSync(edited, zipStored([...parts].map(([name, data]) => ({ name, data: new Uint8Array(data) }))));

// What LibreOffice computed after the edit (the cost under the first version must have moved).
soffice([edited], path.join(dir, "xlsx"));
const [recalculated] = readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, "xlsx", path.basename(edited))))).sheets;
const costRef = `${columnLetter(FIRST_COST)}7`;
const cost = recalculated.cells.get(costRef)?.value;
const before = (book.sheets[0].rows[6][FIRST_COST] as XlsxFormula).cached;
console.log(`${costRef}: ${before} as written, ${cost} after LibreOffice recalculated the edit`);
if (typeof cost !== "number" || cost === before) throw new Error("LibreOffice did not recalculate the edited volume");

soffice([edited], path.join(dir, "pdf"), "pdf");
const pdf = path.join(dir, "pdf", path.basename(edited, ".xlsx") + ".pdf");
// A4 landscape is 842 × 595 points; keep its top 150 points (the table).
execFileSync("gs", [
  "-q",
  "-dNOPAUSE",
  "-dBATCH",
  "-sDEVICE=png16m",
  "-r120",
  "-dTextAlphaBits=4",
  "-dGraphicsAlphaBits=4",
  "-dDEVICEWIDTHPOINTS=842",
  "-dDEVICEHEIGHTPOINTS=150",
  "-dFIXEDMEDIA",
  "-dFirstPage=1",
  "-dLastPage=1",
  `-sOutputFile=${out}`,
  "-c",
  "<</PageOffset [0 445]>> setpagedevice",
  "-f",
  pdf,
]);
console.log(`${out}: ${fs.statSync(out).size} bytes`);
