// HTTPS options for the dev server (https://localhost:3000). Office only loads add-ins over
// HTTPS, and on Windows/macOS it wants a certificate the system trusts. Two ways, tried in order:
//
// 1. office-addin-dev-certs (the Office tooling's way): makes a CA and a localhost certificate in
//    ~/.office-addin-dev-certs and installs the CA into the system trust store. Installing may
//    ask for confirmation (a Windows dialog, a macOS keychain prompt, sudo on Linux), so it runs
//    in a child process that has no terminal (sudo fails at once instead of asking) and a time
//    limit (a dialog nobody answers does not stall the dev server).
// 2. If that fails or times out — offline machines, no sudo, CI — a CA and a localhost
//    certificate are generated offline into .certs/ (git-ignored) with the same library's
//    generateCertificates (pure JavaScript, no network) and used without being installed. The
//    browser shows a warning until .certs/ca.crt is trusted by hand; the message says how.
//
// JUESUAN_DEV_CERTS=self-signed skips step 1; JUESUAN_DEV_CERTS=office makes a failure of
// step 1 fatal. `node scripts/dev-certs.cjs` prints which way was used.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a .cjs file, loaded by webpack.config.js
   with require(); office-addin-dev-certs is only required when it is needed (it is slow to load). */

const { spawn } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const LOCAL_DIR = path.join(ROOT, ".certs");
const LOCAL = {
  ca: path.join(LOCAL_DIR, "ca.crt"),
  cert: path.join(LOCAL_DIR, "localhost.crt"),
  key: path.join(LOCAL_DIR, "localhost.key"),
};
const TIMEOUT_MS = Number(process.env.JUESUAN_DEV_CERTS_TIMEOUT_MS) || 30_000;
const DAYS = 30;

/** Runs office-addin-dev-certs' install in a terminal-less child; resolves to an error text or null. */
function installWithOfficeTool() {
  const code = `require("office-addin-dev-certs").getHttpsServerOptions().then(
    () => process.exit(0),
    (e) => { process.stderr.write(String((e && e.message) || e)); process.exit(1); })`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-e", code], {
      cwd: ROOT,
      // A new session without a controlling terminal: sudo cannot prompt, it fails.
      detached: process.platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.resume();
    const timer = setTimeout(() => {
      try {
        // Kill the whole group (node, sudo, powershell), not just the node child.
        if (process.platform !== "win32" && child.pid) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
      resolve(`没有在 ${TIMEOUT_MS / 1000} 秒内完成（可能在等待确认）`);
    }, TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve(err.message);
    });
    child.on("exit", (status) => {
      clearTimeout(timer);
      resolve(status === 0 ? null : stderr.trim() || `退出码 ${status}`);
    });
  });
}

function readOfficeToolFiles() {
  const defaults = require("office-addin-dev-certs/lib/defaults");
  return {
    ca: fs.readFileSync(defaults.caCertificatePath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    key: fs.readFileSync(defaults.localhostKeyPath),
  };
}

/** A still-valid localhost certificate in .certs/, or null. */
function readLocalFiles() {
  try {
    const files = { ca: fs.readFileSync(LOCAL.ca), cert: fs.readFileSync(LOCAL.cert), key: fs.readFileSync(LOCAL.key) };
    const x509 = new crypto.X509Certificate(files.cert);
    const stillValidTomorrow = new Date(x509.validTo).getTime() > Date.now() + 86_400_000;
    return stillValidTomorrow && x509.checkHost("localhost") ? files : null;
  } catch {
    return null; // missing or unreadable: generate afresh
  }
}

async function generateLocalFiles() {
  fs.rmSync(LOCAL_DIR, { recursive: true, force: true });
  fs.mkdirSync(LOCAL_DIR, { recursive: true });
  const { generateCertificates } = require("office-addin-dev-certs");
  await generateCertificates(LOCAL.ca, LOCAL.cert, LOCAL.key, DAYS, ["localhost", "127.0.0.1"]);
  const files = readLocalFiles();
  if (!files) throw new Error(`生成的证书无法使用：${LOCAL_DIR}`);
  return files;
}

function trustHint() {
  switch (process.platform) {
    case "win32":
      return `certutil -user -addstore Root "${LOCAL.ca}"`;
    case "darwin":
      return `security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db "${LOCAL.ca}"`;
    default:
      return `sudo cp "${LOCAL.ca}" /usr/local/share/ca-certificates/juesuan-dev-ca.crt && sudo update-ca-certificates`;
  }
}

/**
 * @returns {Promise<{ca: Buffer, cert: Buffer, key: Buffer, source: "office-addin-dev-certs" | "self-signed"}>}
 */
async function getDevServerHttpsOptions(log = console.log) {
  const mode = process.env.JUESUAN_DEV_CERTS ?? "auto";
  if (mode !== "self-signed") {
    const failure = await installWithOfficeTool();
    if (failure === null) {
      log("[证书] 使用 office-addin-dev-certs 安装的受信任开发证书。");
      return { ...readOfficeToolFiles(), source: "office-addin-dev-certs" };
    }
    if (mode === "office") throw new Error(`office-addin-dev-certs 未能安装开发证书：${failure}`);
    log(`[证书] office-addin-dev-certs 未能安装受信任证书（${failure.split("\n")[0]}），改用本地自签名证书。`);
  }
  const files = readLocalFiles() ?? (await generateLocalFiles());
  log(`[证书] 使用 ${LOCAL_DIR} 中的自签名证书（未安装为受信任）。浏览器会提示不安全；要让 Excel 信任它，请运行：\n        ${trustHint()}`);
  return { ...files, source: "self-signed" };
}

module.exports = { getDevServerHttpsOptions, LOCAL_CERT_DIR: LOCAL_DIR };

if (require.main === module) {
  getDevServerHttpsOptions().then(
    (o) => console.log(`[证书] 来源：${o.source}`),
    (err) => {
      console.error(`[证书] 失败：${err.message}`);
      process.exitCode = 1;
    },
  );
}
