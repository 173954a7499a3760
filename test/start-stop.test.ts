/**
 * npm start / npm stop on a machine without desktop Excel (Linux): certificates, the printed
 * instructions, and the real scripts: start serves the add-in over https until stop stops it.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";

interface HttpsChoice {
  server: unknown;
  source: string;
  trusted: boolean;
  caPath?: string;
  note: string;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const certs: {
  readCertFiles(dir: string): { ok: boolean; reason?: string };
  resolveHttps(o: {
    platform?: string;
    dir?: string;
    devCerts?: unknown;
    log?: (s: string) => void;
  }): Promise<HttpsChoice>;
} = require("../scripts/lib/dev-certs");
const { startInstructions, canSideloadDesktop } = require("../scripts/lib/instructions") as {
  startInstructions(o: {
    baseUrl: string;
    manifestPath: string;
    platform: string;
    https: Partial<HttpsChoice>;
    sideloaded?: boolean;
    pid?: number;
  }): string;
  canSideloadDesktop(platform: string): boolean;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "..");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "tcloud-start-"));

describe("instructions", () => {
  const base = { baseUrl: "https://localhost:3000/", manifestPath: "/home/me/addin/manifest.xml", pid: 42 };

  test("Linux: serve, sideload into Excel on the web, standalone page, stop", () => {
    const text = startInstructions({
      ...base,
      platform: "linux",
      https: { source: "office-addin-dev-certs", trusted: false, caPath: "/home/me/.office-addin-dev-certs/ca.crt" },
    });
    expect(text).toContain("The add-in is served at https://localhost:3000/ (process 42).");
    expect(text).toContain("Desktop Excel does not run on linux: sideload the add-in into Excel on the web.");
    expect(text).toContain("Upload My Add-in");
    expect(text).toContain("       /home/me/addin/manifest.xml");
    expect(text).toContain("npx office-addin-debugging start manifest.xml web --document <workbook URL>");
    expect(text).toContain("Trust the development CA /home/me/.office-addin-dev-certs/ca.crt");
    expect(text).toContain("Standalone calculator (no Excel needed): https://localhost:3000/taskpane.html");
    expect(text).toContain("Function help: https://localhost:3000/help/index.html");
    expect(text).toContain("Stop the server with `npm stop`");
  });

  test("self-signed fallback says how to accept the certificate", () => {
    const text = startInstructions({ ...base, platform: "linux", https: { source: "self-signed", trusted: false } });
    expect(text).toContain("self-signed certificate. Open https://localhost:3000/taskpane.html once");
  });

  test("Windows and macOS sideload into desktop Excel", () => {
    expect(canSideloadDesktop("win32")).toBe(true);
    expect(canSideloadDesktop("darwin")).toBe(true);
    expect(canSideloadDesktop("linux")).toBe(false);
    const text = startInstructions({
      ...base,
      platform: "win32",
      sideloaded: true,
      https: { source: "office-addin-dev-certs", trusted: true, caPath: "C:\\ca.crt" },
    });
    expect(text).toContain("Desktop Excel was started with the add-in sideloaded");
    expect(text).not.toContain("Desktop Excel does not run");
  });
});

describe("certificates", () => {
  test("no certificate files and no office-addin-dev-certs: webpack-dev-server's self-signed https", async () => {
    const choice = await certs.resolveHttps({ platform: "linux", dir: tmp(), devCerts: null });
    expect(choice.server).toBe("https");
    expect(choice.source).toBe("self-signed");
    expect(choice.note).toMatch(/self-signed certificate \(missing .*ca\.crt/);
  });

  test("Linux: office-addin-dev-certs generates the files (no trust step) and they are read", async () => {
    const dir = tmp();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const choice = await certs.resolveHttps({ platform: "linux", dir, devCerts: require("office-addin-dev-certs") });
    expect(choice.source).toBe("office-addin-dev-certs");
    expect(choice.trusted).toBe(false);
    expect(choice.caPath).toBe(path.join(dir, "ca.crt"));
    const { options } = choice.server as { options: { ca: string; cert: string; key: string } };
    expect(options.cert).toContain("BEGIN CERTIFICATE");
    expect(options.key).toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    expect(certs.readCertFiles(dir).ok).toBe(true);
  });

  test("unusable files fall back to self-signed", async () => {
    const dir = tmp();
    for (const f of ["ca.crt", "localhost.crt", "localhost.key"])
      fs.writeFileSync(path.join(dir, f), "not a certificate");
    const choice = await certs.resolveHttps({ platform: "linux", dir, devCerts: null });
    expect(choice.source).toBe("self-signed");
    expect(choice.note).toContain("unreadable certificate files");
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "localhost", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function get(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("npm start / npm stop", () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
  });

  test("start builds and serves over https with the generated certificates until stop", async () => {
    const home = tmp();
    const port = await freePort();
    const env: NodeJS.ProcessEnv & { ADDIN_STATE_FILE: string } = {
      ...process.env,
      HOME: home,
      USERPROFILE: home,
      ADDIN_STATE_FILE: path.join(home, "state.json"),
    };
    delete env.npm_package_config_dev_server_port;
    child = spawn(process.execPath, ["scripts/start.js", "--port", String(port)], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout?.on("data", (c) => (out += c));
    child.stderr?.on("data", (c) => (out += c));
    const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (out.includes("Stop the server with")) {
          clearInterval(timer);
          resolve();
        } else if (child?.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`start exited early:\n${out}`));
        }
      }, 200);
    });
    expect(out).toContain(`The add-in is served at https://localhost:${port}/`);
    expect(out).toContain("Desktop Excel does not run on linux");
    expect(out).toContain(`Standalone calculator (no Excel needed): https://localhost:${port}/taskpane.html`);

    // Served with the development CA that start generated in $HOME/.office-addin-dev-certs.
    const ca = fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"), "utf8");
    const base = `https://localhost:${port}/`;
    const metadata = await get(`${base}functions.json`, ca);
    expect(metadata.status).toBe(200);
    expect(JSON.parse(metadata.body).functions.map((f: { id: string }) => f.id)).toContain("OCR_COST");
    expect((await get(`${base}functions.zh-CN.json`, ca)).body).toContain("文字识别费用");
    expect((await get(`${base}help/OCR_COST.html`, ca)).body).toContain("TCLOUD.OCR_COST function");
    expect((await get(`${base}taskpane.html`, ca)).status).toBe(200);
    expect((await get(`${base}manifest.xml`, ca)).body).toContain("<OfficeApp");

    const state = JSON.parse(fs.readFileSync(env.ADDIN_STATE_FILE, "utf8"));
    expect(state).toMatchObject({ pid: child.pid, port, url: base });

    const again = spawnSync(process.execPath, ["scripts/start.js", "--port", String(port)], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`already served at ${base} by process ${child.pid}`);

    const stop = spawnSync(process.execPath, ["scripts/stop.js"], { cwd: ROOT, env, encoding: "utf8" });
    expect(stop.stdout).toContain(`Stopping the add-in server at ${base} (process ${child.pid})`);
    expect(stop.status).toBe(0);
    expect(await exited).toBe(0);
    expect(fs.existsSync(env.ADDIN_STATE_FILE)).toBe(false);

    const nothing = spawnSync(process.execPath, ["scripts/stop.js"], { cwd: ROOT, env, encoding: "utf8" });
    expect(nothing.status).toBe(0);
    expect(nothing.stdout).toContain("nothing to stop");
  }, 180_000);
});
