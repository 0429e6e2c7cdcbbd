// Indicator: outcome against target over the years (band, line, hollow estimates), and every year in a table.
import { api, csvUrl } from '../api.js';
import { h, fill } from '../dom.js';
import { t, nameOf, fmtValue, fmtDate, fmtMargin, unitLabel, category } from '../i18n.js';
import { chartCard, verdictBadge, select, emptyState, dataTable } from '../components.js';
import { chartConfig } from '../charts.js';
import { statedOutcome, sourcesOf, sourceLine, emptyActions } from './common.js';

/** The indicator picker: the region's indicators, grouped by category. */
export function indicatorSelect(ctx, { id = 'pick-indicator', onchange } = {}) {
  const groups = new Map();
  ctx.years.indicators.map((k) => ctx.catalogue.indicatorByKey.get(k)).filter(Boolean)
    .sort((a, b) => (a.category || '').localeCompare(b.category || '') || a.key.localeCompare(b.key))
    .forEach((i) => {
      const g = category(i.category);
      if (!groups.has(g)) {
        groups.set(g, []);
      }
      groups.get(g).push({ value: i.key, label: nameOf(i) });
    });
  return select({
    label: t('controls.indicator'), value: ctx.state.indicator, id,
    options: [...groups.entries()].map(([group, options]) => ({ group, options })),
    onchange: onchange || ((v) => ctx.navigate({ indicator: v }))
  });
}

function verdictAt(payload, i) {
  const out = payload.datasets.find((d) => d.id === 'outcome');
  const tgt = payload.datasets.find((d) => d.id === 'target');
  return ((out && out.pointMeta[i]) || {}).verdict || ((tgt && tgt.pointMeta[i]) || {}).verdict || null;
}

export function seriesSummary(payload, indicatorName, unit) {
  const verdicts = payload.labels.map((_, i) => verdictAt(payload, i));
  const judged = verdicts.filter((v) => ['exceeded', 'met', 'partly_met', 'missed'].includes(v));
  const met = verdicts.filter((v) => v === 'exceeded' || v === 'met').length;
  const missed = verdicts.filter((v) => v === 'missed').length;
  const out = payload.datasets.find((d) => d.id === 'outcome');
  const last = out ? out.data.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0).pop() : undefined;
  const parts = [];
  if (payload.labels.length) {
    parts.push(t('summary.series', {
      indicator: indicatorName,
      range: payload.labels[0] + '–' + payload.labels[payload.labels.length - 1],
      evaluated: judged.length, met, missed
    }));
  }
  if (last !== undefined) {
    const row = payload.table.rows[last];
    const value = statedOutcome(out.pointMeta[last], row.outcome_value, row.outcome_stated, unit);
    parts.push(row.target_wording
      ? t('summary.seriesLatest', { year: row.year, value, target: row.target_wording, verdict: verdictAt(payload, last) ? t('verdict.' + verdictAt(payload, last)) : '–' })
      : t('summary.seriesNoTarget', { year: row.year, value }));
  }
  return parts.join(' ');
}

