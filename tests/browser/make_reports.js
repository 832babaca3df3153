// browser.reports: writes the HTML reports the other browser tests open: the example packs
// (fixtures/packs) and the hostile tree (fixtures/hostile), scan date pinned.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { bin, outDir, sourceRoot, reports, check, run } = require('./lib');

run('browser.reports', async () => {
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, root] of [['packs', 'fixtures/packs'], ['hostile', 'fixtures/hostile']]) {
    fs.rmSync(reports[name], { force: true });
    const result = spawnSync(bin, ['scan', '.', '--today', '2026-01-15', '--html', reports[name]],
                             { cwd: path.join(sourceRoot, root), encoding: 'utf8' });
    check(result.status === 1, name + ': scan exits 1 (findings at error), got ' + result.status +
                               (result.stderr ? ' ' + result.stderr.trim() : ''));
    check(fs.existsSync(reports[name]) && fs.statSync(reports[name]).size > 10000,
          name + ': report written to ' + reports[name]);
  }
});
