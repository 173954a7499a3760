/**
 * office.js for the "inside Excel" browser test: Office.onReady reports host Excel, and a small
 * in-memory workbook answers the Excel.run calls src/sheets makes (worksheets, ranges, tables,
 * custom XML parts, the selection, formula cells, application.calculate). Like Excel it applies a leading
 * apostrophe as "this is text" and keeps "=…" input as a formula. Everything it was asked to do
 * is readable from window.__workbook.
 */
export function excelFakeScript(options: {
  displayLanguage: string;
  parts: { namespace: string; xml: string }[];
  /** The workbook uses the 1904 date system (DATE returns serials 1,462 smaller). */
  date1904?: boolean;
}): string {
  return `
(function () {
  var options = ${JSON.stringify(options)};
  var wb = { sheets: {}, order: ["Sheet1"], active: "Sheet1", parts: [], calculations: [], formulaWrites: [], selection: null, nextPart: 1 };
  wb.sheets.Sheet1 = { cells: {}, tables: [], formats: {} };
  options.parts.forEach(function (p) { wb.parts.push({ id: "part" + wb.nextPart++, namespace: p.namespace, xml: p.xml }); });
  window.__workbook = wb;

  function colIndex(letters) { var n = 0; for (var i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64; return n - 1; }
  function colName(i) { var s = ""; var n = i + 1; while (n > 0) { var r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }
  function parseRef(ref) { var m = /^([A-Z]+)(\\d+)$/.exec(ref.replace(/\\$/g, "")); return { col: colIndex(m[1]), row: Number(m[2]) - 1 }; }
  function parseRange(address) {
    var local = address.indexOf("!") >= 0 ? address.slice(address.lastIndexOf("!") + 1) : address;
    var parts = local.split(":");
    var a = parseRef(parts[0]); var b = parseRef(parts[1] || parts[0]);
    return { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  }
  function key(r, c) { return colName(c) + (r + 1); }
  function input(cell, value) {
    if (typeof value === "string" && value.charAt(0) === "'") { cell.value = value.slice(1); cell.formula = null; return; }
    if (typeof value === "string" && value.charAt(0) === "=") { cell.formula = value; cell.value = null; return; }
    cell.value = value === "" ? null : value; cell.formula = null;
  }
  function makeRange(sheetName, address) {
    var sheet = wb.sheets[sheetName];
    if (/^[A-Z]+:[A-Z]+$/.test(address)) {
      var col = address.split(":")[0];
      return { format: { set columnWidth(points) { (sheet.widths || (sheet.widths = {}))[col] = points; } } };
    }
    var box = parseRange(address);
    var range = {
      load: function () { return range; },
      format: { font: {}, autofitColumns: function () {} },
      get address() { return sheetName + "!" + key(box.r0, box.c0) + ":" + key(box.r1, box.c1); },
      get values() {
        var out = [];
        for (var r = box.r0; r <= box.r1; r++) { var row = []; for (var c = box.c0; c <= box.c1; c++) { var cell = sheet.cells[key(r, c)]; row.push(cell && cell.value !== null ? cell.value : ""); } out.push(row); }
        return out;
      },
      set values(rows) { write(rows); },
      set formulas(rows) { wb.formulaWrites.push(sheetName + "!" + address); write(rows); },
      set numberFormat(format) { sheet.formats[address] = format; }
    };
    function write(rows) {
      if (rows.length !== box.r1 - box.r0 + 1) throw new Error("InvalidArgument: " + rows.length + " rows for " + address);
      rows.forEach(function (row, i) {
        if (row.length !== box.c1 - box.c0 + 1) throw new Error("InvalidArgument: " + row.length + " columns for " + address);
        row.forEach(function (value, j) { var k = key(box.r0 + i, box.c0 + j); var cell = sheet.cells[k] || (sheet.cells[k] = {}); input(cell, value); });
      });
    }
    return range;
  }
  function usedRange(sheetName) {
    var keys = Object.keys(wb.sheets[sheetName].cells).filter(function (k) { var c = wb.sheets[sheetName].cells[k]; return c.value !== null || c.formula; });
    if (keys.length === 0) return makeRange(sheetName, "A1");
    var r0 = Infinity, c0 = Infinity, r1 = 0, c1 = 0;
    keys.forEach(function (k) { var p = parseRef(k); r0 = Math.min(r0, p.row); c0 = Math.min(c0, p.col); r1 = Math.max(r1, p.row); c1 = Math.max(c1, p.col); });
    return makeRange(sheetName, key(r0, c0) + ":" + key(r1, c1));
  }
  function makeSheet(name) {
    return {
      name: name,
      load: function () {},
      getRange: function (address) { return makeRange(name, address); },
      getUsedRange: function () { return usedRange(name); },
      getUsedRangeOrNullObject: function () {
        return {
          getSpecialCellsOrNullObject: function () {
            var cells = wb.sheets[name].cells;
            var areas = Object.keys(cells).filter(function (k) { return cells[k].formula; }).map(function (k) {
              return { address: name + "!" + k, formulas: [[cells[k].formula]] };
            });
            return { isNullObject: areas.length === 0, load: function () {}, areas: { load: function () {}, items: areas } };
          }
        };
      },
      tables: { add: function (address, hasHeaders) { var t = { address: address, hasHeaders: hasHeaders, style: "" }; wb.sheets[name].tables.push(t); return t; } },
      activate: function () { wb.active = name; },
      freezePanes: { freezeRows: function (count) { wb.sheets[name].frozenRows = count; } },
      protection: { protect: function (options, password) { wb.sheets[name].protected = { password: password || null }; } }
    };
  }
  var workbook = {
    worksheets: {
      load: function () {},
      get items() { return wb.order.map(makeSheet); },
      add: function (name) {
        if (wb.sheets[name]) throw new Error("ItemAlreadyExists: " + name);
        wb.sheets[name] = { cells: {}, tables: [], formats: {} }; wb.order.push(name); return makeSheet(name);
      },
      getItem: function (name) { if (!wb.sheets[name]) throw new Error("ItemNotFound: " + name); return makeSheet(name); },
      getActiveWorksheet: function () { return makeSheet(wb.active); }
    },
    getSelectedRange: function () {
      var sel = wb.selection || { sheet: wb.active, address: "A1" };
      return makeRange(sel.sheet, sel.address);
    },
    customXmlParts: {
      getByNamespace: function (ns) {
        return {
          load: function () {},
          get items() {
            return wb.parts.filter(function (p) { return p.namespace === ns; }).map(function (p) {
              return { id: p.id, delete: function () { wb.parts = wb.parts.filter(function (q) { return q.id !== p.id; }); }, getXml: function () { return { value: p.xml }; } };
            });
          }
        };
      },
      add: function (xml) { var m = /xmlns="([^"]*)"/.exec(xml); wb.parts.push({ id: "part" + wb.nextPart++, namespace: m ? m[1] : "", xml: xml }); }
    },
    application: { calculate: function (type) { wb.calculations.push(type); } },
    functions: {
      date: function (y, m, d) {
        var serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000 - (options.date1904 ? 1462 : 0);
        return { load: function () {}, value: serial };
      }
    }
  };
  var context = { workbook: workbook, sync: function () { return Promise.resolve(); } };
  window.Excel = { run: function (batch) { return Promise.resolve().then(function () { return batch(context); }); }, CalculationType: { full: "Full" } };
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    context: { displayLanguage: options.displayLanguage },
    onReady: function (callback) { return new Promise(function (resolve) { setTimeout(function () { if (callback) callback(info); resolve(info); }, 0); }); }
  };
  window.__tcloudFunctions = {};
  window.CustomFunctions = { associate: function (id, fn) { window.__tcloudFunctions[id] = fn; }, Error: function (code, message) { this.code = code; this.message = message; }, ErrorCode: {} };
})();
`;
}
