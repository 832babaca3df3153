// browser.hostile: the hostile pack's report (fixtures/hostile) runs nothing from pack content:
// window.__pwned stays undefined, no console message, no dialog, no page error, and the DOM holds
// only our own script, no image, no event-handler attribute and no javascript: link, even after
// every control is used. The payloads are on the page as text.
'use strict';
const { reports, fileUrl, launch, check, run } = require('./lib');

run('browser.hostile', async () => {
  const { context, close } = await launch();
  const page = await context.newPage();
  const consoleMessages = [];
  const dialogs = [];
  const pageErrors = [];
  page.on('console', (m) => consoleMessages.push(m.type() + ': ' + m.text()));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(fileUrl(reports.hostile));

  const pwned = async () => page.evaluate(() => typeof window.__pwned);
  check((await pwned()) === 'undefined', 'window.__pwned undefined after load');
  check(await page.isVisible('.verdict-card[data-pack="HtmlInjection"]'), 'hostile pack card shown');

  // Use every control: chips, keyword, sorting, theme, details, hover over every finding.
  for (const chip of await page.$$('button.chip')) {
    await chip.click();
    await chip.click();
  }
  await page.fill('#keyword', '<script>window.__pwned=1</script>');
  check(Number(await page.textContent('#shown-number')) > 0, 'keyword finds the payload as text');
  await page.fill('#keyword', '');
  for (const button of await page.$$('#pack-table button.sort')) await button.click();
  await page.click('#theme-toggle');
  await page.$$eval('details', (els) => els.forEach((d) => { d.open = true; }));
  for (const el of (await page.$$('.finding, .verdict-card, .host-pack tr')).slice(0, 60)) {
    await el.hover();
  }
  await page.waitForTimeout(200);
  check((await pwned()) === 'undefined', 'window.__pwned undefined after using the page');

  const dom = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    return {
      scripts: document.querySelectorAll('script').length,
      styles: document.querySelectorAll('style').length,
      images: document.querySelectorAll('img, iframe, object, embed, video, audio, link').length,
      svgs: document.querySelectorAll('svg').length,
      handlers: all.filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name)))
          .map((e) => e.outerHTML.slice(0, 80)),
      links: Array.from(document.querySelectorAll('[href]'))
          .map((e) => e.getAttribute('href')).filter((h) => !h.startsWith('#')),
      text: document.body.innerText,
    };
  });
  check(dom.scripts === 1, 'one script element (ours), got ' + dom.scripts);
  check(dom.styles === 1, 'one style element (ours), got ' + dom.styles);
  check(dom.images === 0, 'no image, frame, object or link elements, got ' + dom.images);
  check(dom.svgs === 1, 'one svg (the bar chart), got ' + dom.svgs);
  check(dom.handlers.length === 0, 'no event-handler attributes ' + dom.handlers.join(' | '));
  check(dom.links.length === 0, 'only in-page links ' + dom.links.join(' | '));
  for (const payload of ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">',
                         '1.0.0</style><script>window.__pwned=1</script>',
                         'x"><img src=x onerror=window.__pwned=1>.py', 'javascript:window.__pwned=1']) {
    check(dom.text.includes(payload), 'payload shown as text: ' + payload);
  }
  check(dom.text.includes('\uFFFD'), 'invalid UTF-8 shown as U+FFFD');
  check(consoleMessages.length === 0, 'no console messages ' + consoleMessages.join(' | '));
  check(dialogs.length === 0, 'no dialogs ' + dialogs.join(' | '));
  check(pageErrors.length === 0, 'no page errors ' + pageErrors.join(' | '));
  await close();
});
