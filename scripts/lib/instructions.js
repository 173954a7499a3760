/*
 * What `npm start` prints once the add-in is served: where it is, how to sideload it, how to stop.
 * Pure functions of their arguments, so the text is tested as is.
 */

/** True where office-addin-debugging can sideload into desktop Excel. */
function canSideloadDesktop(platform = process.platform) {
  return platform === "win32" || platform === "darwin";
}

/**
 * @param {object} o
 * @param {string} o.baseUrl e.g. "https://localhost:3000/"
 * @param {string} o.manifestPath absolute path of manifest.xml
 * @param {string} o.platform process.platform
 * @param {{ source: string, trusted: boolean, caPath?: string }} o.https what resolveHttps chose
 * @param {boolean} [o.sideloaded] whether desktop Excel was started with the add-in
 * @param {number} [o.pid]
 * @returns {string}
 */
function startInstructions(o) {
  const url = (p) => new URL(p, o.baseUrl).href;
  const lines = [];
  lines.push(`The add-in is served at ${o.baseUrl}${o.pid ? ` (process ${o.pid})` : ""}.`);
  lines.push("");
  if (o.sideloaded) {
    lines.push("Desktop Excel was started with the add-in sideloaded (office-addin-debugging).");
    lines.push("If it does not show up, use Excel on the web as below.");
    lines.push("");
  } else if (!canSideloadDesktop(o.platform)) {
    lines.push(`Desktop Excel does not run on ${o.platform}: sideload the add-in into Excel on the web.`);
    lines.push("");
  }
  lines.push("Certificate:");
  if (o.https.source === "self-signed") {
    lines.push(`  The server uses a self-signed certificate. Open ${url("taskpane.html")} once in the`);
    lines.push('  browser you will use for Excel and accept it ("Advanced" > "Proceed to localhost").');
  } else if (o.https.trusted) {
    lines.push(`  The Office add-in development CA (${o.https.caPath}) is trusted by this system.`);
  } else {
    lines.push(`  Trust the development CA ${o.https.caPath} in the browser you will use for Excel:`);
    lines.push("  Chrome/Edge: Settings > Privacy and security > Security > Manage certificates >");
    lines.push('  Authorities > Import, tick "Trust this certificate for identifying websites";');
    lines.push("  Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import.");
    lines.push(`  (Or open ${url("taskpane.html")} once and accept the warning.)`);
  }
  lines.push("");
  lines.push("Sideload into Excel on the web:");
  lines.push("  1. Open https://www.office.com, sign in, and create or open a workbook in Excel.");
  lines.push("  2. Home > Add-ins > Advanced (older ribbons: Insert > Office Add-ins).");
  lines.push("  3. In the Office Add-ins dialog: MY ADD-INS > Upload My Add-in (some versions: Manage My Add-ins >");
  lines.push("     Upload My Add-in), Browse, choose this file and select Upload:");
  lines.push(`       ${o.manifestPath}`);
  lines.push('  4. Try =TCLOUD.OCR_COST("身份证识别", 9999) in a cell; Home > Price catalogs opens the task pane.');
  lines.push("  Or let office-addin-debugging do steps 2-3 for a workbook you can share (Share > Copy link):");
  lines.push("       npx office-addin-debugging start manifest.xml web --document <workbook URL>");
  lines.push("  To remove a sideloaded add-in from Excel on the web, clear the browser's cache.");
  lines.push("");
  lines.push(`Standalone calculator (no Excel needed): ${url("taskpane.html")}`);
  lines.push(`Function help: ${url("help/index.html")}`);
  lines.push("");
  lines.push("Stop the server with `npm stop` (or Ctrl+C here).");
  return lines.join("\n");
}

module.exports = { canSideloadDesktop, startInstructions };
