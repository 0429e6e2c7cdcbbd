// The extraction review screen: paste or upload a report, check every statement found, commit them as drafts.
// Part of the workspace: the session (with its CSRF token) is checked first, and api.js does every call.
import { api, ApiError } from './api.js';
import { describe, el, setStatus, signInAgainIfNeeded, signOut } from './forms.js';
import { formatNumber, lang, nameOf, otherLanguageLink, t, translatePage, withLang } from './i18n.js';
import { commitPayload, errorsByRow, headerDate, reviewRow, segments } from './extract-model.js';

const COMPARATORS = ['eq', 'around', 'gte', 'lte', 'range', 'relative', 'qualitative'];
const VINTAGES = ['estimate', 'preliminary', 'final', 'revised'];

const state = {
  text: '',
  extraction: null,
  rows: [],
  selected: -1,
  indicators: new Map(),
  regions: [],
};

const $ = (id) => document.getElementById(id);

function status(message, isError = false) {
  setStatus(message, isError ? 'error' : '');
}

/** A failed call: back to sign-in when the session ended, else a message. */
function failed(error) {
  if (!signInAgainIfNeeded(error)) {
    status(describe(error), true);
  }
}

function regionName(code) {
  return nameOf(state.regions.find((x) => x.code === code)) || code;
}

function indicatorName(key) {
  return nameOf(state.indicators.get(key));
}

async function loadCatalogue() {
  const [regions, indicators] = await Promise.all([api.regions(), api.indicators()]);
  state.regions = regions;
  indicators.forEach((i) => state.indicators.set(i.key, i));
  for (const select of [$('report-region'), $('source-region')]) {
    regions.forEach((r) => select.append(el('option', { value: r.code, text: `${nameOf(r)} (${r.code})` })));
  }
  const list = $('indicator-keys');
  indicators.forEach((i) => list.append(el('option', { value: i.key, label: `${nameOf(i)} · ${i.unit}` })));
}

// ------------------------------------------------------------------ extraction

async function onExtract(event) {
  event.preventDefault();
  const file = $('report-file').files[0];
  const text = $('report-text').value;
  const region = $('report-region').value;
  const year = $('report-year').value ? Number($('report-year').value) : null;
  if (!file && !text.trim()) {
    status(t('extract.error.noText'), true);
    return;
  }
  const button = $('extract-button');
  button.disabled = true;
  status(t('extract.input.extracting'));
  try {
    const result = file ? await api.extractFile(file, region, year) : await api.extractText(text, region, year);
    state.text = result.text ?? text;
    if (file) $('report-text').value = state.text;
    state.extraction = result;
    state.rows = result.statements.map(reviewRow);
    state.selected = -1;
    status('');
    showReview();
  } catch (e) {
    failed(e);
  } finally {
    button.disabled = false;
  }
}

function showReview() {
  const r = state.extraction;
  const unmatched = state.rows.filter((x) => x.unmatched).length;
  $('summary').textContent = r.statements.length === 0 ? t('extract.result.none') : t('extract.result.summary', {
    year: r.reportYear ?? t('extract.result.unknownYear'),
    region: r.region ? regionName(r.region) : t('extract.result.unknownRegion'),
    count: r.statements.length,
    unmatched,
  });
  renderReport();
  renderTable();
  prefillSource();
  $('review').hidden = false;
  $('commit').hidden = r.statements.length === 0;
  $('commit-result').textContent = '';
  updateCounts();
}

// ------------------------------------------------------------------ the text with highlights

function markClass(indices) {
  const rows = indices.map((i) => state.rows[i]);
  const cls = [];
  if (rows.every((x) => x.decision === 'reject')) cls.push('rejected');
  if (rows.some((x) => x.unmatched && !x.indicator)) cls.push('unmatched');
  if (indices.includes(state.selected)) cls.push('selected');
  return cls.join(' ');
}

function renderReport() {
  const view = $('report-view');
  view.replaceChildren();
  for (const seg of segments(state.text, state.extraction.statements)) {
    const piece = state.text.slice(seg.start, seg.end);
    if (seg.indices.length === 0) {
      view.append(document.createTextNode(piece));
      continue;
    }
    const mark = el('mark', {
      tabindex: '0',
      role: 'button',
      'data-statements': seg.indices.join(' '),
      class: markClass(seg.indices),
      title: seg.indices.map((i) => `#${i + 1} ${state.rows[i].indicatorPhrase ?? ''}`).join('\n'),
    }, piece);
    const pick = () => {
      // a piece shared by several statements selects them in turn
      const at = seg.indices.indexOf(state.selected);
      select(seg.indices[(at + 1) % seg.indices.length], 'table');
    };
    mark.addEventListener('click', pick);
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pick();
      }
    });
    view.append(mark);
  }
}

