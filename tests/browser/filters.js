// browser.filters: severity chips and the keyword box change what is shown; the shown count and
// the visible rows agree; clearing restores everything.
'use strict';
const { reports, fileUrl, launch, check, run } = require('./lib');

run('browser.filters', async () => {
  const { context, close } = await launch();
  const page = await context.newPage();
  await page.goto(fileUrl(reports.packs));
  const shown = async () => Number(await page.textContent('#shown-number'));
  const visible = async () => page.$$eval('#finding-list .finding', (els) =>
    els.filter((e) => e.offsetParent !== null).map((e) => ({
      severity: e.getAttribute('data-severity'), rule: e.getAttribute('data-rule'),
      pack: e.getAttribute('data-pack'),
      text: e.textContent.toLowerCase() })));
  const total = Number(await page.textContent('#total-number'));
  check((await shown()) === total && (await visible()).length === total,
        'everything shown at first: ' + total);

  await page.click('button.chip[data-filter="severity"][data-value="error"]');
  let rows = await visible();
  const errors = Number(await page.textContent('[data-severity-count="error"]'));
  check(rows.length === errors && (await shown()) === errors,
        'error chip: ' + rows.length + ' rows, count ' + (await shown()) + ', expected ' + errors);
  check(rows.every((r) => r.severity === 'error'), 'error chip: only errors visible');
  check((await page.getAttribute('button.chip[data-filter="severity"][data-value="error"]',
                                 'aria-pressed')) === 'true', 'chip is pressed');

  await page.fill('#keyword', 'sec009');
  rows = await visible();
  check(rows.length > 0 && rows.length < errors, 'keyword narrows the errors to ' + rows.length);
  check(rows.every((r) => r.severity === 'error' && r.rule === 'SEC009'),
        'keyword + chip: only SEC009 errors');
  check((await shown()) === rows.length, 'shown count follows: ' + (await shown()));
  const hiddenGroups = await page.$$eval('#finding-list .rule-group[hidden]', (els) => els.length);
  check(hiddenGroups > 0, 'rule groups without shown findings are hidden');

  await page.fill('#keyword', 'no such finding anywhere');
  check((await shown()) === 0 && (await page.isVisible('#no-match')), 'no match: 0 shown, message');

  await page.click('#clear-filters');
  rows = await visible();
  check((await shown()) === total && rows.length === total, 'clear restores all ' + total);
  check((await page.inputValue('#keyword')) === '', 'keyword cleared');
  check(!(await page.isVisible('#no-match')), 'no-match message hidden again');

  // Two chips of one kind are alternatives; kinds combine.
  await page.click('button.chip[data-filter="pack"][data-value="CyberWatch"]');
  await page.click('button.chip[data-filter="pack"][data-value="NotesToolkit"]');
  rows = await visible();
  check(rows.length > 0 && rows.every((r) => r.pack === 'CyberWatch' || r.pack === 'NotesToolkit') &&
        new Set(rows.map((r) => r.pack)).size === 2, 'two pack chips show both packs');
  await page.click('button.chip[data-filter="pack"][data-value="NotesToolkit"]');
  rows = await visible();
  check(rows.every((r) => r.pack === 'CyberWatch'), 'unpressing a chip narrows again');
  await page.click('#clear-filters');
  check((await shown()) === total, 'cleared again');
  await close();
});
