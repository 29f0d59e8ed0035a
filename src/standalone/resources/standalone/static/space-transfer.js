// Space admins' export and import of journey-map data on the standalone space page: the file is
// checked with a dry run first, its report shown, and only "Import" writes. Text goes in with
// textContent only (file contents are user text).
(function () {
  'use strict';
  const root = document.getElementById('space-transfer');
  if (!root) {
    return;
  }
  const endpoint = root.getAttribute('data-import-url');
  const fileInput = document.getElementById('import-file');
  const checkButton = document.getElementById('import-check');
  const confirmButton = document.getElementById('import-confirm');
  const output = document.getElementById('import-report');
  let fileText = null;

  // AUI's button styles outrank the hidden attribute, so visibility is set on the style as well.
  function showConfirm(show) {
    confirmButton.hidden = !show;
    confirmButton.style.display = show ? '' : 'none';
    confirmButton.disabled = !show;
  }
  showConfirm(false);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function message(type, title, lines) {
    const box = el('div', null, 'aui-message aui-message-' + type);
    box.setAttribute('role', type === 'error' ? 'alert' : 'status');
    box.appendChild(el('p', title, 'title'));
    (lines || []).forEach(function (line) { box.appendChild(el('p', line)); });
    return box;
  }

  function reportView(report) {
    const wrap = el('div');
    const c = report.created;
    const verb = report.dryRun ? 'Would create' : 'Created';
    wrap.appendChild(message(report.skipped.length ? 'warning' : 'success',
      (report.dryRun ? 'Dry run: nothing was written. ' : 'Import done. ') + verb + ': '
        + c.personas + ' personas, ' + c.maps + ' maps, ' + c.revisions + ' revisions, ' + c.comments + ' comments.',
      report.skipped.length ? [report.skipped.length + ' item(s) skipped, see the reasons below.'] : []));
    const table = el('table', null, 'aui');
    table.id = 'import-entries';
    const head = el('thead');
    const headRow = el('tr');
    ['Item', 'What', 'Outcome', 'Revisions', 'Comments', 'Reason'].forEach(function (h) {
      headRow.appendChild(el('th', h));
    });
    head.appendChild(headRow);
    table.appendChild(head);
    const body = el('tbody');
    report.entries.forEach(function (e) {
      const row = el('tr');
      row.setAttribute('data-outcome', e.outcome);
      const label = el('td', e.label);
      label.setAttribute('dir', 'auto');
      [el('td', e.path), label, el('td', e.outcome), el('td', e.kind === 'MAP' ? e.revisions : ''),
        el('td', e.kind === 'MAP' ? e.comments : ''), el('td', e.reason || '')].forEach(function (td) {
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    return wrap;
  }

  function errorView(status, body) {
    const lines = [];
    if (body && Array.isArray(body.errors)) {
      body.errors.forEach(function (e) { lines.push(e.field + ': ' + e.reason); });
    }
    return message('error', (body && body.message) || ('The import failed (' + status + ')'), lines);
  }

  async function send(dryRun) {
    output.replaceChildren(el('p', dryRun ? 'Checking the file…' : 'Importing…'));
    checkButton.disabled = true;
    confirmButton.disabled = true;
    try {
      const response = await fetch(endpoint + '?dryRun=' + dryRun, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: fileText
      });
      let body = null;
      try {
        body = await response.json();
      } catch (ignored) {
        body = null;
      }
      if (!response.ok) {
        output.replaceChildren(errorView(response.status, body));
        return;
      }
      output.replaceChildren(reportView(body));
      const canImport = dryRun && body.created.maps + body.created.personas > 0;
      showConfirm(canImport);
      if (!dryRun) {
        fileText = null;
        fileInput.value = '';
      }
    } catch (e) {
      output.replaceChildren(message('error', 'The server could not be reached', [String(e)]));
    } finally {
      checkButton.disabled = false;
    }
  }

  checkButton.addEventListener('click', async function () {
    showConfirm(false);
    const file = fileInput.files && fileInput.files[0];
    if (!file) {
      output.replaceChildren(message('error', 'Choose a space export file first'));
      return;
    }
    fileText = await file.text();
    send(true);
  });

  confirmButton.addEventListener('click', function () {
    if (fileText !== null) {
      send(false);
    }
  });
}());