function refreshMarks() {
  for (const mark of $('report-view').querySelectorAll('mark')) {
    mark.className = markClass(mark.dataset.statements.split(' ').map(Number));
  }
}

function select(index, scrollTo) {
  state.selected = index;
  for (const tr of $('statements').tBodies[0].rows) tr.classList.toggle('selected', Number(tr.dataset.index) === index);
  refreshMarks();
  if (scrollTo === 'table') {
    $(`row-${index}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  } else if (scrollTo === 'text') {
    $('report-view').querySelector(`mark[data-statements~="${index}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }
}

// ------------------------------------------------------------------ the table

function options(values, selected, label) {
  return values.map((v) => el('option', { value: v, selected: v === selected, text: label(v) }));
}

function renderTable() {
  const body = $('statements').tBodies[0];
  body.replaceChildren(...state.rows.map(renderRow));
}

function renderRow(row) {
  const n = row.index + 1;
  const update = (field) => (e) => {
    row[field] = e.target.value;
    if (field === 'kind' || field === 'comparator') rerenderRow(row);
  };
  const decision = el('div', { class: 'decision' },
    ['accept', 'reject'].map((d) => el('label', {},
      el('input', {
        type: 'radio', name: `decision-${row.index}`, value: d, checked: row.decision === d,
        onchange: () => setDecision(row, d),
      }),
      t(`extract.decision.${d}`))));

  const indicatorInput = el('input', {
    class: 'indicator', list: 'indicator-keys', value: row.indicator, 'aria-label': `${t('extract.col.indicator')} ${n}`,
    placeholder: t('extract.indicator.choose'),
    onchange: (e) => {
      row.indicator = e.target.value.trim();
      if (row.indicator && state.indicators.has(row.indicator) && row.decision === 'reject' && row.unmatched) {
        row.decision = 'accept';
      }
      rerenderRow(row);
      refreshMarks();
      updateCounts();
    },
  });
  const indicatorNotes = [];
  if (row.indicator && state.indicators.has(row.indicator)) {
    indicatorNotes.push(el('span', { class: 'small', text: indicatorName(row.indicator) }));
  }
  if (row.unmatched) {
    indicatorNotes.push(el('span', { class: 'small' }, el('span', { class: 'badge unmatched', text: t('extract.indicator.unmatched', { phrase: row.indicatorPhrase ?? '' }) })));
    if (row.suggestedKey) indicatorNotes.push(el('span', { class: 'small', text: t('extract.indicator.suggested', { key: row.suggestedKey }) }));
    if (row.indicator && state.indicators.has(row.indicator) && row.indicatorPhrase) {
      indicatorNotes.push(el('button', { type: 'button', class: 'remember secondary', text: t('extract.indicator.remember'), onclick: () => remember(row) }));
    }
  } else if (row.indicatorPhrase && row.indicatorPhrase !== indicatorName(row.indicator)) {
    indicatorNotes.push(el('span', { class: 'small', text: t('extract.indicator.asWritten', { phrase: row.indicatorPhrase }) }));
  }

  const numeric = row.comparator !== 'relative' && row.comparator !== 'qualitative';
  const unitNote = row.indicatorUnit && row.unit && row.unit !== row.indicatorUnit && state.indicators.get(row.indicator)?.unit === row.indicatorUnit
    ? el('span', { class: 'small', text: `→ ${row.indicatorUnit}` }) : null;
  const relationNote = row.comparator === 'relative' && row.relation
    ? el('span', { class: 'small', text: t(`extract.relation.${row.relation}`, { ref: row.refPhrase || row.refIndicator || '' }) }) : null;

  const quoteCell = el('td', {},
    el('span', { class: 'quote', text: row.quote }),
    row.multiYear ? el('span', { class: 'badge', title: t('extract.badge.multiYearTitle'), text: t('extract.badge.multiYear') }) : null,
    row.status === 'estimate' ? el('span', { class: 'badge estimate', text: t('extract.badge.estimate') }) : null,
    el('ul', { class: 'row-errors' }));

  const tr = el('tr', {
    id: `row-${row.index}`, 'data-index': String(row.index),
    class: [row.decision === 'accept' ? 'accepted' : 'rejected', state.selected === row.index ? 'selected' : ''].join(' ').trim(),
    onclick: (e) => {
      if (!['INPUT', 'SELECT', 'BUTTON', 'LABEL'].includes(e.target.tagName)) select(row.index, 'text');
    },
  },
  el('td', { text: String(n) }),
  el('td', {}, decision),
  quoteCell,
  el('td', {}, indicatorInput, ...indicatorNotes),
  el('td', {}, el('select', { 'aria-label': `${t('extract.col.kind')} ${n}`, onchange: update('kind') },
    options(['actual', 'target'], row.kind, (k) => t(`extract.kind.${k}`)))),
  el('td', {}, el('input', { class: 'year', type: 'number', min: '1949', max: '2100', value: String(row.year), 'aria-label': `${t('extract.col.year')} ${n}`, onchange: update('year') })),
  el('td', {}, el('select', { 'aria-label': `${t('extract.col.comparator')} ${n}`, onchange: update('comparator') },
    options(COMPARATORS, row.comparator, (c) => t(`comparator.${c}`))), relationNote),
  el('td', {}, numeric ? el('input', { class: 'value', inputmode: 'decimal', value: String(row.value), 'aria-label': `${t('extract.col.value')} ${n}`, title: row.value === '' ? null : formatNumber(Number(row.value)), onchange: update('value') }) : '—'),
  el('td', {}, row.comparator === 'range' ? el('input', { class: 'value', inputmode: 'decimal', value: String(row.valueHigh), 'aria-label': `${t('extract.col.valueHigh')} ${n}`, onchange: update('valueHigh') }) : '—'),
  el('td', {}, numeric ? el('input', { class: 'unit', value: row.unit, 'aria-label': `${t('extract.col.unit')} ${n}`, onchange: update('unit') }) : '—', unitNote),
  el('td', {}, row.kind === 'actual' ? el('select', { 'aria-label': `${t('extract.col.vintage')} ${n}`, onchange: update('vintage') },
    options(VINTAGES, row.vintage, (v) => t(`vintage.${v}`))) : '—'));
  return tr;
}

function rerenderRow(row) {
  const old = $(`row-${row.index}`);
  const errors = old ? [...old.querySelectorAll('.row-errors li')].map((li) => li.textContent) : [];
  const fresh = renderRow(row);
  for (const message of errors) fresh.querySelector('.row-errors').append(el('li', { text: message }));
  fresh.classList.toggle('has-error', errors.length > 0);
  old?.replaceWith(fresh);
}

function setDecision(row, decision) {
  row.decision = decision;
  const tr = $(`row-${row.index}`);
  tr.classList.toggle('accepted', decision === 'accept');
  tr.classList.toggle('rejected', decision === 'reject');
  refreshMarks();
  updateCounts();
}

function setAll(decision) {
  for (const row of state.rows) {
    row.decision = decision;
    rerenderRow(row);
  }
  refreshMarks();
  updateCounts();
}

function updateCounts() {
  const accepted = state.rows.filter((r) => r.decision === 'accept').length;
  $('counts').textContent = t('extract.result.counts', { accepted, rejected: state.rows.length - accepted });
  $('commit-button').textContent = t('extract.commit.button', { count: accepted });
}

async function remember(row) {
  try {
    await api.addAlias(row.indicator, row.indicatorPhrase);
    status(t('extract.indicator.remembered', { alias: row.indicatorPhrase, key: row.indicator }));
  } catch (e) {
    status(e instanceof ApiError && e.status === 403 ? t('extract.indicator.adminOnly') : describe(e), true);
  }
}

// ------------------------------------------------------------------ source and commit

function prefillSource() {
  const r = state.extraction;
  const region = r.region || $('report-region').value || '';
  const name = region ? (state.regions.find((x) => x.code === region)?.nameZh ?? '') : '';
  $('source-region').value = region;
  if (r.reportYear && name) {
    $('source-title').value = t('extract.source.defaultTitle', { year: r.reportYear, region: lang === 'en' ? regionName(region) : name });
    $('source-body').value = t('extract.source.defaultBody', { region: lang === 'en' ? regionName(region) : name });
  }
  $('source-date').value = headerDate(state.text);
  loadSources(region);
}

async function loadSources(region) {
  const select = $('source-id');
  select.replaceChildren(el('option', { value: '', text: t('extract.source.choose') }));
  try {
    for (const s of await api.sources(region)) {
      select.append(el('option', { value: String(s.id), text: `${s.title}${s.publishedOn ? ` (${s.publishedOn})` : ''}` }));
    }
  } catch (e) {
    // the list is a convenience; a new document can still be registered
  }
}

function sourcePart() {
  const existing = document.querySelector('input[name="source-mode"]:checked').value === 'existing';
  if (existing) {
    return { sourceId: $('source-id').value ? Number($('source-id').value) : null };
  }
  return {
    source: {
      title: $('source-title').value.trim() || null,
      issuingBody: $('source-body').value.trim() || null,
      region: $('source-region').value || null,
      publishedOn: $('source-date').value || null,
      kind: 'work_report',
    },
  };
}

function clearErrors() {
  for (const tr of $('statements').tBodies[0].rows) {
    tr.classList.remove('has-error');
    tr.querySelector('.row-errors').replaceChildren();
  }
}

async function onCommit(event) {
  event.preventDefault();
  clearErrors();
  const { payload, rowOf } = commitPayload(state.rows, sourcePart());
  if (payload.statements.length === 0) {
    $('commit-result').textContent = t('extract.commit.nothing');
    return;
  }
  const button = $('commit-button');
  button.disabled = true;
  $('commit-result').textContent = t('extract.commit.working');
  try {
    const result = await api.commitExtraction(payload);
    $('commit-result').replaceChildren(
      el('p', { class: 'done', text: t('extract.commit.done', { targets: result.targets, actuals: result.actuals, title: result.source.title }) }),
      el('p', {},
        el('a', { href: withLang('index.html', { view: 'targets', region: result.region }), text: t('extract.commit.viewTargets') }), ' · ',
        el('a', { href: withLang('index.html', { view: 'actuals', region: result.region }), text: t('extract.commit.viewActuals') })));
  } catch (e) {
    if (signInAgainIfNeeded(e)) {
      return;
    }
    showCommitErrors(e, rowOf);
  } finally {
    button.disabled = false;
  }
}

function showCommitErrors(e, rowOf) {
  const general = [];
  if (e instanceof ApiError && e.problem.errors) {
    for (const [row, errors] of errorsByRow(e.problem, rowOf)) {
      if (row < 0) {
        general.push(...errors.map((x) => `${x.field}: ${x.message}`));
        continue;
      }
      const tr = $(`row-${row}`);
      tr.classList.add('has-error');
      for (const x of errors) {
        tr.querySelector('.row-errors').append(el('li', { text: `${x.field ? `${x.field}: ` : ''}${x.message}` }));
      }
    }
    const first = [...errorsByRow(e.problem, rowOf).keys()].find((r) => r >= 0);
    if (first !== undefined) select(first, 'table');
  } else {
    general.push(describe(e));
  }
  $('commit-result').replaceChildren(el('p', { class: 'error', text: t('extract.commit.failed') }),
    el('ul', { class: 'error' }, general.map((g) => el('li', { text: g }))));
}

// ------------------------------------------------------------------ start

async function start() {
  translatePage();
  $('lang-switch').href = otherLanguageLink();
  $('workspace-link').href = withLang('index.html');
  let session;
  try {
    session = await api.session();
  } catch (e) {
    if (!signInAgainIfNeeded(e, { ended: false })) {
      status(describe(e), true);
    }
    return;
  }
  $('who').textContent = t('header.signedInAs', { name: session.username });
  $('sign-out').addEventListener('click', signOut);
  try {
    await loadCatalogue();
  } catch (e) {
    failed(e);
    return;
  }
  $('extract-form').addEventListener('submit', onExtract);
  $('commit-form').addEventListener('submit', onCommit);
  $('accept-all').addEventListener('click', () => setAll('accept'));
  $('reject-all').addEventListener('click', () => setAll('reject'));
  $('source-region').addEventListener('change', (e) => loadSources(e.target.value));
  document.querySelectorAll('input[name="source-mode"]').forEach((radio) => {
    radio.addEventListener('change', () => {
      const existing = document.querySelector('input[name="source-mode"]:checked').value === 'existing';
      $('source-new').hidden = existing;
      $('source-existing').hidden = !existing;
    });
  });
  document.body.dataset.state = 'ready';
}

start();
