#!/usr/bin/env node
/*
 * npm start: build the add-in in development mode, serve it over https on localhost:3000
 * (office-addin-dev-certs certificates, or a self-signed fallback), and sideload it into desktop
 * Excel where there is one (office-addin-debugging, Windows and macOS). Elsewhere (Linux) print
 * the steps to sideload manifest.xml into Excel on the web. Keeps serving, rebuilding on change,
 * until `npm stop`, Ctrl+C or SIGTERM.
 *
 * Options: --port <n> (default: package.json config.dev_server_port, 3000), --no-sideload.
 * Environment: ADDIN_STATE_FILE (where the pid is recorded; .addin-dev-server.json by default).
 */
const { spawnSync } = require("child_process");
const net = require("net");
const path = require("path");
const { resolveHttps } = require("./lib/dev-certs");
const { canSideloadDesktop, startInstructions } = require("./lib/instructions");
const { ROOT, isAlive, officeAddinDebugging, readState, removeState, stateFile, writeState } = require("./lib/state");

function parseArgs(argv) {
  const options = { port: Number(process.env.npm_package_config_dev_server_port || 3000), sideload: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port") options.port = Number(argv[++i]);
    else if (arg.startsWith("--port=")) options.port = Number(arg.slice("--port=".length));
    else if (arg === "--no-sideload") options.sideload = false;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else throw new Error(`unknown option ${arg} (options: --port <n>, --no-sideload)`);
  }
  if (!Number.isInteger(options.port) || options.port <= 0 || options.port > 65535) {
    throw new Error("--port must be an integer between 1 and 65535");
  }
  return options;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log("usage: npm start [-- --port <n>] [-- --no-sideload]   (stop with npm stop)");
    return;
  }
  const previous = readState();
  if (previous && isAlive(previous.pid)) {
    console.error(
      `The add-in is already served at ${previous.url} by process ${previous.pid}. Run \`npm stop\` first.`,
    );
    process.exitCode = 1;
    return;
  }
  if (previous) removeState();
  if (!(await portIsFree(options.port))) {
    console.error(`Port ${options.port} is in use by another program. Stop it, or run \`npm start -- --port <n>\``);
    console.error("(the manifest points at https://localhost:3000/, so sideloading needs port 3000).");
    process.exitCode = 1;
    return;
  }

  const https = await resolveHttps({ log: (line) => console.log(line) });
  console.log(https.note);

  // Loaded late so that --help and the checks above answer quickly.
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const [addin] = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  addin.mode = "development";
  addin.stats = "errors-warnings";
  addin.infrastructureLogging = { level: "warn" };
  const devServer = {
    ...addin.devServer,
    port: options.port,
    host: "localhost",
    server: https.server,
    static: false,
    client: false,
    webSocketServer: false,
    setupExitSignals: false,
  };
  delete addin.devServer;
  const compiler = webpack(addin);
  const server = new WebpackDevServer(devServer, compiler);
  const baseUrl = `https://localhost:${options.port}/`;

  let stopping = false;
  let sideloaded = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping the add-in server (${signal})...`);
    try {
      await server.stop();
    } catch {
      // already stopped
    }
    removeState(process.pid);
    if (sideloaded) runOfficeAddinDebugging(["stop", "manifest.xml", "desktop"]);
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));

  console.log(`Building the add-in (development) and serving it on ${baseUrl} ...`);
  const firstBuild = new Promise((resolve) => {
    let first = true;
    compiler.hooks.done.tap("tcloud-start", (stats) => {
      const seconds = ((stats.endTime - stats.startTime) / 1000).toFixed(1);
      const errors = stats.compilation.errors.length;
      if (first) {
        first = false;
        resolve(stats);
      } else {
        console.log(`Rebuilt in ${seconds} s${errors ? ` with ${errors} error(s)` : ""}.`);
      }
    });
  });
  await server.start();
  const stats = await firstBuild;
  if (stats.hasErrors()) {
    console.error("The build has errors (above); the server keeps running and rebuilds when a file changes.");
  }

  writeState({
    pid: process.pid,
    port: options.port,
    url: baseUrl,
    startedAt: new Date().toISOString(),
    sideloaded: false,
  });

  if (options.sideload && canSideloadDesktop()) {
    if (options.port !== 3000) {
      console.log("Not sideloading: the manifest's URLs point at port 3000.");
    } else {
      console.log("Sideloading into desktop Excel (office-addin-debugging)...");
      sideloaded = runOfficeAddinDebugging([
        "start",
        "manifest.xml",
        "desktop",
        "--app",
        "excel",
        "--dev-server-port",
        String(options.port),
      ]);
      writeState({ ...readState(), sideloaded });
    }
  }

  console.log("");
  console.log(
    startInstructions({
      baseUrl,
      manifestPath: path.join(ROOT, "manifest.xml"),
      platform: process.platform,
      https,
      sideloaded,
      pid: process.pid,
    }),
  );
  console.log(`(state: ${path.relative(ROOT, stateFile()) || stateFile()})`);
}

/** Runs office-addin-debugging; its exit code is 0 even on errors, so its output is checked too. */
function runOfficeAddinDebugging(args) {
  const [command, argv] = officeAddinDebugging(args);
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const output = `${result.stdout || ""}${result.stderr || ""}`.trim();
  if (output) console.log(output.replace(/^/gm, "  "));
  return result.status === 0 && !/not supported|error|unable/i.test(output);
}

main().catch((error) => {
  console.error(`npm start failed: ${error.message}`);
  removeState(process.pid);
  process.exit(1);
});
