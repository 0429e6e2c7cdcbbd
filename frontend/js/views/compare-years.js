// Compare years: 2-5 years of a region side by side, per indicator, with targets and verdicts.
import { api, csvUrl } from '../api.js';
import { h, fill, uid } from '../dom.js';
import { t, nameOf, fmtYear, fmtList, unitLabel } from '../i18n.js';
import { chartCard, verdictBadge, select, emptyState, dataTable } from '../components.js';
import { chartConfig, SERIES, horizontalBars, merge } from '../charts.js';
import { statedOutcome, sourcesOf, sourceLine, emptyActions } from './common.js';

const MAX_YEARS = 5;

/** The chart's subset: only the indicators measured in one unit (different units cannot share an axis). */
function subset(payload, keep) {
  const idx = payload.labels.map((_, i) => i).filter(keep);
  return {
    ...payload,
    labels: idx.map((i) => payload.labels[i]),
    datasets: payload.datasets.map((ds) => ({ ...ds, data: idx.map((i) => ds.data[i]), pointMeta: idx.map((i) => (ds.pointMeta || [])[i] || {}) }))
  };
}

/** Units of the compared indicators, the most common (among indicators with targets) first. */
export function unitsOf(payload) {
  const year = payload.table.rows.length ? payload.table.rows[0].year : null;
  const rows = payload.table.rows.filter((r) => r.year === year);
  const score = new Map();
  rows.forEach((r) => {
    const hasTarget = payload.table.rows.some((x) => x.indicator_key === r.indicator_key && x.target_wording);
    score.set(r.unit, (score.get(r.unit) || 0) + (hasTarget ? 100 : 1));
  });
  return { units: [...score.entries()].sort((a, b) => b[1] - a[1]).map(([u]) => u), unitByIndex: rows.map((r) => r.unit) };
}

