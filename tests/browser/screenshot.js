// browser.screenshot: writes screenshots of the example packs' report (light, the top of the
// page, and dark) and of the hostile report into the test output folder, for people to look at.
'use strict';
const fs = require('fs');
const path = require('path');
const { outDir, reports, fileUrl, launch, check, run } = require('./lib');

run('browser.screenshot', async () => {
  const { context, close } = await launch();
  const page = await context.newPage();
  await page.goto(fileUrl(reports.packs));
  const shots = {
    'report.png': async () => page.screenshot({ path: path.join(outDir, 'report.png') }),
    'report-dark.png': async () => {
      await page.click('#theme-toggle');
      await page.evaluate(() => document.getElementById('findings').scrollIntoView());
      await page.screenshot({ path: path.join(outDir, 'report-dark.png') });
    },
    'hostile.png': async () => {
      await page.goto(fileUrl(reports.hostile));
      await page.evaluate(() =>
        document.querySelector('#finding-list .pack-group[data-pack="HtmlInjection"]').scrollIntoView());
      await page.screenshot({ path: path.join(outDir, 'hostile.png') });
    },
  };
  for (const [name, take] of Object.entries(shots)) {
    const file = path.join(outDir, name);
    fs.rmSync(file, { force: true });
    await take();
    check(fs.existsSync(file) && fs.statSync(file).size > 5000, 'wrote ' + file);
  }
  await close();
});
