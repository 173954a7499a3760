import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * LibreOffice Calc headless with a private profile whose OOXMLRecalcMode is 0 (always): every
 * .xlsx is recalculated on load (the default profile keeps the cached values), then converted
 * (to xlsx to read the computed cells back, to pdf to render them) into `outDir`.
 */
export function soffice(files: readonly string[], outDir: string, format: "xlsx" | "pdf" = "xlsx"): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  fs.mkdirSync(path.join(profile, "user"));
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>\n',
  );
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
  } catch {
    throw new Error("LibreOffice (soffice) is missing: apt-get install -y libreoffice-calc (.ci/run does it)");
  }
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files],
    { stdio: "ignore", timeout: 150000 },
  );
}
