import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { BrowserContext } from "playwright-core";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A tiny static server for dist/ on 127.0.0.1 (the page must be served over http, not file://). */
export async function serveDirectory(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.resolve(base, "." + pathname);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.resolve(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");

export type OfficeJs =
  /** Microsoft's office.js from the @microsoft/office-js package, served in place of the CDN. */
  | { readonly kind: "real" }
  /** A script in place of office.js (the faked Excel workbook). */
  | { readonly kind: "script"; readonly body: string }
  /** A CDN that never answers (a firewall that drops the request): each request is held until answered with a body. */
  | { readonly kind: "hang"; readonly held: Array<(body: string) => Promise<void>> };

/**
 * Routes a browser context: the page's own server passes, office.js (and the files it loads
 * from the same CDN path) come from `office`, everything else is refused as this machine's
 * closed network would.
 */
export async function routeBrowser(
  context: BrowserContext,
  serverUrl: string,
  office: OfficeJs,
  outsideRequests: string[] = [],
): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(serverUrl) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      if (office.kind === "script")
        return route.fulfill({ status: 200, contentType: "text/javascript", body: office.body });
      if (office.kind === "hang") {
        office.held.push((body) => route.fulfill({ status: 200, contentType: "text/javascript", body }));
        return; // never answered unless released
      }
      const file = path.join(OFFICE_DIST, decodeURIComponent(new URL(url).pathname.slice("/lib/1/hosted/".length)));
      if (!file.startsWith(OFFICE_DIST + path.sep) || !fs.existsSync(file)) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
    }
    outsideRequests.push(url);
    return route.abort("connectionrefused");
  });
}
