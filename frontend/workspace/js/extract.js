// The extraction review screen: paste or upload a report, check every statement found, commit them as drafts.
import { api, ApiError } from './extract-api.js';
import { t, lang, formatNumber } from './extract-i18n.js';
import { segments, reviewRow, commitPayload, errorsByRow, headerDate } from './extract-model.js';

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

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k in node && typeof v !== 'string') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function translatePage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  document.title = t('page.title');
  const link = $('lang-switch');
  link.href = lang === 'en' ? '?' : '?lang=en';
  link.lang = lang === 'en' ? 'zh-CN' : 'en';
}

function status(message, isError = false) {
  const box = $('status');
  box.textContent = message || '';
  box.classList.toggle('error', isError);
}

function describe(error) {
  if (!(error instanceof ApiError)) return String(error);
  if (error.status === 0) return t('error.network');
  if (error.status === 401) return t('error.signIn');
  if (error.status === 403) return t('error.forbidden');
  return error.problem.detail || error.message;
}

function regionName(code) {
  const r = state.regions.find((x) => x.code === code);
  return r ? (lang === 'en' ? r.nameEn : r.nameZh) : code;
}

function indicatorName(key) {
  const i = state.indicators.get(key);
  return i ? (lang === 'en' ? i.nameEn : i.nameZh) : '';
}

async function loadCatalogue() {
  try {
    const [regions, indicators] = await Promise.all([api.regions(), api.indicators()]);
    state.regions = regions;
    for (const i of indicators) state.indicators.set(i.key, i);
    for (const select of [$('report-region'), $('source-region')]) {
      for (const r of regions) select.append(el('option', { value: r.code, text: `${lang === 'en' ? r.nameEn : r.nameZh} (${r.code})` }));
    }
    const list = $('indicator-keys');
    for (const i of indicators) list.append(el('option', { value: i.key, label: `${lang === 'en' ? i.nameEn : i.nameZh} · ${i.unit}` }));
  } catch (e) {
    status(describe(e), true);
  }
}

// ------------------------------------------------------------------ extraction

async function onExtract(event) {
  event.preventDefault();
  const file = $('report-file').files[0];
  const text = $('report-text').value;
  const region = $('report-region').value;
  const year = $('report-year').value ? Number($('report-year').value) : null;
  if (!file && !text.trim()) {
    status(t('error.noText'), true);
    return;
  }
  const button = $('extract-button');
  button.disabled = true;
  status(t('input.extracting'));
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
    status(describe(e), true);
  } finally {
    button.disabled = false;
  }
}

function showReview() {
  const r = state.extraction;
  const unmatched = state.rows.filter((x) => x.unmatched).length;
  $('summary').textContent = r.statements.length === 0 ? t('result.none') : t('result.summary', {
    year: r.reportYear ?? t('result.unknownYear'),
    region: r.region ? regionName(r.region) : t('result.unknownRegion'),
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
      t(`decision.${d}`))));

  const indicatorInput = el('input', {
    class: 'indicator', list: 'indicator-keys', value: row.indicator, 'aria-label': `${t('col.indicator')} ${n}`,
    placeholder: t('indicator.choose'),
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
    indicatorNotes.push(el('span', { class: 'small' }, el('span', { class: 'badge unmatched', text: t('indicator.unmatched', { phrase: row.indicatorPhrase ?? '' }) })));
    if (row.suggestedKey) indicatorNotes.push(el('span', { class: 'small', text: t('indicator.suggested', { key: row.suggestedKey }) }));
    if (row.indicator && state.indicators.has(row.indicator) && row.indicatorPhrase) {
      indicatorNotes.push(el('button', { type: 'button', class: 'remember', text: t('indicator.remember'), onclick: () => remember(row) }));
    }
  } else if (row.indicatorPhrase && row.indicatorPhrase !== indicatorName(row.indicator)) {
    indicatorNotes.push(el('span', { class: 'small', text: t('indicator.asWritten', { phrase: row.indicatorPhrase }) }));
  }

  const numeric = row.comparator !== 'relative' && row.comparator !== 'qualitative';
  const unitNote = row.indicatorUnit && row.unit && row.unit !== row.indicatorUnit && state.indicators.get(row.indicator)?.unit === row.indicatorUnit
    ? el('span', { class: 'small', text: `→ ${row.indicatorUnit}` }) : null;
  const relationNote = row.comparator === 'relative' && row.relation
    ? el('span', { class: 'small', text: t(`relation.${row.relation}`, { ref: row.refPhrase || row.refIndicator || '' }) }) : null;

  const quoteCell = el('td', {},
    el('span', { class: 'quote', text: row.quote }),
    row.multiYear ? el('span', { class: 'badge', title: t('badge.multiYearTitle'), text: t('badge.multiYear') }) : null,
    row.status === 'estimate' ? el('span', { class: 'badge estimate', text: t('badge.estimate') }) : null,
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
  el('td', {}, indicatorInput, ...indicatorNotes),
  el('td', {}, el('select', { 'aria-label': `${t('col.kind')} ${n}`, onchange: update('kind') },
    options(['actual', 'target'], row.kind, (k) => t(`kind.${k}`)))),
  el('td', {}, el('input', { class: 'year', type: 'number', min: '1949', max: '2100', value: String(row.year), 'aria-label': `${t('col.year')} ${n}`, onchange: update('year') })),
  el('td', {}, el('select', { 'aria-label': `${t('col.comparator')} ${n}`, onchange: update('comparator') },
    options(COMPARATORS, row.comparator, (c) => t(`comparator.${c}`))), relationNote),
  el('td', {}, numeric ? el('input', { class: 'value', inputmode: 'decimal', value: String(row.value), 'aria-label': `${t('col.value')} ${n}`, title: formatNumber(row.value), onchange: update('value') }) : '—'),
  el('td', {}, row.comparator === 'range' ? el('input', { class: 'value', inputmode: 'decimal', value: String(row.valueHigh), 'aria-label': `${t('col.valueHigh')} ${n}`, onchange: update('valueHigh') }) : '—'),
  el('td', {}, numeric ? el('input', { class: 'unit', value: row.unit, 'aria-label': `${t('col.unit')} ${n}`, onchange: update('unit') }) : '—', unitNote),
  el('td', {}, row.kind === 'actual' ? el('select', { 'aria-label': `${t('col.vintage')} ${n}`, onchange: update('vintage') },
    options(VINTAGES, row.vintage, (v) => t(`vintage.${v}`))) : '—'),
  quoteCell);
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
  $('counts').textContent = t('result.counts', { accepted, rejected: state.rows.length - accepted });
  $('commit-button').textContent = t('commit.button', { count: accepted });
}

