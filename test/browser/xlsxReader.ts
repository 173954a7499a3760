import { inflateRawSync } from "zlib";

/**
 * A test-only reader of .xlsx files: unzips (stored or deflated entries) and reads each
 * sheet's cells by address, so tests check what a spreadsheet application would show.
 */

export interface ReadCell {
  readonly type: "n" | "s" | "b" | "str" | "inlineStr" | "e";
  readonly value: string | number | boolean;
  readonly style: number;
  readonly formula: string | null;
  /** The number format code its style applies ("General" when none). */
  readonly format: string;
}

export interface ReadSheet {
  readonly name: string;
  readonly cells: ReadonlyMap<string, ReadCell>;
  readonly xml: string;
  /** Rows frozen at the top (the pane's ySplit), 0 when none. */
  readonly frozenRows: number;
  /** Column widths in characters by 0-based column, where the sheet sets one. */
  readonly columnWidths: ReadonlyMap<number, number>;
}

export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip: no end of central directory");
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    if (buf.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(dataStart, dataStart + compressed);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: unsupported compression ${method}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[name] as string;
  });

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
};

const texts = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1])).join("");

export function readXlsx(bytes: Uint8Array): { sheets: ReadSheet[]; files: Map<string, Buffer> } {
  const files = unzip(bytes);
  const text = (name: string): string => {
    const f = files.get(name);
    if (!f) throw new Error(`missing part ${name}`);
    return f.toString("utf8");
  };
  const shared = files.has("xl/sharedStrings.xml")
    ? [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]))
    : [];
  // Style index → number format code: cellXfs' numFmtId, resolved through numFmts (or a built-in id).
  const styles = files.has("xl/styles.xml") ? text("xl/styles.xml") : "";
  const codes = new Map(
    [...styles.matchAll(/<numFmt\s[^>]*>/g)].map((m) => [attr(m[0], "numFmtId"), attr(m[0], "formatCode") ?? ""]),
  );
  const builtIn: Record<string, string> = {
    "0": "General",
    "1": "0",
    "2": "0.00",
    "3": "#,##0",
    "4": "#,##0.00",
    "10": "0.00%",
  };
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const xfFormats = [...cellXfs.matchAll(/<xf\s[^>]*>/g)].map((m) => {
    const id = attr(m[0], "numFmtId") ?? "0";
    return codes.get(id) ?? builtIn[id] ?? `numFmtId ${id}`;
  });
  const rels = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\s[^>]*>/g)].map((m) => [
      attr(m[0], "Id") as string,
      attr(m[0], "Target") as string,
    ]),
  );
  const sheets = [...text("xl/workbook.xml").matchAll(/<sheet\s[^>]*>/g)].map((m) => {
    const name = attr(m[0], "name") as string;
    const target = rels.get(attr(m[0], "r:id") as string) as string;
    const xml = text(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    const cells = new Map<string, ReadCell>();
    for (const c of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = ` ${c[1]}`;
      const ref = attr(tag, "r") as string;
      const type = (attr(tag, "t") ?? "n") as ReadCell["type"];
      const style = Number(attr(tag, "s") ?? 0);
      const inner = c[2] ?? "";
      const formulaMatch = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(inner);
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner);
      let value: string | number | boolean;
      if (type === "inlineStr") value = texts(inner);
      else if (type === "s") value = shared[Number(v?.[1])];
      else if (type === "b") value = v?.[1] === "1";
      else if (type === "n") value = v ? Number(v[1]) : "";
      else value = v ? unescapeXml(v[1]) : "";
      if (!v && type !== "inlineStr" && !formulaMatch) continue; // a styled empty cell
      const format = xfFormats[style] ?? "General";
      cells.set(ref, { type, value, style, formula: formulaMatch ? unescapeXml(formulaMatch[1]) : null, format });
    }
    const pane = /<pane\s[^>]*>/.exec(xml)?.[0];
    const frozenRows = pane && attr(pane, "state") === "frozen" ? Number(attr(pane, "ySplit") ?? 0) : 0;
    const columnWidths = new Map<number, number>();
    for (const m of xml.matchAll(/<col\s[^>]*>/g)) {
      const [min, max, width] = ["min", "max", "width"].map((a) => Number(attr(m[0], a)));
      for (let c = min; c <= max; c++) columnWidths.set(c - 1, width);
    }
    return { name, cells, xml, frozenRows, columnWidths };
  });
  return { sheets, files };
}
