#!/usr/bin/env node
/*
 * npm stop: stop the server `npm start` runs (found through its state file) and, where desktop
 * Excel was sideloaded, unregister the add-in (office-addin-debugging stop).
 */
const { spawnSync } = require("child_process");
const { ROOT, isAlive, officeAddinDebugging, readState, removeState } = require("./lib/state");
const { canSideloadDesktop } = require("./lib/instructions");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid, ms) {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

async function main() {
  const state = readState();
  if (!state) {
    console.log("No add-in server started by `npm start` is recorded: nothing to stop.");
  } else if (!isAlive(state.pid)) {
    console.log(`The add-in server (process ${state.pid}) is no longer running.`);
    removeState();
  } else {
    console.log(`Stopping the add-in server at ${state.url} (process ${state.pid})...`);
    process.kill(state.pid, "SIGTERM");
    if (!(await waitForExit(state.pid, 15000))) {
      console.log("It did not stop within 15 s: killing it.");
      process.kill(state.pid, "SIGKILL");
      await waitForExit(state.pid, 5000);
    }
    removeState();
    console.log("Stopped.");
  }
  // Desktop Excel: unregister the sideloaded add-in (start.js does this too when it can).
  if (canSideloadDesktop() && (!state || state.sideloaded)) {
    const [command, argv] = officeAddinDebugging(["stop", "manifest.xml", "desktop"]);
    spawnSync(command, argv, { cwd: ROOT, stdio: "inherit" });
  }
}

main().catch((error) => {
  console.error(`npm stop failed: ${error.message}`);
  process.exit(1);
});
