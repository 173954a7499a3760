/*
 * HTTPS options for the development server: the Office add-in development certificates
 * (office-addin-dev-certs, ~/.office-addin-dev-certs) where they can be made, or
 * webpack-dev-server's own self-signed certificate where they cannot.
 *
 * On Windows and macOS, office-addin-dev-certs installs a CA and trusts it (it may ask for a
 * password once). On Linux it can generate the files but cannot trust them (it calls sudo and
 * certutil), so the files are generated and read here and the user is told how to trust the CA.
 */
const { X509Certificate, createPrivateKey } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The three files office-addin-dev-certs writes, in a directory. */
function certPaths(dir = CERT_DIR) {
  return {
    dir,
    ca: path.join(dir, "ca.crt"),
    cert: path.join(dir, "localhost.crt"),
    key: path.join(dir, "localhost.key"),
  };
}

/**
 * Reads the certificate files in `dir` if all three exist and the localhost certificate is valid
 * for at least another hour. Returns `{ ca, cert, key }` (PEM strings) or a reason why not.
 */
function readCertFiles(dir = CERT_DIR, now = new Date()) {
  const paths = certPaths(dir);
  const missing = ["ca", "cert", "key"].filter((k) => !fs.existsSync(paths[k]));
  if (missing.length > 0) return { ok: false, reason: `missing ${missing.map((k) => paths[k]).join(", ")}` };
  try {
    const files = {
      ca: fs.readFileSync(paths.ca, "utf8"),
      cert: fs.readFileSync(paths.cert, "utf8"),
      key: fs.readFileSync(paths.key, "utf8"),
    };
    const cert = new X509Certificate(files.cert);
    const validTo = new Date(cert.validTo);
    if (!(validTo.getTime() > now.getTime() + 3600 * 1000)) {
      return { ok: false, expired: true, reason: `${paths.cert} expired on ${validTo.toISOString()}` };
    }
    if (!cert.checkPrivateKey(createPrivateKey(files.key))) {
      return { ok: false, reason: `${paths.key} does not match ${paths.cert}` };
    }
    return { ok: true, options: files, validTo };
  } catch (error) {
    return { ok: false, reason: `unreadable certificate files in ${dir}: ${error.message}` };
  }
}

function loadDevCertsModule() {
  try {
    return require("office-addin-dev-certs");
  } catch {
    return undefined;
  }
}

/**
 * Resolves the HTTPS options for the dev server. Never throws: the worst case is the
 * self-signed fallback.
 *
 * @param {object} [o]
 * @param {string} [o.platform] process.platform by default
 * @param {string} [o.dir] certificate directory (~/.office-addin-dev-certs)
 * @param {object} [o.devCerts] the office-addin-dev-certs module (injected by tests)
 * @param {(line: string) => void} [o.log]
 * @returns {Promise<{ server: "https" | { type: "https", options: object }, source: string, trusted: boolean, caPath?: string, note: string }>}
 */
async function resolveHttps(o = {}) {
  const platform = o.platform || process.platform;
  const dir = o.dir || CERT_DIR;
  const log = o.log || (() => {});
  const devCerts = o.devCerts === undefined ? loadDevCertsModule() : o.devCerts;
  const paths = certPaths(dir);
  const selfSigned = (why) => ({
    server: "https",
    source: "self-signed",
    trusted: false,
    note: `Using webpack-dev-server's self-signed certificate (${why}).`,
  });

  // Windows and macOS: the documented path, which installs and trusts the CA.
  if ((platform === "win32" || platform === "darwin") && devCerts && dir === CERT_DIR) {
    try {
      await devCerts.ensureCertificatesAreInstalled();
      const options = await devCerts.getHttpsServerOptions();
      return {
        server: { type: "https", options },
        source: "office-addin-dev-certs",
        trusted: true,
        caPath: paths.ca,
        note: `Using the trusted Office add-in development certificates in ${dir}.`,
      };
    } catch (error) {
      log(`office-addin-dev-certs could not install trusted certificates: ${firstLine(error)}`);
    }
  }

  let files = readCertFiles(dir);
  if (!files.ok && devCerts && typeof devCerts.generateCertificates === "function") {
    try {
      if (files.expired) for (const k of ["ca", "cert", "key"]) fs.rmSync(paths[k], { force: true });
      await devCerts.generateCertificates(paths.ca, paths.cert, paths.key);
    } catch (error) {
      log(`office-addin-dev-certs could not generate certificates: ${firstLine(error)}`);
    }
    files = readCertFiles(dir);
  }
  if (!files.ok) return selfSigned(files.reason);

  return {
    server: { type: "https", options: { ca: files.options.ca, cert: files.options.cert, key: files.options.key } },
    source: "office-addin-dev-certs",
    trusted: platform === "win32" || platform === "darwin" ? isTrusted(devCerts) : false,
    caPath: paths.ca,
    note: `Using the Office add-in development certificates in ${dir} (valid until ${files.validTo.toISOString().slice(0, 10)}).`,
  };
}

function isTrusted(devCerts) {
  try {
    return Boolean(devCerts && devCerts.verifyCertificates && devCerts.verifyCertificates());
  } catch {
    return false;
  }
}

function firstLine(error) {
  return String((error && error.message) || error).split("\n")[0];
}

module.exports = { CERT_DIR, certPaths, readCertFiles, resolveHttps };
