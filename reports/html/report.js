/* packaudit HTML report: filters, sorting, theme and print. Inline in every report; the page's
   CSP admits it by hash. It only hides, reorders and opens what the page already holds: it never
   builds markup from text, never loads anything and never evaluates strings. */
(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;

  function all(selector, scope) {
    return Array.prototype.slice.call((scope || doc).querySelectorAll(selector));
  }

  /* Theme: html[data-theme] is "auto" (follow the system), "light" or "dark". */
  var toggle = doc.getElementById('theme-toggle');
  var darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function isDark() {
    var theme = root.getAttribute('data-theme');
    if (theme === 'dark') return true;
    if (theme === 'light') return false;
    return !!(darkQuery && darkQuery.matches);
  }
  function showTheme() {
    var dark = isDark();
    toggle.setAttribute('aria-pressed', dark ? 'true' : 'false');
    toggle.textContent = dark ? 'Light theme' : 'Dark theme';
  }
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      root.setAttribute('data-theme', isDark() ? 'light' : 'dark');
      showTheme();
    });
    if (darkQuery && darkQuery.addEventListener) darkQuery.addEventListener('change', showTheme);
    showTheme();
  }

  /* Filters: chips of one kind are alternatives; kinds and the keyword must all match. */
  var filters = doc.getElementById('filters');
  var keyword = doc.getElementById('keyword');
  var shown = doc.getElementById('shown-number');
  var noMatch = doc.getElementById('no-match');
  var findings = all('#finding-list .finding');
  var searchText = findings.map(function (f) {
    var message = f.querySelector('.finding-message');
    return ((f.getAttribute('data-rule') || '') + '\n' + (f.getAttribute('data-path') || '') +
            '\n' + (message ? message.textContent : '')).toLowerCase();
  });
  var dimensions = ['severity', 'area', 'rule', 'pack', 'status'];

  function pressedValues(dimension) {
    return all('button.chip[data-filter="' + dimension + '"][aria-pressed="true"]', filters)
        .map(function (chip) { return chip.getAttribute('data-value'); });
  }

  function apply() {
    var wanted = {};
    dimensions.forEach(function (d) { wanted[d] = pressedValues(d); });
    var words = keyword ? keyword.value.trim().toLowerCase() : '';
    var count = 0;
    findings.forEach(function (f, i) {
      var visible = dimensions.every(function (d) {
        return wanted[d].length === 0 || wanted[d].indexOf(f.getAttribute('data-' + d) || '') >= 0;
      });
      if (visible && words) visible = searchText[i].indexOf(words) >= 0;
      f.hidden = !visible;
      if (visible) count += 1;
    });
    all('#finding-list .rule-group, #finding-list .pack-group').forEach(function (group) {
      group.hidden = !group.querySelector('.finding:not([hidden])');
    });
    if (shown) shown.textContent = String(count);
    if (noMatch) noMatch.hidden = count !== 0;
  }

  if (filters) {
    filters.hidden = false;
    all('button.chip', filters).forEach(function (chip) {
      chip.addEventListener('click', function () {
        var on = chip.getAttribute('aria-pressed') === 'true';
        chip.setAttribute('aria-pressed', on ? 'false' : 'true');
        apply();
      });
    });
    if (keyword) keyword.addEventListener('input', apply);
    var clear = doc.getElementById('clear-filters');
    if (clear) {
      clear.addEventListener('click', function () {
        all('button.chip', filters).forEach(function (chip) {
          chip.setAttribute('aria-pressed', 'false');
        });
        if (keyword) keyword.value = '';
        apply();
      });
    }
  }

  /* Sortable tables: a header button sorts by its row attribute data-sort-<key>. */
  function versionParts(text) {
    return text.split(/[^0-9]+/).filter(function (p) { return p !== ''; }).map(Number);
  }
  function compare(a, b, type) {
    if (type === 'number') return (Number(a) || 0) - (Number(b) || 0);
    if (type === 'version') {
      var x = versionParts(a);
      var y = versionParts(b);
      for (var i = 0; i < Math.max(x.length, y.length); i += 1) {
        var d = (x[i] || 0) - (y[i] || 0);
        if (d !== 0) return d;
      }
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  all('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    all('button.sort', table).forEach(function (button) {
      button.addEventListener('click', function () {
        var th = button.parentNode;
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        all('th', table).forEach(function (h) {
          if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var key = 'data-sort-' + button.getAttribute('data-sort-key');
        var type = button.getAttribute('data-sort-type');
        var rows = original.slice();
        rows.sort(function (r1, r2) {
          var d = compare(r1.getAttribute(key) || '', r2.getAttribute(key) || '', type);
          if (d === 0) return original.indexOf(r1) - original.indexOf(r2);
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  /* Print: open every <details> while printing, restore afterwards. */
  var reopened = [];
  function openAll() {
    all('details:not([open])').forEach(function (d) {
      d.open = true;
      reopened.push(d);
    });
  }
  function restore() {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  }
  window.addEventListener('beforeprint', openAll);
  window.addEventListener('afterprint', restore);
  var printQuery = window.matchMedia ? window.matchMedia('print') : null;
  if (printQuery && printQuery.addEventListener) {
    printQuery.addEventListener('change', function (e) {
      if (e.matches) openAll(); else restore();
    });
  }

  root.classList.add('js');
})();
