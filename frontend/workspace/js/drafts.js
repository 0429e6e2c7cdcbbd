// Drafts and publishing: the drafts (targets and outcomes) of a region and year, published together — the selected
// ones, or all drafts of the region and year. When publishing needs a second editor's approval, a publication waits
// as pending; pending publications are listed here for another editor to approve or reject.
import { api } from './api.js';
import { figureName, valueText } from './figures.js';
import { el, problemList, report, setStatus, table } from './forms.js';
import { showHistory } from './history.js';
import { formatDateTime, t } from './i18n.js';

const KINDS = ['targets', 'actuals'];

export function draftsView(root, cat, params) {
  const regionFilter = el('select', { id: 'filter-region' }, el('option', { value: '', text: t('filter.any') }),
    cat.editableRegionOptions().map((o) => el('option', { value: o.value, text: o.label })));
  regionFilter.value = params.get('region') || '';
  const yearFilter = el('input', { id: 'filter-year', type: 'text', inputmode: 'numeric', size: 6 });
  yearFilter.value = params.get('year') || '';
  const note = el('input', { id: 'publish-note', type: 'text', maxlength: 1000, size: 40 });
  const list = el('div', { id: 'list', 'aria-live': 'polite' });
  const problems = el('div', { id: 'publish-problems', role: 'alert' });
  const pending = el('div', { id: 'pending' });
  const publishSelected = el('button', { type: 'button', id: 'publish-selected', disabled: true, onclick: () => publish(selection(), publishSelected) });
  const publishAll = el('button', { type: 'button', id: 'publish-all', class: 'secondary', disabled: true,
    onclick: () => publish({ region: shown.region, year: Number(shown.year) }, publishAll) });
  let drafts = [];
  let shown = { region: '', year: '' };
  /** 'target:12' → id of the pending publication that already holds that draft. */
  let awaiting = new Map();
  const awaitingOf = (kind, f) => awaiting.get(`${kind === 'targets' ? 'target' : 'actual'}:${f.id}`);

  // drafts already in a pending publication cannot be picked again
  const boxes = () => [...list.querySelectorAll('input.pick:not(:disabled)')];

  function selection() {
    const chosen = { targets: [], actuals: [] };
    boxes().filter((b) => b.checked).forEach((b) => chosen[b.dataset.kind].push(Number(b.dataset.id)));
    return chosen;
  }

  function updateButtons() {
    const count = boxes().filter((b) => b.checked).length;
    publishSelected.textContent = t('drafts.publishSelected', { count });
    publishSelected.disabled = count === 0;
    // the server leaves out drafts already awaiting approval when it publishes a whole region and year
    const free = drafts.filter(({ kind, f }) => !awaitingOf(kind, f)).length;
    const chosen = Boolean(shown.region && /^\d{4}$/.test(shown.year) && drafts.length);
    const place = { region: cat.regionName(shown.region), year: shown.year, count: free };
    if (!chosen) publishAll.textContent = t('drafts.publishAllHint');
    else if (free === 0) publishAll.textContent = t('drafts.allAwaiting');
    else publishAll.textContent = t(free < drafts.length ? 'drafts.publishRest' : 'drafts.publishAll', place);
    publishAll.disabled = !chosen || free === 0;
    const all = list.querySelector('#select-all');
    if (all) {
      all.disabled = boxes().length === 0;
      all.checked = count > 0 && count === boxes().length;
      all.indeterminate = count > 0 && count < boxes().length;
    }
  }

  function render() {
    if (drafts.length === 0) {
      list.replaceChildren(el('p', { class: 'empty', text: t('drafts.none') }));
      updateButtons();
      return;
    }
    const all = el('input', { type: 'checkbox', id: 'select-all', 'aria-label': t('drafts.selectAll'),
      onchange: () => { boxes().forEach((b) => { b.checked = all.checked; }); updateButtons(); } });
    const rows = drafts.map(({ kind, f }) => {
      const publication = awaitingOf(kind, f);
      return el('tr', { 'data-kind': kind, 'data-id': f.id },
        el('td', {}, el('input', { type: 'checkbox', class: 'pick', 'data-kind': kind, 'data-id': f.id, disabled: Boolean(publication),
          'aria-label': t('drafts.select', { figure: figureName(kind, f, cat) }), onchange: updateButtons })),
        el('td', { text: t(`drafts.kind.${kind}`) }),
        el('td', { text: figureName(kind, f, cat) }),
        el('td', { class: 'value', text: valueText(f, cat) }),
        el('td', {}, f.draftOf ? t('drafts.changeOf', { id: f.draftOf }) : t('drafts.new'),
          publication ? el('p', { class: 'reason', text: t('drafts.awaiting', { id: publication }) }) : null),
        el('td', { class: 'actions' }, el('button', { type: 'button', class: 'secondary history', text: t('action.history'),
          onclick: () => showHistory(kind, f.id, figureName(kind, f, cat), cat) })));
    });
    list.replaceChildren(
      el('p', { class: 'empty', text: t('list.count', { count: drafts.length }) }),
      table([all, 'drafts.kind', 'drafts.figure', 'field.value', 'drafts.change', 'list.actions'], rows, { id: 'drafts-table' }));
    updateButtons();
  }

  /** Lists the pending publications; returns which drafts they hold (none when they cannot be read). */
  async function loadPending() {
    try {
      const page = await api.publications('pending');
      pending.replaceChildren(...(page.items.length === 0 ? [] : [el('section', { 'aria-labelledby': 'pending-heading' },
        el('h2', { id: 'pending-heading', text: t('pending.heading') }),
        el('p', { class: 'hint', text: t('pending.explain') }),
        table(['pending.id', 'pending.requestedBy', 'pending.requestedAt', 'pending.items', 'pending.note', 'list.actions'],
          page.items.map(pendingRow), { id: 'pending-table' }))]));
      return new Map(page.items.flatMap((p) => p.items.map((i) => [`${i.kind}:${i.figureId}`, p.id])));
    } catch (e) {
      report(e);
      return new Map();
    }
  }

  function pendingRow(p) {
    const count = (kind) => p.items.filter((i) => i.kind === kind).length;
    const own = p.requestedBy === cat.session.username;
    return el('tr', { 'data-publication': p.id },
      el('td', { text: `#${p.id}` }),
      el('td', { text: p.requestedBy }),
      el('td', { text: formatDateTime(p.requestedAt) }),
      el('td', { text: t('pending.count', { targets: count('target'), actuals: count('actual') }) }),
      el('td', { text: p.note || '' }),
      el('td', { class: 'actions' },
        own ? el('span', { class: 'hint', text: t('pending.own') })
          : el('button', { type: 'button', class: 'approve', text: t('pending.approve'), onclick: () => decide(p, true) }),
        // the requester may take their own request back (the same rejection, named for what it is to them)
        el('button', { type: 'button', class: 'danger reject', text: t(own ? 'pending.cancel' : 'pending.reject'), onclick: () => decide(p, false) })));
  }

  async function load() {
    shown = { region: regionFilter.value, year: yearFilter.value.trim() };
    const url = new URL(location.href);
    ['region', 'year'].forEach((k) => (shown[k] ? url.searchParams.set(k, shown[k]) : url.searchParams.delete(k)));
    history.replaceState(null, '', url);
    list.replaceChildren(el('p', { class: 'empty', text: t('list.loading') }));
    try {
      const [pendingDrafts, pages] = await Promise.all([loadPending(),
        Promise.all(KINDS.map((kind) => api.figures(kind, { region: shown.region, year: shown.year, status: 'draft' })))]);
      awaiting = pendingDrafts;
      drafts = pages.flatMap((page, i) => page.items.map((f) => ({ kind: KINDS[i], f })));
      render();
    } catch (e) {
      list.replaceChildren();
      report(e);
    }
  }

  async function publish(body, button) {
    button.disabled = true;
    problems.replaceChildren();
    try {
      const p = await api.publish({ ...body, note: note.value.trim() || null });
      const message = p.status === 'pending' ? 'drafts.requested' : 'drafts.published';
      note.value = '';
      await load();
      setStatus(t(message, { id: p.id, count: p.items.length }), 'ok');
    } catch (e) {
      report(e);
      problems.replaceChildren(problemList(e) || '');
      updateButtons();
    }
  }

  async function decide(p, approve) {
    problems.replaceChildren();
    try {
      await (approve ? api.approvePublication(p.id) : api.rejectPublication(p.id));
      await load();
      setStatus(t(approve ? 'pending.approved' : 'pending.rejected', { id: p.id }), 'ok');
    } catch (e) {
      report(e);
      problems.replaceChildren(problemList(e) || '');
    }
  }

  root.replaceChildren(
    el('p', { class: 'lead', text: t('drafts.lead') }),
    el('form', { class: 'filters', id: 'filters', onsubmit: (e) => { e.preventDefault(); load(); } },
      el('div', {}, el('label', { for: 'filter-region', text: t('filter.region') }), regionFilter),
      el('div', {}, el('label', { for: 'filter-year', text: t('filter.year') }), yearFilter),
      el('button', { type: 'submit', id: 'filter-show', text: t('filter.show') })),
    list,
    el('div', { class: 'publish-bar' },
      el('div', {}, el('label', { for: 'publish-note', text: t('drafts.note') }), note),
      publishSelected, publishAll),
    problems,
    pending);
  load();
}