async function remember(row) {
  try {
    await api.addAlias(row.indicator, row.indicatorPhrase);
    status(t('indicator.remembered', { alias: row.indicatorPhrase, key: row.indicator }));
  } catch (e) {
    status(e instanceof ApiError && e.status === 403 ? t('indicator.adminOnly') : describe(e), true);
  }
}

// ------------------------------------------------------------------ source and commit

function prefillSource() {
  const r = state.extraction;
  const region = r.region || $('report-region').value || '';
  const name = region ? (state.regions.find((x) => x.code === region)?.nameZh ?? '') : '';
  $('source-region').value = region;
  if (r.reportYear && name) {
    $('source-title').value = t('source.defaultTitle', { year: r.reportYear, region: lang === 'en' ? regionName(region) : name });
    $('source-body').value = t('source.defaultBody', { region: lang === 'en' ? regionName(region) : name });
  }
  $('source-date').value = headerDate(state.text);
  loadSources(region);
}

async function loadSources(region) {
  const select = $('source-id');
  select.replaceChildren(el('option', { value: '', text: t('source.choose') }));
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
    $('commit-result').textContent = t('commit.nothing');
    return;
  }
  const button = $('commit-button');
  button.disabled = true;
  $('commit-result').textContent = t('commit.working');
  try {
    const result = await api.commit(payload);
    const region = encodeURIComponent(result.region);
    $('commit-result').replaceChildren(
      el('p', { class: 'done', text: t('commit.done', { targets: result.targets, actuals: result.actuals, title: result.source.title }) }),
      el('p', {},
        el('a', { href: `/api/v1/targets?region=${region}&status=draft`, text: t('commit.viewTargets') }), ' · ',
        el('a', { href: `/api/v1/actuals?region=${region}&status=draft`, text: t('commit.viewActuals') })));
  } catch (e) {
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
  $('commit-result').replaceChildren(el('p', { class: 'error', text: t('commit.failed') }),
    el('ul', { class: 'error' }, general.map((g) => el('li', { text: g }))));
}

// ------------------------------------------------------------------ start

function start() {
  translatePage();
  loadCatalogue();
  $('extract-form').addEventListener('submit', onExtract);
  $('commit-form').addEventListener('submit', onCommit);
  $('accept-all').addEventListener('click', () => setAll('accept'));
  $('reject-all').addEventListener('click', () => setAll('reject'));
  $('source-region').addEventListener('change', (e) => loadSources(e.target.value));
  for (const radio of document.querySelectorAll('input[name="source-mode"]')) {
    radio.addEventListener('change', () => {
      const existing = document.querySelector('input[name="source-mode"]:checked').value === 'existing';
      $('source-new').hidden = existing;
      $('source-existing').hidden = !existing;
    });
  }
}

start();
