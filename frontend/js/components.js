// Shared pieces of the views: verdict badges, states (loading, empty, error), tables, selects, the chart card.
import { h, fill, uid, announce } from './dom.js';
import { t, verdictLabel, fmtNumber } from './i18n.js';
import { VERDICT_ICONS, renderChart, legendItems } from './charts.js';
import { ApiError, forget } from './api.js';

/** A verdict as icon and text (never colour alone). */
export function verdictBadge(code, { small = false } = {}) {
  const v = code || 'none';
  return h('span', { class: ['verdict', 'verdict-' + v, small && 'verdict-small'] },
    h('span', { class: 'verdict-icon', 'aria-hidden': 'true' }, VERDICT_ICONS[v] || '○'),
    h('span', { class: 'verdict-text' }, verdictLabel(v)));
}

export function loadingState() {
  return h('div', { class: 'state state-loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('state.loading'));
}

/** An empty state that says what is missing and offers what to do next (links built by the caller). */
export function emptyState(message, actions = [], title = t('state.empty.title')) {
  return h('div', { class: 'state state-empty' },
    h('p', { class: 'state-title' }, title),
    h('p', null, message),
    h('p', null, t('state.empty.try')),
    actions.length ? h('p', { class: 'state-actions' }, actions) : null);
}

/** An error state: what went wrong in words a reader can act on, with a retry button. */
export function errorState(err, retry, homeHref) {
  let message;
  if (!(err instanceof ApiError)) {
    console.error(err);
    message = t('state.error.other', { status: err && err.message });
  } else if (err.status === 0) {
    message = t('state.error.network');
  } else if (err.status === 503) {
    message = t('state.error.unavailable');
  } else if (err.status === 404) {
    message = t('state.error.notFound');
  } else if (err.status === 400) {
    message = t('state.error.bad', { detail: err.fieldMessage });
  } else {
    message = t('state.error.other', { status: err.status });
  }
  return h('div', { class: 'state state-error', role: 'alert' },
    h('p', { class: 'state-title' }, t('state.error.title')),
    h('p', null, message),
    h('p', { class: 'state-actions' },
      retry && err.status !== 404 && err.status !== 400
        ? h('button', { type: 'button', class: 'button', onclick: () => { forget(); retry(); } }, t('state.retry')) : null,
      homeHref ? h('a', { class: 'button button-secondary', href: homeHref }, t('state.home')) : null));
}

/** A labelled select; options are [{value, label, disabled}] or groups [{group, options}]. */
export function select({ label, value, options, onchange, id = uid('sel'), name }) {
  const el = h('select', { id, name: name || id, onchange: (e) => onchange(e.target.value) });
  const add = (parent, o) => {
    const opt = h('option', { value: o.value, disabled: o.disabled }, o.label);
    opt.selected = String(o.value) === String(value);
    parent.append(opt);
  };
  for (const o of options) {
    if (o.group) {
      const g = h('optgroup', { label: o.group });
      o.options.forEach((x) => add(g, x));
      el.append(g);
    } else {
      add(el, o);
    }
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), el);
}

/**
 * A table from column definitions: [{key, label, numeric, render(row) -> node|string}].
 * Wrapped in a focusable, labelled region so it scrolls sideways on a phone and by keyboard.
 */
export function dataTable({ caption, columns, rows, rowHeader }) {
  const table = h('table', { class: 'data-table' },
    caption ? h('caption', null, caption) : null,
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    h('tbody', null, rows.map((r) => h('tr', null, columns.map((c) => {
      const content = c.render ? c.render(r) : format(r[c.key], c);
      const tag = rowHeader === c.key ? 'th' : 'td';
      // data-label lets a phone show each row as a small card with its column names (see app.css).
      return h(tag, { scope: tag === 'th' ? 'row' : null, class: c.numeric ? 'num' : null, 'data-label': c.label },
        content === null || content === undefined || content === '' ? '–' : content);
    })))));
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption || '' }, table);
}

function format(v, c) {
  if (v === null || v === undefined) {
    return '–';
  }
  return c.numeric && typeof v === 'number' ? fmtNumber(v) : String(v);
}

