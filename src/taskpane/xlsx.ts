/**
 * A small .xlsx writer: a zip (stored, no compression) of the SpreadsheetML parts Excel,
 * LibreOffice and Numbers need. Text is written as inline strings, so a cell that reads
 * "=HYPERLINK(...)" or "@SUM(...)" is text, never a formula. A formula exists only as an
 * explicit `{ formula }` cell (the portable workbooks: src/compare/portable), never from text.
 */

import { columnLetter, uniqueSheetName } from "../compare/layout";

export interface XlsxError {
  readonly error: "#N/A" | "#VALUE!" | "#NUM!";
}

/**
 * A formula (A1 syntax, without the leading "=") and, optionally, the value it had when written:
 * viewers that do not calculate show that value; every calculating application recalculates on load.
 */
export interface XlsxFormula {
  readonly formula: string;
  readonly cached?: string | number | boolean | null | XlsxError;
}

/** `{ error }` is an Excel error value (t="e"): SUM, ISNA and IFERROR see the error. */
export type XlsxCell = string | number | boolean | null | undefined | XlsxError | XlsxFormula;

export interface XlsxSheet {
  readonly name: string;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** Rows (from the top) shown bold, e.g. a title and a header row. */
  readonly boldRows?: readonly number[];
  /** Number format code per cell (rows and columns 0-based), e.g. "¥#,##0.00##"; applied to numbers only. */
  readonly cellFormats?: readonly (readonly (string | null | undefined)[] | undefined)[];
  /** Column widths in characters (0-based). */
  readonly columnWidths?: readonly (number | undefined)[];
  /** Rows kept in view at the top when scrolling (a frozen pane). */
  readonly frozenRows?: number;
  /** Sheet protection without a password: guards against accidental edits, hides nothing. */
  readonly protect?: boolean;
}

const MAX_CELL_TEXT = 32767;

/* ---------- CRC-32 and the zip container ---------- */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** 1980-01-01 00:00 in DOS format: a fixed time keeps the output reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A zip archive of stored (uncompressed) entries with UTF-8 names. */
export function zipStored(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8(entry.name);
    const crc = crc32(entry.data);
    const size = entry.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // names are UTF-8
    lv.setUint16(8, 0, true); // stored
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, size, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true);
    local.set(name, 30);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, 0, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, size, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);

    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + size;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/* ---------- SpreadsheetML ---------- */

const PLAIN_ASCII = /^[\t\n\r\x20-\x7E]*$/;

/** Drops what XML 1.0 cannot carry: control characters, U+FFFE/U+FFFF and lone surrogates. */
export function stripInvalidXml(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (
      cp === 0x9 ||
      cp === 0xa ||
      cp === 0xd ||
      (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) ||
      cp >= 0x10000
    )
      out += ch;
  }
  return out;
}

