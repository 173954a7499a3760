#!/usr/bin/env node
/* The tcprice command: a thin wrapper that runs the built CLI (npm run build writes it). */
const path = require("path");
const fs = require("fs");

const built = path.join(__dirname, "..", "dist", "cli", "tcprice.js");
if (!fs.existsSync(built)) {
  process.stderr.write("tcprice is not built yet: run `npm run build` in " + path.resolve(__dirname, "..") + "\n");
  process.exit(1);
}
require(built).main(process.argv.slice(2));