/** The API's table (columns + rows) as an HTML table: the data behind a chart. */
export function apiTable(payload, caption) {
  const numericKeys = new Set();
  payload.table.rows.forEach((r) => Object.entries(r).forEach(([k, v]) => {
    if (typeof v === 'number' && k !== 'year' && k !== 'rank') {
      numericKeys.add(k);
    }
  }));
  return dataTable({
    caption,
    columns: payload.table.columns.map((c) => ({ key: c.key, label: c.label, numeric: numericKeys.has(c.key) })),
    rows: payload.table.rows
  });
}

function swatch(item) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'swatch');
  const el = (tag, attrs) => {
    const e = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
    svg.append(e);
  };
  if (item.kind === 'band') {
    el('rect', { x: 1, y: 1, width: 20, height: 10, fill: 'rgba(234,88,12,0.16)', stroke: '#c2410c' });
  } else if (item.kind === 'box') {
    el('rect', { x: 3, y: 1, width: 16, height: 10, fill: item.color });
  } else if (item.kind === 'tick') {
    el('line', { x1: 1, y1: 6, x2: 21, y2: 6, stroke: item.color, 'stroke-width': 3 });
  } else {
    el('line', { x1: 1, y1: 6, x2: 21, y2: 6, stroke: item.color, 'stroke-width': 2, 'stroke-dasharray': item.dash ? '4 3' : 'none' });
    el('circle', { cx: 11, cy: 6, r: 3.5, fill: item.hollow ? '#fff' : item.color, stroke: item.color, 'stroke-width': 1.5 });
  }
  return svg;
}

/**
 * A chart card: title, chart, legend (buttons that show or hide a series), text summary, notes, source line,
 * downloads (PNG, CSV), embed dialog and the data table. update() reuses the chart (chart.update()).
 */
