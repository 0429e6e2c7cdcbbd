// Targets and outcomes: browse by region, indicator and year; create, edit (optimistic locking), delete drafts,
// prepare a correction of a published figure as a draft change, withdraw published figures with a reason, show each
// figure's history; assess qualitative targets. Under the approval setting a published figure is not edited directly:
// its correction is a draft change, published with the other drafts after a second editor's approval.
import { api } from './api.js';
import { assessments, bases, comparators, lifecycle, relations, statuses, vintages } from './choices.js';
import { describe, el, openEditor, report, setStatus, signInAgainIfNeeded, table } from './forms.js';
import { showHistory } from './history.js';
import { formatNumber, t } from './i18n.js';
import { checkFields, checkFigure } from './rules.js';

function targetFields(cat) {
  return [
    { name: 'region', type: 'select', required: true, options: cat.editableRegionOptions },
    { name: 'indicator', type: 'select', required: true, options: cat.indicatorOptions },
    { name: 'year', type: 'int', required: true, min: 1949, max: 2100 },
    { name: 'comparator', type: 'select', required: true, options: comparators },
    { name: 'value', type: 'number' },
    { name: 'valueHigh', type: 'number' },
    { name: 'refIndicator', type: 'select', options: cat.indicatorOptions },
    { name: 'relation', type: 'select', options: relations },
    { name: 'tolerance', type: 'number', min: 0, hint: 'hint.tolerance' },
    { name: 'stretchValue', type: 'number' },
    { name: 'baseYear', type: 'int', min: 1949, max: 2100 },
    { name: 'baseValue', type: 'number' },
    { name: 'basis', type: 'select', options: bases },
    { name: 'adoptedOn', type: 'date', hint: 'hint.adoptedOn' },
    { name: 'status', type: 'select', required: true, options: statuses },
    { name: 'wording', type: 'text', maxLength: 500, wide: true },
    { name: 'sourceId', type: 'select', options: cat.sourceOptions, wide: true },
    { name: 'quote', type: 'textarea', maxLength: 2000, wide: true },
  ];
}

function actualFields(cat) {
  return [
    { name: 'region', type: 'select', required: true, options: cat.editableRegionOptions },
    { name: 'indicator', type: 'select', required: true, options: cat.indicatorOptions },
    { name: 'year', type: 'int', required: true, min: 1949, max: 2100 },
    { name: 'vintage', type: 'select', required: true, options: vintages },
    { name: 'comparator', type: 'select', required: true, options: comparators },
    { name: 'value', type: 'number' },
    { name: 'valueHigh', type: 'number' },
    { name: 'refIndicator', type: 'select', options: cat.indicatorOptions },
    { name: 'relation', type: 'select', options: relations },
    { name: 'basis', type: 'select', options: bases },
    { name: 'publishedOn', type: 'date', required: true },
    { name: 'status', type: 'select', required: true, options: statuses },
    { name: 'sourceId', type: 'select', options: cat.sourceOptions, wide: true },
    { name: 'quote', type: 'textarea', maxLength: 2000, wide: true },
    { name: 'note', type: 'textarea', maxLength: 1000, wide: true },
  ];
}

const assessmentFields = (cat) => [
  { name: 'assessment', type: 'select', required: true, options: assessments },
  { name: 'sourceId', type: 'select', options: cat.sourceOptions, wide: true },
  { name: 'note', type: 'textarea', maxLength: 2000, wide: true },
  { name: 'quote', type: 'textarea', maxLength: 2000, wide: true },
];

/** A record as the API returns it, turned into form values (the source travels as an object, the form holds its id). */
function toValues(view) {
  const values = {};
  Object.entries(view).forEach(([k, v]) => { values[k] = v === null || v === undefined ? '' : v; });
  values.sourceId = view.source ? String(view.source.id) : '';
  return values;
}

