// The history of one figure in the panel dialog: every audit entry (when, what, who, how, old → new), with the
// reason of a withdrawal. Field names and coded values are shown in the reader's language.
import { api } from './api.js';
import { el, openPanel, report, table } from './forms.js';
import { formatDateTime, formatNumber, has, t } from './i18n.js';

/** Bookkeeping columns every change touches; they say nothing to a reader. */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt']);
/** Fields whose values are codes with a translation under this prefix. */
const CODED = { status: 'status', comparator: 'comparator', vintage: 'vintage', basis: 'basis', relation: 'relation' };

function shown(field, value, cat) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (field === 'region') {
    return cat.regionName(value);
  }
  if (field === 'indicator' || field === 'refIndicator') {
    return cat.indicatorName(value);
  }
  if (CODED[field] && has(`${CODED[field]}.${value}`)) {
    return t(`${CODED[field]}.${value}`);
  }
  if (typeof value === 'number' && field !== 'year' && field !== 'baseYear') {
    return formatNumber(value);
  }
  if (field === 'withdrawnAt') {
    return formatDateTime(value);
  }
  return String(value);
}

function label(field) {
  return has(`field.${field}`) ? t(`field.${field}`) : field;
}

function changeList(entry, cat) {
  const changes = (entry.changes || []).filter((c) => !HIDDEN.has(c.field));
  if (changes.length === 0) {
    return null;
  }
  return el('ul', { class: 'changes' }, changes.map((c) => el('li', {},
    el('span', { class: 'field-name', text: `${label(c.field)}: ` }),
    entry.action === 'created' ? null : el('del', { text: shown(c.field, c.from, cat) }),
    entry.action === 'created' ? null : ' → ',
    el('ins', { text: shown(c.field, c.to, cat) }))));
}

function entryRow(entry, cat) {
  const via = has(`via.${entry.via}`) ? t(`via.${entry.via}`) : entry.via || '';
  return el('tr', { 'data-action': entry.action },
    el('td', { text: formatDateTime(entry.at) }),
    el('td', { text: has(`history.action.${entry.action}`) ? t(`history.action.${entry.action}`) : entry.action }),
    el('td', { text: entry.actor || '' }),
    el('td', { text: entry.ref ? `${via} (${entry.ref})` : via }),
    el('td', {},
      entry.reason ? el('p', { class: 'reason', text: t('history.reason', { reason: entry.reason }) }) : null,
      changeList(entry, cat)));
}

/** Opens the history of a target ('targets') or outcome ('actuals'); title names the figure. */
export async function showHistory(kind, figureId, title, cat) {
  const { body, status } = openPanel(t('history.title', { figure: title }));
  try {
    const entries = await api.history(kind, figureId);
    body.replaceChildren(entries.length === 0
      ? el('p', { class: 'empty', text: t('history.none') })
      : table(['history.at', 'history.action', 'history.actor', 'history.via', 'history.changes'],
        entries.map((e) => entryRow(e, cat)), { id: 'history-table', class: 'history' }, t('history.caption', { count: entries.length })));
  } catch (e) {
    body.replaceChildren();
    report(e, status);
  }
}
