/**
 * A small reader of the formulas README.md shows, so a test can evaluate each one with the
 * built functions: =TCLOUD.NAME(arg, ...) where an arg is "text", a number, blank, DATE(y,m,d),
 * or an array constant {1,2;3,4} (rows split by ';', columns by ',').
 */
export interface Formula {
  readonly name: string;
  readonly args: unknown[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function excelDate(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86400000;
}

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  private peek(): string {
    return this.text[this.pos] ?? "";
  }
  private skipSpace(): void {
    while (this.peek() === " ") this.pos++;
  }
  private expect(ch: string): void {
    this.skipSpace();
    if (this.peek() !== ch) throw new Error(`expected ${ch} at ${this.pos} in ${this.text}`);
    this.pos++;
  }

  formula(): Formula {
    this.expect("=");
    const match = /^TCLOUD\.([A-Z_]+)\(/.exec(this.text.slice(this.pos));
    if (!match) throw new Error(`not a TCLOUD formula: ${this.text}`);
    this.pos += match[0].length;
    const args: unknown[] = [];
    this.skipSpace();
    if (this.peek() === ")") this.pos++;
    else {
      for (;;) {
        args.push(this.value());
        this.skipSpace();
        const ch = this.text[this.pos++];
        if (ch === ")") break;
        if (ch !== ",") throw new Error(`expected , or ) in ${this.text}`);
      }
    }
    return { name: match[1], args };
  }

  value(): unknown {
    this.skipSpace();
    const ch = this.peek();
    if (ch === "," || ch === ")" || ch === ";" || ch === "}") return null;
    if (ch === '"') {
      const end = this.text.indexOf('"', this.pos + 1);
      const s = this.text.slice(this.pos + 1, end);
      this.pos = end + 1;
      return s;
    }
    if (ch === "{") {
      this.pos++;
      const rows: unknown[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(this.value());
        this.skipSpace();
        const sep = this.text[this.pos++];
        if (sep === "}") break;
        if (sep === ";") rows.push([]);
        else if (sep !== ",") throw new Error(`bad array constant in ${this.text}`);
      }
      return rows;
    }
    const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)/.exec(this.text.slice(this.pos));
    if (date) {
      this.pos += date[0].length;
      return excelDate(Number(date[1]), Number(date[2]), Number(date[3]));
    }
    const num = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      return Number(num[0]);
    }
    throw new Error(`cannot read a value at ${this.pos} in ${this.text}`);
  }
}

export const parseFormula = (text: string): Formula => new Reader(text).formula();

/** A result as README writes it: a number, an error code, or an array constant. */
export function parseResult(text: string): unknown {
  if (/^#/.test(text)) return { error: text.split(/\s/)[0] };
  if (text.startsWith("{")) return new Reader(`=TCLOUD.X(${text})`).formula().args[0];
  return Number(text.replace(/,/g, ""));
}
