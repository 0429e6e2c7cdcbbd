// Revisions: how one year's outcome moved across releases (estimate → preliminary → final), with the verdict on each.
import { api, csvUrl } from '../api.js';
import { h, fill } from '../dom.js';
import { t, nameOf, fmtYear, fmtValue, fmtDate, fmtMargin } from '../i18n.js';
import { chartCard, verdictBadge, select, emptyState, dataTable } from '../components.js';
import { chartConfig, COLORS } from '../charts.js';
import { sourcesOf, sourceLine } from './common.js';
import { indicatorSelect } from './indicator.js';

/** Years whose outcome was released more than once (first release and latest differ in date). */
export function revisedYears(series) {
  const out = series.datasets.find((d) => d.id === 'outcome');
  const first = series.datasets.find((d) => d.id === 'first_release');
  if (!out || !first) {
    return [];
  }
  return series.labels.map(Number).filter((y, i) => out.pointMeta[i].publishedOn && first.pointMeta[i].publishedOn
    && out.pointMeta[i].publishedOn !== first.pointMeta[i].publishedOn);
}

/**
 * One year has one target: across its releases the band is drawn as a continuous area and the target as a dashed
 * line, instead of one floating bar per release.
 */
function continuousTarget(list) {
  const out = [];
  list.forEach((ds) => {
    if (ds.role === 'target_band') {
      const low = ds.data.map((v) => (v ? v[0] : null));
      const high = ds.data.map((v) => (v ? v[1] : null));
      const common = { type: 'line', pointRadius: 0, pointHitRadius: 0, borderWidth: 1, borderColor: COLORS.bandBorder, skipKeyboard: true,
        legendKey: 'band', role: 'target_band', order: ds.order, pointMeta: ds.pointMeta, id: ds.id, tension: 0 };
      out.push({ ...common, label: ds.label, data: low, legendText: ds.label, isBandEdge: true });
      out.push({ ...common, label: ds.label, data: high, fill: '-1', backgroundColor: COLORS.band, isBandEdge: true });
    } else if (ds.role === 'target') {
      out.push({ ...ds, showLine: true, borderDash: [6, 4], borderWidth: 2, pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 6, skipKeyboard: true });
    } else {
      out.push(ds);
    }
  });
  return out;
}

