// Shared helpers of the browser tests: paths, a Chromium launch that never touches the network
// or a browser download, and a small check/finish protocol (exit code 1 on any failed check).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const pwDir = process.env.PLAYWRIGHT_CORE_DIR;
if (!pwDir) {
  console.error('PLAYWRIGHT_CORE_DIR is not set (the CMake test registration sets it)');
  process.exit(2);
}
const { chromium } = require(pwDir);

const [bin, outDir] = process.argv.slice(2);
if (!bin || !outDir) {
  console.error('usage: node <test>.js <packaudit> <output folder>');
  process.exit(2);
}
const sourceRoot = path.resolve(__dirname, '..', '..');

// The reports browser.reports writes (make_reports.js).
const reports = {
  packs: path.join(outDir, 'packs.html'),
  hostile: path.join(outDir, 'hostile.html'),
};

function fileUrl(file) {
  return 'file://' + path.resolve(file).split(path.sep).map(encodeURIComponent).join('/');
}

const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// A persistent context on a fresh profile folder, removed again by close().
async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'packaudit-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme || 'light',
    javaScriptEnabled: options.javaScriptEnabled !== false,
    timeout: 30000,
  });
  context.setDefaultTimeout(10000);
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

let failures = 0;
function check(condition, message) {
  if (condition) {
    console.log('ok   ' + message);
  } else {
    failures += 1;
    console.log('FAIL ' + message);
  }
}

// Runs `body` with a deadline; prints a summary line and exits.
function run(name, body) {
  const deadline = setTimeout(() => {
    console.log('FAIL ' + name + ': did not finish within 50 s');
    process.exit(1);
  }, 50000);
  body()
    .catch((error) => {
      failures += 1;
      console.log('FAIL ' + name + ': ' + (error && error.stack ? error.stack : error));
    })
    .finally(() => {
      clearTimeout(deadline);
      console.log(name + ': ' + (failures === 0 ? 'passed' : failures + ' check(s) failed'));
      process.exit(failures === 0 ? 0 : 1);
    });
}

module.exports = { bin, outDir, sourceRoot, reports, fileUrl, launch, check, run };
