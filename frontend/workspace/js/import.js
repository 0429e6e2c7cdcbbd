// Spreadsheet import: choose a CSV or .xlsx file, run it dry (counts and every row error), then commit. The commit
// button is enabled only after a dry run without errors of the same file with the same "as drafts" choice; a commit
// applies every row or none. The template links document the columns.
import { ApiError, api } from './api.js';
import { describe, el, report, setStatus, table } from './forms.js';
import { formatNumber, t } from './i18n.js';

const COUNTS = ['rows', 'created', 'updated', 'unchanged', 'errorCount'];
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function problemsTable(id, captionKey, problems, total) {
  return problems && problems.length ? table(['import.col.row', 'import.col.column', 'import.col.message'],
    problems.map((p) => el('tr', {},
      el('td', { text: p.row === 0 ? t('import.wholeFile') : p.row }),
      el('td', { text: p.column || '' }),
      el('td', { text: p.message }))),
    { id, class: 'problems-table' }, t(captionKey, { shown: problems.length, count: total ?? problems.length })) : null;
}

export function importView(root) {
  const file = el('input', { type: 'file', id: 'import-file', accept: ACCEPT, 'aria-describedby': 'import-file-hint' });
  const asDraft = el('input', { type: 'checkbox', id: 'import-draft' });
  const dryRunButton = el('button', { type: 'submit', id: 'import-dry-run', text: t('import.dryRun') });
  const commitButton = el('button', { type: 'button', id: 'import-commit', disabled: true, text: t('import.commit'), onclick: () => run(false) });
  const result = el('div', { id: 'import-result' });
  let cleanRun = null; // the file and choice of the last dry run without errors

  const signature = () => {
    const f = file.files[0];
    return f ? [f.name, f.size, f.lastModified, asDraft.checked].join('|') : null;
  };

  function invalidate() {
    cleanRun = null;
    commitButton.disabled = true;
    result.replaceChildren();
    setStatus('');
  }

  function show(r) {
    result.replaceChildren(...[
      el('h2', { text: t(r.dryRun ? 'import.dryRunResult' : 'import.commitResult') }),
      el('p', { class: 'empty', text: [r.fileName, (r.format || '').toUpperCase(), r.encoding, t(`import.as.${r.figureStatus}`)]
        .filter(Boolean).join(' · ') }),
      el('dl', { class: 'counts', id: 'import-counts' }, COUNTS.map((k) => el('div', { 'data-count': k },
        el('dt', { text: t(`import.count.${k}`) }), el('dd', { text: formatNumber(r[k] ?? 0) })))),
      problemsTable('import-errors', 'import.errorsCaption', r.errors, r.errorCount),
      problemsTable('import-warnings', 'import.warningsCaption', r.warnings)].filter(Boolean));
  }

  async function run(dryRun) {
    const chosen = file.files[0];
    if (!chosen) {
      setStatus(t('import.chooseFile'), 'error');
      file.focus();
      return;
    }
    dryRunButton.disabled = true;
    commitButton.disabled = true;
    setStatus(t(dryRun ? 'import.checking' : 'import.committing'));
    try {
      const r = await api.importFile(chosen, { dryRun, draft: asDraft.checked });
      show(r);
      cleanRun = dryRun && r.errorCount === 0 ? signature() : null;
      if (!dryRun) {
        setStatus(t('import.committed', { created: r.created, updated: r.updated, unchanged: r.unchanged }), 'ok');
      } else if (r.errorCount === 0) {
        setStatus(t('import.clean'), 'ok');
      } else {
        setStatus(t('import.hasErrors', { count: r.errorCount }), 'error');
      }
    } catch (e) {
      cleanRun = null;
      if (e instanceof ApiError && Array.isArray(e.problem.errors) && 'errorCount' in e.problem) {
        show(e.problem);
        setStatus(e.status === 400 ? t('import.notCommitted', { count: e.problem.errorCount }) : describe(e), 'error');
      } else {
        result.replaceChildren();
        report(e);
      }
    } finally {
      dryRunButton.disabled = false;
      commitButton.disabled = cleanRun === null || cleanRun !== signature();
    }
  }

  file.addEventListener('change', invalidate);
  asDraft.addEventListener('change', invalidate);

  root.replaceChildren(
    el('p', { class: 'lead', text: t('import.lead') }),
    el('p', { class: 'templates' }, t('import.templates'), ' ',
      el('a', { id: 'template-csv', href: '/api/v1/imports/template.csv', download: 'indicator-import-template.csv', text: t('import.templateCsv') }),
      ' · ',
      el('a', { id: 'template-xlsx', href: '/api/v1/imports/template.xlsx', download: 'indicator-import-template.xlsx', text: t('import.templateXlsx') })),
    el('form', { class: 'filters import-form', id: 'import-form', onsubmit: (e) => { e.preventDefault(); run(true); } },
      el('div', {}, el('label', { for: 'import-file', text: t('import.file') }), file,
        el('p', { class: 'hint', id: 'import-file-hint', text: t('import.fileHint') })),
      el('div', { class: 'check' }, asDraft, ' ', el('label', { for: 'import-draft', text: t('import.asDraft') })),
      dryRunButton,
      commitButton),
    result);
}