export function xmlText(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** The shortest text that reads back as the same double; never exponent notation for ordinary sizes. */
function numberText(value: number): string {
  return String(value);
}

interface Styles {
  readonly xml: string;
  /** Style index for (bold, format code). */
  index(bold: boolean, format: string | undefined): number;
}

function buildStyles(sheets: readonly XlsxSheet[]): Styles {
  const formats: string[] = [];
  for (const sheet of sheets)
    for (const row of sheet.cellFormats ?? [])
      for (const f of row ?? []) if (f && !formats.includes(f)) formats.push(f);
  const fmtId = (format: string | undefined): number => (format ? 164 + formats.indexOf(format) : 0);
  // cellXfs: 0 = plain, 1 = bold, then (plain, bold) per format.
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
  ];
  for (const format of formats) {
    xfs.push(`<xf numFmtId="${fmtId(format)}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
    xfs.push(
      `<xf numFmtId="${fmtId(format)}" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>`,
    );
  }
  const numFmts = formats.length
    ? `<numFmts count="${formats.length}">${formats.map((f) => `<numFmt numFmtId="${fmtId(f)}" formatCode="${xmlText(f)}"/>`).join("")}</numFmts>`
    : "";
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    numFmts +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>";
  return {
    xml,
    index: (bold, format) => (format ? 2 + formats.indexOf(format) * 2 + (bold ? 1 : 0) : bold ? 1 : 0),
  };
}

function cellXml(value: XlsxCell, ref: string, style: number, styleForNumber: number): string {
  const s = (n: number): string => (n ? ` s="${n}"` : "");
  if (value === null || value === undefined || value === "") return style ? `<c r="${ref}"${s(style)}/>` : "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return cellXml(String(value), ref, style, styleForNumber);
    return `<c r="${ref}"${s(styleForNumber)}><v>${numberText(value)}</v></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}"${s(style)} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object" && "formula" in value) return formulaXml(value, ref, s(styleForNumber));
  if (typeof value === "object") return `<c r="${ref}"${s(style)} t="e"><v>${value.error}</v></c>`;
  const text = [...String(value)].slice(0, MAX_CELL_TEXT).join("");
  return `<c r="${ref}"${s(style)} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

function formulaXml(cell: XlsxFormula, ref: string, style: string): string {
  const f = `<f>${xmlText(cell.formula)}</f>`;
  const cached = cell.cached;
  if (cached === undefined || cached === null) return `<c r="${ref}"${style}>${f}</c>`;
  if (typeof cached === "number" && Number.isFinite(cached))
    return `<c r="${ref}"${style}>${f}<v>${numberText(cached)}</v></c>`;
  if (typeof cached === "boolean") return `<c r="${ref}"${style} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
  if (typeof cached === "object") return `<c r="${ref}"${style} t="e">${f}<v>${cached.error}</v></c>`;
  return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(String(cached))}</v></c>`;
}

const hasFormula = (sheet: XlsxSheet): boolean =>
  sheet.rows.some((row) => row.some((cell) => typeof cell === "object" && cell !== null && "formula" in cell));

function sheetXml(sheet: XlsxSheet, styles: Styles): string {
  const bold = new Set(sheet.boldRows ?? []);
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const rows = sheet.rows.map((row, r) => {
    const cells = row
      .map((value, c) => {
        const isBold = bold.has(r);
        const format = sheet.cellFormats?.[r]?.[c] ?? undefined;
        return cellXml(value, cellAddress(r, c), styles.index(isBold, undefined), styles.index(isBold, format));
      })
      .join("");
    return `<row r="${r + 1}">${cells}</row>`;
  });
  const widths = sheet.columnWidths ?? [];
  const cols = widths.some((w) => w)
    ? `<cols>${widths.map((w, c) => (w ? `<col min="${c + 1}" max="${c + 1}" width="${Math.min(255, Math.max(1, w))}" customWidth="1"/>` : "")).join("")}</cols>`
    : "";
  const frozen = sheet.frozenRows ?? 0;
  const views =
    frozen > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : "";
  const dimension =
    sheet.rows.length && width ? `<dimension ref="A1:${cellAddress(sheet.rows.length - 1, width - 1)}"/>` : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    dimension +
    views +
    cols +
    `<sheetData>${rows.join("")}</sheetData>` +
    (sheet.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : "") +
    "</worksheet>"
  );
}

/** The .xlsx file (bytes) of one or more sheets. */
export function buildXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  if (sheets.length === 0) throw new Error("an .xlsx file needs at least one sheet");
  const names: string[] = [];
  for (const sheet of sheets) names.push(uniqueSheetName(stripInvalidXml(sheet.name), names));
  const styles = buildStyles(sheets);
  const entries: ZipEntry[] = [
    {
      name: "[Content_Types].xml",
      data: utf8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          names
            .map(
              (_, i) =>
                `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join("") +
          "</Types>",
      ),
    },
    {
      name: "_rels/.rels",
      data: utf8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          "</Relationships>",
      ),
    },
    {
      name: "xl/workbook.xml",
      data: utf8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          `<sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
          // Formulas are recalculated when the file is opened: cached values are only a preview.
          (sheets.some(hasFormula) ? '<calcPr calcId="0" fullCalcOnLoad="1"/>' : "") +
          "</workbook>",
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: utf8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          names
            .map(
              (_, i) =>
                `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
            )
            .join("") +
          `<Relationship Id="rId${names.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
          "</Relationships>",
      ),
    },
    { name: "xl/styles.xml", data: utf8(styles.xml) },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: utf8(sheetXml(sheet, styles)) })),
  ];
  return zipStored(entries);
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
