// browser.theme_print: the theme follows prefers-color-scheme and the toggle overrides it; print
// media opens every <details>, hides the controls, and screen media closes them again.
'use strict';
const { reports, fileUrl, launch, check, run } = require('./lib');

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

run('browser.theme_print', async () => {
  let { context, close } = await launch({ colorScheme: 'light' });
  let page = await context.newPage();
  await page.goto(fileUrl(reports.packs));
  const light = await background(page);
  check(light === 'rgb(255, 255, 255)', 'light by default: ' + light);
  check((await page.textContent('#theme-toggle')).includes('Dark'), 'toggle offers dark');
  await page.click('#theme-toggle');
  check((await page.getAttribute('html', 'data-theme')) === 'dark', 'toggle sets data-theme=dark');
  const dark = await background(page);
  check(dark === 'rgb(13, 17, 23)', 'dark after toggle: ' + dark);
  check((await page.getAttribute('#theme-toggle', 'aria-pressed')) === 'true', 'toggle pressed');
  await page.click('#theme-toggle');
  check((await background(page)) === light, 'toggle back to light');

  // Print: every <details> open and its content visible, controls hidden.
  const total = await page.$$eval('details', (els) => els.length);
  check(total > 0, total + ' details elements');
  check((await page.$$eval('details[open]', (els) => els.length)) === 0, 'all closed on screen');
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(100);
  check((await page.$$eval('details[open]', (els) => els.length)) === total, 'print: all details open');
  check(await page.isVisible('.help-body >> nth=0'), 'print: rule help visible');
  check(!(await page.isVisible('#filters')), 'print: filters hidden');
  check(!(await page.isVisible('#theme-toggle')), 'print: theme toggle hidden');
  check((await background(page)) === 'rgb(255, 255, 255)', 'print: white background');
  await page.emulateMedia({ media: 'screen' });
  await page.waitForTimeout(100);
  check((await page.$$eval('details[open]', (els) => els.length)) === 0, 'screen: closed again');
  await close();

  // Without the script, print CSS alone shows the rule help.
  ({ context, close } = await launch({ colorScheme: 'dark' }));
  page = await context.newPage();
  await page.goto(fileUrl(reports.packs));
  check((await background(page)) === 'rgb(13, 17, 23)', 'prefers-color-scheme: dark is followed');
  check((await page.textContent('#theme-toggle')).includes('Light'), 'toggle offers light');
  await close();
  // Scripts off: the page is complete, and print CSS alone shows the closed rule help.
  ({ context, close } = await launch({ colorScheme: 'light', javaScriptEnabled: false }));
  page = await context.newPage();
  await page.goto(fileUrl(reports.packs));
  const findings = await page.$$eval('#finding-list .finding', (els) =>
    els.filter((e) => e.offsetParent !== null).length);
  check(findings > 0 && String(findings) === (await page.textContent('#total-number')),
        'no script: all ' + findings + ' findings visible');
  check(!(await page.isVisible('#filters')), 'no script: inert filter controls stay hidden');
  check(!(await page.isVisible('.help-body >> nth=0')), 'no script, screen: rule help closed');
  await page.emulateMedia({ media: 'print' });
  check(await page.isVisible('.help-body >> nth=0'), 'no script, print: rule help visible');
  await close();
});