export function indicatorView() {
  const heading = h('h1', { class: 'view-title' });
  const facts = h('p', { class: 'view-facts' });
  const card = chartCard({ tableToggle: false });
  const tableArea = h('section', { class: 'card table-card', 'aria-labelledby': 'every-year' });
  const el = h('div', { class: 'view view-indicator' }, heading, facts, card.el, tableArea);
  let token = 0;

  async function update(ctx) {
    const my = ++token;
    const { state } = ctx;
    const ind = ctx.catalogue.indicatorByKey.get(state.indicator);
    const regionName = nameOf(ctx.region);
    heading.textContent = t('indicator.heading', { indicator: ind ? nameOf(ind) : state.indicator || '', region: regionName });
    ctx.setTitle(heading.textContent);
    fill(facts, ind ? [category(ind.category), t('indicator.direction.' + ind.direction), unitLabel(ind.unit)].filter(Boolean).join(' · ') : '');
    if (!ind) {
      fill(tableArea, emptyState(t('state.empty.region', { region: regionName }), emptyActions(ctx, 'overview')));
      card.el.hidden = true;
      return;
    }
    card.el.hidden = false;
    card.loading();
    const params = { region: state.region, indicator: state.indicator, lang: state.lang };
    try {
      const payload = await api.series(params);
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
    const unit = payload.unit || ind.unit;
    const empty = !payload.labels.length;
    const sources = sourcesOf(payload);
    card.show({
      config: chartConfig(payload, { options: { scales: { x: { offset: true } } } }),
      title: payload.title,
      subtitle: payload.subtitle,
      summary: seriesSummary(payload, nameOf(ind), unit),
      notes: payload.notes,
      sources: sources.length > 3 ? [t('sources.more', { first: sources.slice(0, 2).join(t('summary.list')), count: sources.length - 2 })] : sources,
      sourceLine: sourceLine(sources, ctx.permalink({})),
      csvHref: csvUrl('series', params),
      embedHref: ctx.permalink({ embed: true }),
      backHref: ctx.permalink({ embed: false }),
      fileName: 'series-' + ctx.state.region + '-' + ind.key,
      empty: empty ? emptyState(t('state.empty.series', { region: nameOf(ctx.region), indicator: nameOf(ind) }), emptyActions(ctx, 'overview')) : null
    });
    if (empty) {
      fill(tableArea);
      return;
    }
    const out = payload.datasets.find((d) => d.id === 'outcome');
    const first = payload.datasets.find((d) => d.id === 'first_release');
    const rows = payload.table.rows.map((r, i) => ({ ...r, i, verdictCode: verdictAt(payload, i) })).reverse();
    fill(tableArea,
      h('h2', { id: 'every-year' }, t('indicator.table', { count: rows.length })),
      dataTable({
        caption: payload.title,
        rowHeader: 'year',
        rows,
        columns: [
          { key: 'year', label: t('col.year') },
          { key: 'target', label: t('col.target'), render: (r) => (r.target_wording ? [h('span', null, r.target_wording),
            r.target_source ? h('span', { class: 'cell-note' }, r.target_source) : null,
            r.target_quote ? h('q', { class: 'cell-quote' }, r.target_quote) : null] : h('span', { class: 'muted' }, t('tile.noTarget'))) },
          { key: 'outcome', label: t('col.outcome'), render: (r) => {
            const m = (out && out.pointMeta[r.i]) || {};
            const fm = (first && first.pointMeta[r.i]) || {};
            const stated = statedOutcome(m, r.outcome_value, r.outcome_stated, unit);
            return stated ? [h('strong', null, stated),
              r.first_value !== null && r.first_value !== r.outcome_value
                ? h('span', { class: 'cell-note' }, t('indicator.firstRelease', { value: fmtValue(r.first_value, unit), verdict: fm.verdict ? t('verdict.' + fm.verdict) : '–' }))
                : null] : h('span', { class: 'muted' }, t('tile.noOutcome'));
          } },
          { key: 'vintage', label: t('col.vintage'), render: (r) => {
            const m = (out && out.pointMeta[r.i]) || {};
            return r.vintage ? [h('span', { class: ['vintage', m.estimate && 'vintage-estimate'] }, r.vintage), h('span', { class: 'cell-note' }, fmtDate(r.published_on))] : null;
          } },
          { key: 'verdict', label: t('col.verdict'), render: (r) => [verdictBadge(r.verdictCode || (r.target_wording ? 'not_evaluable' : 'none'), { small: true }),
            r.margin !== null && r.margin !== undefined ? h('span', { class: 'cell-note' }, t('col.margin') + ' ' + fmtMargin(r.margin, unit)) : null,
            r.reason ? h('span', { class: 'cell-note' }, r.reason) : null] },
          { key: 'source', label: t('col.source'), render: (r) => [r.source ? h('span', null, r.source) : null,
            r.quote ? h('q', { class: 'cell-quote' }, r.quote) : null,
            first && first.pointMeta[r.i] && out.pointMeta[r.i] && first.pointMeta[r.i].publishedOn !== out.pointMeta[r.i].publishedOn
              ? h('a', { class: 'cell-link', href: ctx.hrefFor({ view: 'revisions', year: r.year }), 'data-nav': '1' }, t('indicator.seeRevisions')) : null] }
        ]
      }));
  }

  function controls(ctx) {
    return [indicatorSelect(ctx)];
  }

  return { el, update, controls, destroy: () => card.destroy(), primary: card };
}