export function valueText(f, cat) {
  const unit = cat.unit(f.indicator);
  switch (f.comparator) {
    case 'qualitative': return t('comparator.qualitative');
    case 'relative': return `${t(`relation.${f.relation}`)} ${cat.indicatorName(f.refIndicator)}`;
    case 'range': return `${formatNumber(f.value)}–${formatNumber(f.valueHigh)} ${unit}`;
    default: return `${t(`comparator.${f.comparator}`)} ${formatNumber(f.value)} ${unit}`;
  }
}

/** One line naming a figure: region, year, indicator and (outcomes) vintage. */
export function figureName(kind, f, cat) {
  return [cat.regionName(f.region), f.year, cat.indicatorName(f.indicator), kind === 'actuals' ? t(`vintage.${f.vintage}`) : null]
    .filter((x) => x !== null).join(' · ');
}

/** Renders the targets ('targets') or outcomes ('actuals') view into root. */
export function figuresView(root, kind, cat, params) {
  const filters = { region: params.get('region') || '', indicator: params.get('indicator') || '', year: params.get('year') || '', status: '' };
  const regionFilter = el('select', { id: 'filter-region' }, el('option', { value: '', text: t('filter.any') }),
    cat.regionOptions().map((o) => el('option', { value: o.value, text: o.label })));
  const indicatorFilter = el('select', { id: 'filter-indicator' }, el('option', { value: '', text: t('filter.any') }),
    cat.indicatorOptions().map((o) => el('option', { value: o.value, text: o.label })));
  const yearFilter = el('input', { id: 'filter-year', type: 'text', inputmode: 'numeric', size: 6 });
  const statusFilter = el('select', { id: 'filter-status' }, el('option', { value: '', text: t('filter.any') }),
    lifecycle().map((o) => el('option', { value: o.value, text: o.label })));
  regionFilter.value = filters.region;
  indicatorFilter.value = filters.indicator;
  yearFilter.value = filters.year;
  const list = el('div', { id: 'list', 'aria-live': 'polite' });

  const fields = kind === 'targets' ? targetFields(cat) : actualFields(cat);
  // A published figure stays published when edited, a draft change stays a draft until published with the others:
  // only a new figure (or a new draft) has a status to choose.
  const keepStatus = fields.filter((f) => f.name !== 'status');
  const fieldsFor = (view) => (view.status === 'draft' && !view.draftOf ? fields : keepStatus);
  const validator = (form) => (values) => ({ ...checkFields(form, values), ...checkFigure(values) });
  const directEdit = (f) => f.status === 'draft' || (f.status === 'published' && !cat.approvalRequired());

  async function load() {
    filters.region = regionFilter.value;
    filters.indicator = indicatorFilter.value;
    filters.year = yearFilter.value.trim();
    filters.status = statusFilter.value;
    const url = new URL(location.href);
    ['region', 'indicator', 'year'].forEach((k) => (filters[k] ? url.searchParams.set(k, filters[k]) : url.searchParams.delete(k)));
    history.replaceState(null, '', url);
    list.replaceChildren(el('p', { class: 'empty', text: t('list.loading') }));
    try {
      const page = await api.figures(kind, filters);
      render(page);
    } catch (e) {
      list.replaceChildren();
      report(e);
    }
  }

  function render(page) {
    if (page.items.length === 0) {
      list.replaceChildren(el('p', { class: 'empty', text: t('list.empty') }));
      return;
    }
    const head = kind === 'targets'
      ? ['field.year', 'field.region', 'field.indicator', 'field.value', 'field.wording', 'field.adoptedOn', 'field.status']
      : ['field.year', 'field.region', 'field.indicator', 'field.vintage', 'field.value', 'field.publishedOn', 'field.status'];
    // Actions that change a figure are offered only for the regions this account may change; reading its history always.
    const row = (f, mine) => el('tr', { 'data-id': f.id },
      el('td', { text: f.year }),
      el('td', { text: cat.regionName(f.region) }),
      el('td', { text: cat.indicatorName(f.indicator) }),
      kind === 'targets' ? null : el('td', { text: t(`vintage.${f.vintage}`) }),
      el('td', { class: 'value', text: valueText(f, cat) }),
      kind === 'targets' ? el('td', { text: f.wording || '' }) : null,
      el('td', { text: kind === 'targets' ? f.adoptedOn : f.publishedOn }),
      el('td', {}, el('span', { class: `badge ${f.status}`, text: t(`status.${f.status}`) }),
        f.draftOf ? el('p', { class: 'reason', text: t('drafts.changeOf', { id: f.draftOf }) }) : null,
        f.withdrawal ? el('p', { class: 'reason', text: t('history.reason', { reason: f.withdrawal.reason }) }) : null),
      el('td', { class: 'actions' },
        mine && directEdit(f) ? el('button', { type: 'button', class: 'secondary edit', text: t('action.edit'), onclick: () => edit(f.id) }) : null,
        mine && f.status === 'published'
          ? el('button', { type: 'button', class: 'secondary correct', text: t('action.correct'), onclick: () => correct(f.id) }) : null,
        mine && kind === 'targets' && f.comparator === 'qualitative' && f.status !== 'withdrawn'
          ? el('button', { type: 'button', class: 'secondary assess', text: t('action.assess'), onclick: () => assess(f) }) : null,
        el('button', { type: 'button', class: 'secondary history', text: t('action.history'),
          onclick: () => showHistory(kind, f.id, figureName(kind, f, cat), cat) }),
        mine && f.status === 'draft' ? el('button', { type: 'button', class: 'danger', text: t('action.delete'), onclick: () => remove(f) }) : null,
        mine && f.status === 'published'
          ? el('button', { type: 'button', class: 'danger withdraw', text: t('action.withdraw'), onclick: () => withdraw(f) }) : null));
    const rows = page.items.map((f) => row(f, cat.mayChange(f.region)));
    list.replaceChildren(el('p', { class: 'empty', text: t('list.count', { count: page.total }) }), table([...head, 'list.actions'], rows));
  }

  async function withSources() {
    try {
      cat.sourceList = await api.sources();
    } catch (e) {
      cat.sourceList = [];
    }
  }

  async function edit(id) {
    try {
      const [view] = await Promise.all([api.figure(kind, id), withSources()]);
      openEditor({
        title: t(`dialog.edit.${kind}`),
        lead: view.status === 'published' ? t('correction.direct') : null,
        fields: fieldsFor(view),
        values: toValues(view),
        version: view.version,
        validate: validator(fieldsFor(view)),
        fromCurrent: toValues,
        save: (body) => api.saveFigure(kind, id, body),
        onSaved: () => { setStatus(t('msg.saved'), 'ok'); load(); },
      });
    } catch (e) {
      report(e);
    }
  }

  /**
   * The edit form of a published figure, prefilled; saving creates a draft change and the public figure stays as it
   * is until that is published. When the figure has a draft change already, the server answers with it: the conflict
   * panel shows it, and the next save goes into that draft.
   */
  async function correct(id) {
    try {
      const [view] = await Promise.all([api.figure(kind, id), withSources()]);
      let draftId = null;
      openEditor({
        title: t(`dialog.correct.${kind}`, { figure: `${figureName(kind, view, cat)} · ${valueText(view, cat)}` }),
        lead: t(cat.approvalRequired() ? 'correction.leadApproval' : 'correction.lead'),
        fields: keepStatus,
        values: toValues(view),
        version: view.version,
        validate: validator(keepStatus),
        fromCurrent: toValues,
        explainConflict: (current) => (current.value.draftOf === id ? {
          title: t('correction.exists'),
          body: t('correction.existsBody', { id: current.value.id, version: current.version }),
        } : null),
        save: (body) => (draftId ? api.saveFigure(kind, draftId, body) : api.prepareCorrection(kind, id, body)).catch((e) => {
          const existing = e.status === 409 && e.problem.current ? e.problem.current.value : null;
          if (existing && existing.draftOf === id) {
            draftId = existing.id;
          }
          throw e;
        }),
        onSaved: (draft) => { setStatus(t('msg.correctionSaved', { id: draft.id }), 'ok'); load(); },
      });
    } catch (e) {
      report(e);
    }
  }

  async function create() {
    await withSources();
    const defaults = { region: filters.region, indicator: filters.indicator, year: filters.year,
      status: cat.approvalRequired() ? 'draft' : 'published',
      comparator: kind === 'targets' ? 'around' : 'eq', vintage: 'preliminary' };
    openEditor({
      title: t(`dialog.new.${kind}`),
      fields,
      values: defaults,
      version: null,
      validate: validator(fields),
      fromCurrent: toValues,
      save: (body) => api.saveFigure(kind, null, body),
      onSaved: () => { setStatus(t('msg.created'), 'ok'); load(); },
    });
  }

  async function assess(target) {
    await withSources();
    let current = null;
    try {
      current = await api.assessment(target.id);
    } catch (e) {
      if (signInAgainIfNeeded(e)) {
        return;
      }
      if (e.status !== 404) {
        setStatus(describe(e), 'error');
        return;
      }
    }
    const afields = assessmentFields(cat);
    openEditor({
      title: `${t('dialog.assessment')} · ${cat.regionName(target.region)} ${target.year} ${cat.indicatorName(target.indicator)}`,
      fields: afields,
      values: current ? toValues(current) : {},
      version: current ? current.version : null,
      validate: (values) => checkFields(afields, values),
      fromCurrent: toValues,
      save: (body) => api.saveAssessment(target.id, body),
      onSaved: () => setStatus(t('msg.saved'), 'ok'),
    });
  }

  function withdraw(f) {
    const reasonFields = [{ name: 'reason', type: 'textarea', required: true, maxLength: 1000, wide: true, hint: 'hint.withdrawReason' }];
    openEditor({
      title: t('dialog.withdraw', { figure: `${figureName(kind, f, cat)} · ${valueText(f, cat)}` }),
      fields: reasonFields,
      values: {},
      version: f.version,
      validate: (values) => checkFields(reasonFields, values),
      fromCurrent: () => ({}),
      describeCurrent: (current) => [
        el('p', { class: 'current-value', text: t('withdraw.current', { value: valueText(current, cat), status: t(`status.${current.status}`) }) }),
        current.wording ? el('p', { text: current.wording }) : null],
      keepMineLabel: 'withdraw.anyway',
      keepMineMessage: 'withdraw.checkAgain',
      saveLabel: 'action.withdraw',
      save: (body) => api.withdraw(kind, f.id, body.reason, body.version),
      onSaved: () => { setStatus(t('msg.withdrawn'), 'ok'); load(); },
    });
  }

  async function remove(f) {
    // eslint-disable-next-line no-alert
    if (!window.confirm(t('action.confirmDelete'))) {
      return;
    }
    try {
      await api.deleteFigure(kind, f.id, f.version);
      setStatus(t('msg.deleted'), 'ok');
      load();
    } catch (e) {
      report(e);
    }
  }

  root.replaceChildren(
    el('form', { class: 'filters', id: 'filters', onsubmit: (e) => { e.preventDefault(); load(); } },
      el('div', {}, el('label', { for: 'filter-region', text: t('filter.region') }), regionFilter),
      el('div', {}, el('label', { for: 'filter-indicator', text: t('filter.indicator') }), indicatorFilter),
      el('div', {}, el('label', { for: 'filter-year', text: t('filter.year') }), yearFilter),
      el('div', {}, el('label', { for: 'filter-status', text: t('filter.status') }), statusFilter),
      el('button', { type: 'submit', id: 'filter-show', text: t('filter.show') }),
      el('div', { class: 'actions' }, el('button', { type: 'button', id: 'new-record', class: 'secondary', text: t(`list.new.${kind}`), onclick: create }))),
    list);
  load();
}
