/**
 * Deployment: `npm run build -- --env production-url=https://host/path/` rewrites every
 * https://localhost:3000 URL in the manifest and in every built file.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require("../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => webpack.Configuration[];
const { rewriteLocalhost } = require("../scripts/build/addin-assets") as {
  rewriteLocalhost(text: string, base: string): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const PRODUCTION = "https://addins.example.com/tcloud/";

test("rewriteLocalhost rewrites URLs and the bare origin, nothing else", () => {
  const text = `<AppDomain>https://localhost:3000</AppDomain> "https://localhost:3000/help/X.html" https://localhost:30001/ http://localhost:3000/`;
  expect(rewriteLocalhost(text, PRODUCTION)).toBe(
    `<AppDomain>https://addins.example.com</AppDomain> "https://addins.example.com/tcloud/help/X.html" https://localhost:30001/ http://localhost:3000/`,
  );
  expect(rewriteLocalhost(text, "https://localhost:3000/")).toBe(text);
});

test("a production URL must be https and end in a slash", () => {
  expect(() => makeConfig({ "production-url": "http://example.com/" }, { mode: "production" })).toThrow(
    /https URL ending in "\/"/,
  );
  expect(() => makeConfig({ "production-url": "https://example.com/addin" }, { mode: "production" })).toThrow(
    /https URL ending in "\/"/,
  );
});

test("a build with a production URL leaves no localhost URL in any file", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "tcloud-deploy-"));
  const [addin] = makeConfig({ "production-url": PRODUCTION, "output-path": out }, { mode: "development" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...addin, mode: "development", devtool: false, stats: "none" }, (err, s) =>
      err || !s ? reject(err) : resolve(s),
    ),
  );
  expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);

  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(out);
  const text = files.filter((f) => /\.(html|json|xml|js|css|txt|map)$/.test(f));
  for (const name of [
    "manifest.xml",
    "functions.json",
    "functions.zh-CN.json",
    "taskpane.html",
    "help/OCR_COST.html",
    "help/index.html",
    "help/zh-CN/OCR_COST.html",
    "help/zh-CN/index.html",
  ]) {
    expect(text).toContain(path.join(out, name));
  }
  for (const file of text) {
    expect({ file, localhost: /localhost:3000/.test(fs.readFileSync(file, "utf8")) }).toEqual({
      file,
      localhost: false,
    });
  }
  const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(10);
  for (const url of urls) expect(url.startsWith(PRODUCTION)).toBe(true);
  expect(manifest).toContain("<AppDomain>https://addins.example.com</AppDomain>");
  for (const [name, pages] of [
    ["functions.json", "help/"],
    ["functions.zh-CN.json", "help/zh-CN/"],
  ]) {
    const metadata = JSON.parse(fs.readFileSync(path.join(out, name), "utf8")) as {
      functions: { id: string; helpUrl: string }[];
    };
    for (const f of metadata.functions) expect(f.helpUrl).toBe(`${PRODUCTION}${pages}${f.id}.html`);
  }
  fs.rmSync(out, { recursive: true, force: true });
}, 120_000);
