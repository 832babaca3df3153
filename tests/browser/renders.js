// browser.renders: the example packs' report renders: title, gate banner, verdict cards, the
// pack table, severity counts and findings are visible; the script ran (controls shown) and
// sorting works.
'use strict';
const { reports, fileUrl, launch, check, run } = require('./lib');

run('browser.renders', async () => {
  const { context, close } = await launch();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(fileUrl(reports.packs));
  check((await page.title()).includes('certification report'), 'title: ' + (await page.title()));
  check(await page.isVisible('h1'), 'heading visible');
  check(await page.isVisible('#gate.gate-failed'), 'gate banner shows the failed gate');
  check((await page.textContent('#gate h2')).includes('Failed'), 'gate heading says Failed');
  const cards = await page.$$eval('.verdict-card', (els) =>
    els.map((e) => [e.getAttribute('data-pack'), e.getAttribute('data-verdict')]));
  check(cards.length === 10, 'ten verdict cards, got ' + cards.length);
  const verdictOf = Object.fromEntries(cards);
  check(verdictOf.AcmeThreatIntel === 'certification-ready', 'AcmeThreatIntel is certification-ready');
  check(verdictOf.LegacyPhishTools === 'blocked', 'LegacyPhishTools is blocked');
  check(verdictOf.PartnerDraft === 'not-certified', 'PartnerDraft is not certified');
  check(await page.isVisible('.verdict-card[data-pack="LegacyPhishTools"] .verdict-badge'),
        'verdict badge visible');
  check(await page.isVisible('.verdict-card[data-pack="LegacyPhishTools"] tr[data-group="security"].group-failed'),
        'failed security group row visible');
  const counts = {};
  for (const s of ['error', 'warning', 'note']) {
    counts[s] = Number(await page.textContent('[data-severity-count="' + s + '"]'));
    check(await page.isVisible('[data-severity-count="' + s + '"]'), s + ' count visible: ' + counts[s]);
  }
  check(counts.error > 0 && counts.warning > 0, 'severity counts are non-zero');
  check(await page.isVisible('svg.bar-chart'), 'bar chart visible');
  const findings = await page.$$eval('#finding-list .finding', (els) => els.length);
  check(findings === counts.error + counts.warning + counts.note,
        'findings listed (' + findings + ') match the severity counts');
  check(Number(await page.textContent('#shown-number')) === findings, 'shown count equals findings');
  check(await page.isVisible('#filters'), 'filter controls shown by the script');
  check(await page.isVisible('#theme-toggle'), 'theme toggle shown by the script');
  check(await page.isVisible('#metadata #duration-ms'), 'scan details visible');

  // Sorting the pack table by errors, ascending then descending.
  const errorsColumn = async () => page.$$eval('#pack-table tbody tr', (rows) =>
    rows.map((r) => Number(r.getAttribute('data-sort-error'))));
  await page.click('#pack-table button.sort[data-sort-key="error"]');
  let col = await errorsColumn();
  check(col.every((v, i) => i === 0 || col[i - 1] <= v), 'errors sorted ascending: ' + col);
  await page.click('#pack-table button.sort[data-sort-key="error"]');
  col = await errorsColumn();
  check(col.every((v, i) => i === 0 || col[i - 1] >= v), 'errors sorted descending: ' + col);
  check((await page.getAttribute('#pack-table th:nth-child(4)', 'aria-sort')) === 'descending',
        'aria-sort reflects the order');
  check(errors.length === 0, 'no page errors ' + errors.join('; '));
  await close();
});
