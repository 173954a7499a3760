/*
 * The state file `npm start` writes and `npm stop` reads: which process serves the add-in,
 * on which port, and whether desktop Excel was sideloaded.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..", "..");

function stateFile() {
  return process.env.ADDIN_STATE_FILE || path.join(ROOT, ".addin-dev-server.json");
}

function readState(file = stateFile()) {
  try {
    const state = JSON.parse(fs.readFileSync(file, "utf8"));
    return Number.isInteger(state.pid) ? state : undefined;
  } catch {
    return undefined;
  }
}

function writeState(state, file = stateFile()) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(state, null, 2) + "\n");
}

/** Removes the state file if it still describes `pid` (or unconditionally without a pid). */
function removeState(pid, file = stateFile()) {
  const state = readState(file);
  if (pid === undefined || !state || state.pid === pid) fs.rmSync(file, { force: true });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The office-addin-debugging command line, run with this Node (no npx, no shell). */
function officeAddinDebugging(args) {
  return [process.execPath, [require.resolve("office-addin-debugging/cli.js"), ...args]];
}

module.exports = { ROOT, stateFile, readState, writeState, removeState, isAlive, officeAddinDebugging };
