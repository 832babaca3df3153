// browser.network: opening either report makes no request but the file:// document itself;
// every other request is aborted and fails the test.
'use strict';
const { reports, fileUrl, launch, check, run } = require('./lib');

run('browser.network', async () => {
  const { context, close } = await launch();
  for (const name of ['packs', 'hostile']) {
    const page = await context.newPage();
    const url = fileUrl(reports[name]);
    const requests = [];
    const unexpected = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('websocket', (w) => unexpected.push('websocket ' + w.url()));
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      unexpected.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    await page.$$eval('details', (els) => els.forEach((d) => { d.open = true; }));
    for (const chip of (await page.$$('button.chip')).slice(0, 10)) await chip.click();
    await page.click('#theme-toggle');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.waitForTimeout(300);
    const others = requests.filter((u) => u !== url);
    check(requests.includes(url), name + ': the document itself was requested');
    check(others.length === 0, name + ': no other request ' + others.join(' | '));
    check(unexpected.length === 0, name + ': nothing aborted ' + unexpected.join(' | '));
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name));
    check(resources.length === 0, name + ': no resource timing entries ' + resources.join(' | '));
    await page.close();
  }
  await close();
});