export function chartCard({ headingLevel = 'h2', embed = false, tableToggle = true, className } = {}) {
  const titleId = uid('title');
  const summaryId = uid('summary');
  const hintId = uid('hint');
  const title = h(headingLevel, { id: titleId, class: 'card-title' });
  const subtitle = h('p', { class: 'card-subtitle' });
  const canvas = h('canvas', { role: 'img', 'aria-describedby': summaryId + ' ' + hintId });
  const box = h('div', { class: 'chart-box' }, canvas);
  const legend = h('div', { class: 'legend', role: 'group', 'aria-label': t('card.legend') });
  const summary = h('p', { class: 'card-summary', id: summaryId });
  const hint = h('p', { class: 'visually-hidden', id: hintId }, t('card.keyboard'));
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const notes = h('ul', { class: 'card-notes' });
  const source = h('p', { class: 'card-source' });
  const actions = h('div', { class: 'card-actions' });
  const tablePanel = h('div', { class: 'table-panel', id: uid('table'), hidden: true });
  const status = h('div', { class: 'card-status' });
  const body = h('div', { class: 'card-body' }, box, legend, summary, hint, live, notes, source);
  const el = h('section', { class: ['card', 'chart-card', className], 'aria-labelledby': titleId },
    h('header', { class: 'card-header' }, title, subtitle), status, body, actions, tablePanel);
  let chart = null;
  let current = null;

  function renderLegend() {
    fill(legend, legendItems(chart).map((item) => h('button', {
      type: 'button',
      class: 'legend-item',
      'aria-pressed': String(item.visible),
      onclick: (e) => {
        const on = e.currentTarget.getAttribute('aria-pressed') !== 'true';
        item.indices.forEach((i) => chart.setDatasetVisibility(i, on));
        chart.update();
        e.currentTarget.setAttribute('aria-pressed', String(on));
        syncExport();
      }
    }, swatch(item), h('span', null, item.text))));
  }

  function syncExport() {
    chart.$itExport = {
      title: current.title,
      subtitle: current.subtitle,
      source: current.sourceLine,
      legend: legendItems(chart)
    };
  }

  function renderActions() {
    const buttons = [];
    const isEmbed = embed || document.body.classList.contains('embed');
    const withTable = current.tableToggle === undefined ? tableToggle : current.tableToggle;
    if (!isEmbed) {
      buttons.push(h('button', { type: 'button', class: 'button button-small', onclick: downloadPng }, t('card.png')));
      if (current.csvHref) {
        buttons.push(h('a', { class: 'button button-small', href: current.csvHref, download: '' }, t('card.csv')));
      }
      if (current.embedHref) {
        buttons.push(h('button', { type: 'button', class: 'button button-small', onclick: openEmbed }, t('card.embed')));
      }
      if (withTable && current.table) {
        const toggle = h('button', {
          type: 'button', class: 'button button-small', 'aria-expanded': String(!tablePanel.hidden), 'aria-controls': tablePanel.id,
          onclick: () => {
            tablePanel.hidden = !tablePanel.hidden;
            toggle.setAttribute('aria-expanded', String(!tablePanel.hidden));
            toggle.textContent = t(tablePanel.hidden ? 'card.table' : 'card.hideTable');
          }
        }, t(tablePanel.hidden ? 'card.table' : 'card.hideTable'));
        buttons.push(toggle);
      }
    } else if (current.backHref) {
      buttons.push(h('a', { class: 'embed-back', href: current.backHref, target: '_blank', rel: 'noopener' }, t('embed.back')));
    }
    fill(actions, buttons);
  }

  function downloadPng() {
    syncExport();
    const a = h('a', { href: chart.itExportPng(), download: (current.fileName || 'chart') + '.png' });
    document.body.append(a);
    a.click();
    a.remove();
  }

  function openEmbed() {
    const code = '<iframe src="' + current.embedHref + '" title="' + current.title.replace(/"/g, '&quot;')
      + '" width="100%" height="520" style="border:0" loading="lazy"></iframe>';
    const area = h('textarea', { class: 'embed-code', readonly: true, rows: '4', 'aria-label': t('embed.title') }, code);
    const copy = h('button', {
      type: 'button', class: 'button',
      onclick: async () => {
        area.select();
        try {
          await navigator.clipboard.writeText(code);
        } catch (e) {
          document.execCommand('copy');
        }
        copy.textContent = t('embed.copied');
        announce(t('embed.copied'));
      }
    }, t('embed.copy'));
    const dialogTitle = uid('dlg');
    const dialog = h('dialog', { class: 'embed-dialog', 'aria-labelledby': dialogTitle },
      h('h2', { id: dialogTitle }, t('embed.title')),
      h('p', null, t('embed.help')), area,
      h('p', { class: 'state-actions' }, copy,
        h('button', { type: 'button', class: 'button button-secondary', onclick: () => dialog.close() }, t('embed.close'))));
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
    area.focus();
  }

  return {
    el,
    canvas,
    get chart() { return chart; },
    loading() {
      el.setAttribute('aria-busy', 'true');
      fill(status, loadingState());
    },
    error(err, retry, homeHref) {
      el.removeAttribute('aria-busy');
      fill(status, errorState(err, retry, homeHref));
      body.hidden = true;
      actions.hidden = true;
    },
    /**
     * spec: {payload, config (from chartConfig), title, subtitle, summary, notes[], sources[], sourceLine, csvHref,
     * embedHref, backHref, fileName, table (node), empty (node shown instead of the chart), height}
     */
    show(spec) {
      current = spec;
      el.removeAttribute('aria-busy');
      // Embedded charts keep the canvas (its "no data" plugin says so); the page shows what to do instead.
      const isEmbed = embed || document.body.classList.contains('embed');
      fill(status, isEmbed ? '' : spec.empty || '');
      body.hidden = false;
      box.hidden = Boolean(spec.empty) && !isEmbed;
      legend.hidden = box.hidden;
      actions.hidden = false;
      title.textContent = spec.title;
      // An empty year range leaves a dangling separator in the API's subtitle.
      subtitle.textContent = (spec.subtitle || '').replace(/[\uff0c\u3001,\s]+$/, '');
      subtitle.hidden = !spec.subtitle;
      if (spec.height) {
        box.style.height = spec.height + 'px';
      } else {
        box.style.removeProperty('height');
      }
      canvas.setAttribute('aria-label', spec.title + '. ' + (spec.summary || ''));
      chart = renderChart(canvas, spec.config);
      chart.$itAnnounce = (text) => { live.textContent = text; };
      renderLegend();
      syncExport();
      summary.textContent = spec.summary || '';
      fill(notes, (spec.notes || []).map((n) => h('li', null, n)));
      notes.hidden = !(spec.notes || []).length;
      source.textContent = spec.sources && spec.sources.length ? t('card.source', { sources: spec.sources.join(t('summary.list')) }) : '';
      source.hidden = !source.textContent;
      fill(tablePanel, spec.table || '');
      renderActions();
      window.dispatchEvent(new CustomEvent('it:chart', { detail: { title: spec.title } }));
    },
    destroy() {
      if (chart) {
        chart.destroy();
        chart = null;
      }
    }
  };
}