export function compareYears() {
  const heading = h('h1', { class: 'view-title' });
  const info = h('div', { class: 'view-info' });
  const card = chartCard();
  const matrix = h('section', { class: 'card table-card', 'aria-labelledby': 'matrix-title' });
  const el = h('div', { class: 'view view-years' }, heading, info, card.el, matrix);
  let token = 0;
  let units = [];

  async function update(ctx) {
    const my = ++token;
    const { state } = ctx;
    heading.textContent = t('years.heading', { region: nameOf(ctx.region) });
    ctx.setTitle(heading.textContent);
    if (!state.years.length) {
      fill(info, emptyState(t('state.empty.region', { region: nameOf(ctx.region) }), emptyActions(ctx, 'overview')));
      card.el.hidden = true;
      fill(matrix);
      return;
    }
    card.el.hidden = false;
    fill(info, state.years.length < 2 ? h('p', { class: 'notice', role: 'status' }, t('years.needTwo')) : '');
    card.loading();
    const params = { region: state.region, years: state.years, lang: state.lang };
    try {
      const payload = await api.compareYears(params);
      if (my !== token) {
        return;
      }
      show(ctx, payload, params);
    } catch (err) {
      if (my === token) {
        card.error(err, () => update(ctx), ctx.home);
        fill(matrix);
      }
    }
  }

  function show(ctx, payload, params) {
    const { state } = ctx;
    const u = unitsOf(payload);
    units = u.units;
    const unit = units.includes(state.unit) ? state.unit : units[0];
    if (units.length > 1 && ctx.controlsStale) {
      ctx.controlsStale();
    }
    const part = subset(payload, (i) => u.unitByIndex[i] === unit);
    part.unit = unit;
    const years = state.years;
    const pairs = [];
    const config = chartConfig(part, {
      type: 'bar',
      colorFor: (ds) => SERIES[Math.max(0, years.indexOf(Number(ds.id.split('_').pop()))) % SERIES.length],
      datasets: (list) => list.map((ds, i) => {
        if (ds.role === 'target') {
          const bar = list.findIndex((d) => d.id === 'outcome_' + ds.id.split('_').pop());
          pairs.push([i, bar]);
          return { ...ds, pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 0, legendKey: 'target', legendText: t('legend.target'), skipKeyboard: true };
        }
        return ds;
      }),
      options: merge(horizontalBars(unit), { plugins: { itTargetMarks: { pairs }, itUnit: unit } })
    });
    const sources = sourcesOf(part);
    const summaryRows = part.labels.slice(0, 8).map((label, i) => t('summary.yearsRow', {
      indicator: label,
      values: years.map((y) => {
        const ds = part.datasets.find((d) => d.id === 'outcome_' + y);
        const m = ds ? ds.pointMeta[i] : {};
        const v = ds ? ds.data[i] : null;
        return fmtYear(y) + ' ' + (v === null || v === undefined ? '–' : statedOutcome(m, v, null, unit)) + (m.verdict ? t('summary.verdict', { verdict: t('verdict.' + m.verdict) }) : '');
      }).join(t('summary.list'))
    }));
    card.show({
      config,
      height: Math.max(260, part.labels.length * (years.length * 16 + 14) + 70),
      title: payload.title,
      subtitle: payload.subtitle,
      summary: t('summary.years', { years: fmtList(years), rows: summaryRows.join(t('summary.sep')) }),
      notes: [part.datasets.some((d) => d.role === 'outcome' && d.pointMeta.some((m) => m && m.estimate)) ? t('legend.hollowBars') : null,
        // With several units our note replaces the API's "different units" note, which it puts first.
        units.length > 1 ? t('years.unitNote', { unit: unitLabel(unit) || unit }) : null, ...payload.notes.slice(units.length > 1 ? 1 : 0)].filter(Boolean),
      sources: sources.length > 3 ? [t('sources.more', { first: sources.slice(0, 2).join(t('summary.list')), count: sources.length - 2 })] : sources,
      sourceLine: sourceLine(sources, ctx.permalink({})),
      csvHref: csvUrl('compareYears', params),
      embedHref: ctx.permalink({ embed: true, unit }),
      backHref: ctx.permalink({ embed: false, unit }),
      fileName: 'compare-years-' + state.region,
      tableToggle: false,
      empty: part.labels.length ? null : emptyState(t('state.empty.year', { region: nameOf(ctx.region), year: fmtList(years) }), emptyActions(ctx, 'overview'))
    });
    renderMatrix(ctx, payload);
  }

  function renderMatrix(ctx, payload) {
    const years = ctx.state.years;
    const rowsByKey = new Map();
    payload.table.rows.forEach((r) => {
      if (!rowsByKey.has(r.indicator_key)) {
        rowsByKey.set(r.indicator_key, { indicator: r.indicator, key: r.indicator_key, unit: r.unit, byYear: {} });
      }
      rowsByKey.get(r.indicator_key).byYear[r.year] = r;
    });
    const metaFor = (key, year) => {
      const i = payload.table.rows.filter((r) => r.year === year).findIndex((r) => r.indicator_key === key);
      const out = payload.datasets.find((d) => d.id === 'outcome_' + year);
      const tgt = payload.datasets.find((d) => d.id === 'target_' + year);
      return { out: (out && out.pointMeta[i]) || {}, tgt: (tgt && tgt.pointMeta[i]) || {} };
    };
    fill(matrix,
      h('h2', { id: 'matrix-title' }, t('years.matrix')),
      dataTable({
        caption: payload.title,
        rowHeader: 'indicator',
        rows: [...rowsByKey.values()],
        columns: [
          { key: 'indicator', label: t('col.indicator'), render: (r) => h('a', { href: ctx.hrefFor({ view: 'indicator', indicator: r.key }), 'data-nav': '1' }, r.indicator) },
          ...years.map((y) => ({
            key: 'y' + y,
            label: fmtYear(y),
            render: (r) => {
              const row = r.byYear[y];
              if (!row) {
                return null;
              }
              const { out, tgt } = metaFor(r.key, y);
              const verdict = out.verdict || tgt.verdict || (row.target_wording ? 'not_evaluable' : 'none');
              const stated = statedOutcome(out, row.outcome_value, row.outcome_stated, r.unit);
              return [h('strong', null, stated || '–'), row.vintage ? h('span', { class: 'cell-note' }, row.vintage) : null,
                h('span', { class: 'cell-note' }, t('tooltip.target', { wording: row.target_wording || '–' })),
                verdictBadge(verdict, { small: true })];
            }
          }))
        ]
      }));
  }

  function controls(ctx) {
    const all = ctx.years.years.map((y) => y.year);
    const chosen = new Set(ctx.state.years);
    const legendId = uid('years');
    const hint = h('p', { class: 'field-hint', id: legendId + '-hint' }, chosen.size >= MAX_YEARS ? t('controls.yearsMax') : t('controls.yearsHint'));
    const boxes = h('fieldset', { class: 'field field-years', 'aria-describedby': legendId + '-hint' },
      h('legend', null, t('controls.years')),
      h('div', { class: 'checks' }, all.map((y) => {
        const id = 'year-' + y;
        const input = h('input', {
          type: 'checkbox', id, value: y, checked: chosen.has(y),
          disabled: !chosen.has(y) && chosen.size >= MAX_YEARS,
          onchange: (e) => {
            const next = new Set(ctx.state.years);
            if (e.target.checked) {
              next.add(y);
            } else {
              next.delete(y);
            }
            ctx.navigate({ years: [...next].sort((a, b) => a - b) });
          }
        });
        return h('span', { class: 'check' }, input, h('label', { for: id }, String(y)));
      })), hint);
    const out = [boxes];
    if (units.length > 1) {
      out.push(select({
        label: t('controls.unit'), value: units.includes(ctx.state.unit) ? ctx.state.unit : units[0], id: 'pick-unit',
        options: units.map((u) => ({ value: u, label: unitLabel(u) || u })),
        onchange: (v) => ctx.navigate({ unit: v })
      }));
    }
    return out;
  }

  return { el, update, controls, destroy: () => card.destroy(), primary: card };
}
