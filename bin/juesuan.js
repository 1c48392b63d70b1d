#!/usr/bin/env node
"use strict";
// The command is bundled into dist/cli.js by `npm ci` (prepare) or `npm run build:cli`.
try {
  require("../dist/cli.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("dist/cli.js")) {
    process.stderr.write("juesuan 尚未构建：请先运行 npm ci 或 npm run build:cli。\n");
    process.exit(2);
  }
  throw err;
}