export function revisions() {
  const heading = h('h1', { class: 'view-title' });
  const card = chartCard({ tableToggle: false });
  const tableArea = h('section', { class: 'card table-card', 'aria-labelledby': 'releases-title' });
  const el = h('div', { class: 'view view-revisions' }, heading, card.el, tableArea);
  let token = 0;
  let revised = [];
  let outcomeYears = [];

  async function update(ctx) {
    const my = ++token;
    const { state } = ctx;
    const ind = ctx.catalogue.indicatorByKey.get(state.indicator);
    if (!ind) {
      heading.textContent = t('nav.revisions');
      card.el.hidden = true;
      fill(tableArea, emptyState(t('state.empty.region', { region: nameOf(ctx.region) }), []));
      return;
    }
    card.el.hidden = false;
    card.loading();
    try {
      const series = await api.series({ region: state.region, indicator: state.indicator, lang: state.lang });
      if (my !== token) {
        return;
      }
      revised = revisedYears(series);
      const out = series.datasets.find((d) => d.id === 'outcome');
      outcomeYears = series.labels.map(Number).filter((y, i) => out && out.data[i] !== null);
      if (!state.year || !series.labels.includes(String(state.year))) {
        const year = revised.length ? revised[revised.length - 1] : outcomeYears[outcomeYears.length - 1];
        if (year) {
          ctx.navigate({ year }, { replace: true });
          return;
        }
      }
      ctx.refreshControls();
      heading.textContent = t('revisions.heading', { indicator: nameOf(ind), year: state.year || '' });
      ctx.setTitle(heading.textContent);
      const params = { region: state.region, indicator: state.indicator, year: state.year, lang: state.lang };
      const payload = await api.revisions(params);
      if (my !== token) {
        return;
      }
      show(ctx, ind, payload, params);
    } catch (err) {
      if (my === token) {
        card.error(err, () => update(ctx), ctx.home);
        fill(tableArea);
      }
    }
  }

  function show(ctx, ind, payload, params) {
    const { state } = ctx;
    const unit = payload.unit || ind.unit;
    const out = payload.datasets.find((d) => d.id === 'outcome');
    const values = out ? out.data : [];
    const n = values.length;
    const summary = n ? t('summary.revisions', {
      year: state.year, indicator: nameOf(ind), count: n,
      first: fmtValue(values[0], unit), firstVintage: out.pointMeta[0].vintageLabel,
      last: fmtValue(values[n - 1], unit), lastVintage: out.pointMeta[n - 1].vintageLabel,
      change: values[0] === null || values[n - 1] === null ? '–' : fmtMargin(values[n - 1] - values[0], unit)
    }) : '';
    const sources = sourcesOf(payload);
    const empty = n < 2 ? emptyState(t('state.empty.revisions', { region: nameOf(ctx.region), year: state.year, indicator: nameOf(ind) }),
      revised.filter((y) => y !== state.year).slice(-4).reverse().map((y) => h('a', {
        class: 'button', href: ctx.hrefFor({ year: y }), 'data-nav': '1'
      }, fmtYear(y) + t('controls.revised')))) : null;
    card.show({
      config: chartConfig(payload, { datasets: continuousTarget, options: { scales: { x: { offset: true } } } }),
      title: payload.title,
      subtitle: payload.subtitle,
      summary,
      notes: payload.notes,
      sources,
      sourceLine: sourceLine(sources, ctx.permalink({})),
      csvHref: csvUrl('revisions', params),
      embedHref: ctx.permalink({ embed: true }),
      backHref: ctx.permalink({ embed: false }),
      fileName: 'revisions-' + state.region + '-' + ind.key + '-' + state.year,
      empty
    });
    if (!n) {
      fill(tableArea);
      return;
    }
    const rows = payload.table.rows.map((r, i) => ({ ...r, i }));
    fill(tableArea,
      h('h2', { id: 'releases-title' }, payload.title),
      dataTable({
        caption: payload.subtitle,
        rowHeader: 'vintage',
        rows,
        columns: [
          { key: 'vintage', label: t('col.vintage') },
          { key: 'published_on', label: t('col.published'), render: (r) => fmtDate(r.published_on) },
          { key: 'outcome', label: t('col.outcome'), numeric: true, render: (r) => fmtValue(r.outcome_value, unit) },
          { key: 'change', label: t('col.change'), numeric: true, render: (r) => (r.change === null ? '–' : fmtMargin(r.change, unit)) },
          { key: 'verdict', label: t('col.verdict'), render: (r) => [verdictBadge((out.pointMeta[r.i] || {}).verdict || 'not_evaluable', { small: true }),
            r.margin !== null ? h('span', { class: 'cell-note' }, t('col.margin') + ' ' + fmtMargin(r.margin, unit)) : null] },
          { key: 'source', label: t('col.source'), render: (r) => [r.source, r.quote ? h('q', { class: 'cell-quote' }, r.quote) : null] }
        ]
      }));
  }

  function controls(ctx) {
    const years = [...ctx.years.years].filter((y) => y.outcomes > 0).reverse();
    return [
      indicatorSelect(ctx, { onchange: (v) => ctx.navigate({ indicator: v, year: null }) }),
      select({
        label: t('revisions.pickYear'), value: ctx.state.year, id: 'pick-year',
        options: years.map((y) => ({ value: y.year, label: fmtYear(y.year) + (revised.includes(y.year) ? t('controls.revised') : '') })),
        onchange: (v) => ctx.navigate({ year: Number(v) })
      })
    ];
  }

  return { el, update, controls, destroy: () => card.destroy(), primary: card };
}
