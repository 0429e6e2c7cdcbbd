// Source documents: list (optionally of one region), register, correct, delete, and archive their original files
// (kept with SHA-256 and upload time, because government links disappear).
import { api } from './api.js';
import { sourceKinds } from './choices.js';
import { el, openEditor, openPanel, report, setStatus, table } from './forms.js';
import { formatDateTime, formatNumber, t } from './i18n.js';
import { checkFields } from './rules.js';

function fileRow(f) {
  return el('tr', { 'data-file': f.id },
    el('td', {}, el('a', { href: f.href, download: f.fileName, class: 'download', text: f.fileName })),
    el('td', { class: 'num', text: t('files.kb', { kb: formatNumber(Math.ceil(f.size / 1024)) }) }),
    el('td', {}, el('code', { class: 'sha', text: f.sha256 })),
    el('td', { class: 'uploaded', text: formatDateTime(f.uploadedAt) }));
}

/** The archived originals of a source in the panel dialog, with an upload form. */
function filesPanel(s) {
  const { body, status } = openPanel(t('files.title', { title: s.title }));
  const input = el('input', { type: 'file', id: 'source-file' });
  const files = el('div', { id: 'source-files' });
  let known = new Set();

  async function refresh() {
    try {
      const list = await api.sourceFiles(s.id);
      known = new Set(list.map((f) => f.id));
      files.replaceChildren(list.length === 0 ? el('p', { class: 'empty', text: t('files.none') })
        : table(['files.name', 'files.size', 'files.sha256', 'files.uploadedAt'], list.map(fileRow), { id: 'source-files-table' }));
    } catch (e) {
      report(e, status);
    }
  }

  async function upload(event) {
    event.preventDefault();
    if (!input.files[0]) {
      setStatus(t('files.chooseFirst'), 'error', status);
      input.focus();
      return;
    }
    const button = event.target.querySelector('button');
    button.disabled = true;
    try {
      const f = await api.uploadSourceFile(s.id, input.files[0]);
      const already = known.has(f.id);
      input.value = '';
      await refresh();
      setStatus(t(already ? 'files.already' : 'files.uploaded', { name: f.fileName, sha: f.sha256 }), 'ok', status);
    } catch (e) {
      report(e, status);
    } finally {
      button.disabled = false;
    }
  }

  body.replaceChildren(files,
    el('form', { class: 'filters upload', id: 'source-file-form', onsubmit: upload },
      el('div', {}, el('label', { for: 'source-file', text: t('files.choose') }), input),
      el('button', { type: 'submit', id: 'source-file-upload', text: t('files.upload') })),
    el('p', { class: 'hint', text: t('files.hint') }));
  refresh();
}
export function sourcesView(root, cat, params) {
  const fields = [
    { name: 'title', type: 'text', required: true, maxLength: 500, wide: true },
    { name: 'issuingBody', type: 'text', maxLength: 200 },
    { name: 'region', type: 'select', options: cat.editableRegionOptions },
    { name: 'publishedOn', type: 'date' },
    { name: 'kind', type: 'select', required: true, options: sourceKinds },
    { name: 'url', type: 'text', maxLength: 2000, pattern: 'url', wide: true },
  ];
  const validate = (values) => checkFields(fields, values);
  const regionFilter = el('select', { id: 'filter-region' }, el('option', { value: '', text: t('filter.any') }),
    cat.regionOptions().map((o) => el('option', { value: o.value, text: o.label })));
  regionFilter.value = params.get('region') || '';
  const list = el('div', { id: 'list' });
  const toValues = (s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v ?? '']));

  async function load() {
    list.replaceChildren(el('p', { class: 'empty', text: t('list.loading') }));
    try {
      const sources = await api.sources(regionFilter.value);
      cat.sourceList = sources;
      if (sources.length === 0) {
        list.replaceChildren(el('p', { class: 'empty', text: t('list.empty') }));
        return;
      }
      list.replaceChildren(table(['field.title', 'field.issuingBody', 'field.region', 'field.publishedOn', 'field.kind', 'list.actions'],
        sources.map((s) => el('tr', { 'data-id': s.id },
          el('td', {}, s.url ? el('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank', text: s.title }) : s.title),
          el('td', { text: s.issuingBody || '' }),
          el('td', { text: s.region ? cat.regionName(s.region) : '' }),
          el('td', { text: s.publishedOn || '' }),
          el('td', { text: t(`kind.${s.kind}`) }),
          el('td', { class: 'actions' },
            el('button', { type: 'button', class: 'secondary edit', text: t('action.edit'), onclick: () => edit(s) }),
            el('button', { type: 'button', class: 'secondary files', text: t('action.files'), onclick: () => filesPanel(s) }),
            el('button', { type: 'button', class: 'danger', text: t('action.delete'), onclick: () => remove(s) }))))));
    } catch (e) {
      list.replaceChildren();
      report(e);
    }
  }

  function edit(s) {
    openEditor({
      title: t(s ? 'dialog.edit.sources' : 'dialog.new.sources'),
      fields,
      values: s ? toValues(s) : { kind: 'work_report', region: regionFilter.value },
      version: s ? s.version : null,
      validate,
      fromCurrent: toValues,
      save: (body) => api.saveSource(s ? s.id : null, body),
      onSaved: () => { setStatus(t(s ? 'msg.saved' : 'msg.created'), 'ok'); load(); },
    });
  }

  async function remove(s) {
    // eslint-disable-next-line no-alert
    if (!window.confirm(t('action.confirmDelete'))) {
      return;
    }
    try {
      await api.deleteSource(s.id);
      setStatus(t('msg.deleted'), 'ok');
      load();
    } catch (e) {
      report(e);
    }
  }

  root.replaceChildren(
    el('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); load(); } },
      el('div', {}, el('label', { for: 'filter-region', text: t('filter.region') }), regionFilter),
      el('button', { type: 'submit', text: t('filter.show') }),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'new-record', class: 'secondary', text: t('list.new.sources'), onclick: () => edit(null) }))),
    list);
  load();
}
