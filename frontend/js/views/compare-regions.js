// Compare regions: one indicator and year across regions, ranked best first, each with its own target.
import { api, csvUrl } from '../api.js';
import { h, fill } from '../dom.js';
import { t, nameOf, fmtYear, fmtValue, fmtMargin } from '../i18n.js';
import { chartCard, verdictBadge, select, emptyState, dataTable } from '../components.js';
import { chartConfig, COLORS, horizontalBars, merge } from '../charts.js';
import { statedOutcome, sourcesOf, sourceLine, emptyActions } from './common.js';
import { indicatorSelect } from './indicator.js';

export function compareRegions() {
  const heading = h('h1', { class: 'view-title' });
  const card = chartCard({ tableToggle: false });
  const tableArea = h('section', { class: 'card table-card', 'aria-labelledby': 'ranking-title' });
  const el = h('div', { class: 'view view-regions' }, heading, card.el, tableArea);
  let token = 0;

  async function update(ctx) {
    const my = ++token;
    const { state } = ctx;
    const ind = ctx.catalogue.indicatorByKey.get(state.indicator);
    heading.textContent = t('regions.heading', { indicator: ind ? nameOf(ind) : '', year: state.year || '' });
    ctx.setTitle(heading.textContent);
    if (!ind || !state.year) {
      card.el.hidden = true;
      fill(tableArea, emptyState(t('state.empty.region', { region: nameOf(ctx.region) }), emptyActions(ctx, 'overview')));
      return;
    }
    card.el.hidden = false;
    card.loading();
    const params = { indicator: state.indicator, year: state.year, lang: state.lang, parent: state.within ? state.region : null };
    try {
      const payload = await api.compareRegions(params);
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
    const codes = payload.table.rows.map((r) => r.region_code);
    const pairs = [];
    const config = chartConfig(payload, {
      type: 'bar',
      datasets: (list) => list.map((ds, i) => {
        if (ds.role === 'target') {
          pairs.push([i, list.findIndex((d) => d.role === 'outcome')]);
          return { ...ds, pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 0, skipKeyboard: true };
        }
        if (ds.role === 'outcome') {
          // The chosen region stands out: darker, with a thicker edge (its name is also in the summary).
          const est = ds.pointMeta.map((m) => Boolean(m && m.estimate));
          return {
            ...ds,
            backgroundColor: codes.map((c, k) => (est[k] ? '#ffffff' : c === state.region ? COLORS.highlight : COLORS.outcome)),
            borderColor: codes.map((c) => (c === state.region ? COLORS.highlight : COLORS.outcome)),
            borderWidth: codes.map((c, k) => (est[k] || c === state.region ? 2 : 0))
          };
        }
        return ds;
      }),
      options: merge(horizontalBars(unit), { plugins: { itTargetMarks: { pairs } } })
    });
    const out = payload.datasets.find((d) => d.role === 'outcome');
    const firstIndex = out ? out.data.findIndex((v) => v !== null) : -1;
    const summary = firstIndex >= 0 ? t(ind.direction === 'lower' ? 'summary.regionsLower' : 'summary.regions', {
      indicator: nameOf(ind), year: state.year, count: payload.labels.length,
      first: payload.labels[firstIndex], value: fmtValue(out.data[firstIndex], unit)
    }) : '';
    const sources = sourcesOf(payload);
    card.show({
      config,
      height: Math.max(220, payload.labels.length * 34 + 70),
      title: payload.title,
      subtitle: payload.subtitle,
      summary,
      notes: [...payload.notes, out && out.pointMeta.some((m) => m && m.estimate) ? t('legend.hollowBars') : null].filter(Boolean),
      sources: sources.length > 3 ? [t('sources.more', { first: sources.slice(0, 2).join(t('summary.list')), count: sources.length - 2 })] : sources,
      sourceLine: sourceLine(sources, ctx.permalink({})),
      csvHref: csvUrl('compareRegions', params),
      embedHref: ctx.permalink({ embed: true }),
      backHref: ctx.permalink({ embed: false }),
      fileName: 'compare-regions-' + ind.key + '-' + state.year,
      empty: payload.labels.length ? null : emptyState(t('state.empty.year', { region: t('regions.count', { count: 0 }), year: state.year }), emptyActions(ctx, 'regions'))
    });
    if (!payload.labels.length) {
      fill(tableArea);
      return;
    }
    const rows = payload.table.rows.map((r, i) => ({ ...r, i }));
    const tgt = payload.datasets.find((d) => d.role === 'target');
    fill(tableArea,
      h('h2', { id: 'ranking-title' }, t('regions.count', { count: rows.length })),
      dataTable({
        caption: payload.title,
        rowHeader: 'region',
        rows,
        columns: [
          { key: 'rank', label: t('col.rank') },
          { key: 'region', label: t('col.region'), render: (r) => h('a', {
            href: ctx.hrefFor({ view: 'indicator', region: r.region_code, indicator: ind.key }), 'data-nav': '1',
            'aria-current': r.region_code === state.region ? 'true' : null
          }, r.region) },
          { key: 'outcome', label: t('col.outcome'), render: (r) => {
            const m = (out && out.pointMeta[r.i]) || {};
            return r.outcome_value === null ? h('span', { class: 'muted' }, t('tile.noOutcome'))
              : [h('strong', null, statedOutcome(m, r.outcome_value, null, unit)), r.vintage ? h('span', { class: ['vintage', m.estimate && 'vintage-estimate'] }, r.vintage) : null];
          } },
          { key: 'target', label: t('col.target'), render: (r) => r.target_wording || h('span', { class: 'muted' }, t('tile.noTarget')) },
          { key: 'verdict', label: t('col.verdict'), render: (r) => {
            const m = ((out && out.pointMeta[r.i]) || {}).verdict || ((tgt && tgt.pointMeta[r.i]) || {}).verdict;
            return verdictBadge(m || (r.target_wording ? 'not_evaluable' : 'none'), { small: true });
          } },
          { key: 'margin', label: t('col.margin'), numeric: true, render: (r) => fmtMargin(r.margin, unit) },
          { key: 'source', label: t('col.source'), render: (r) => r.source }
        ]
      }));
  }

  function controls(ctx) {
    const years = [...ctx.years.years].reverse();
    const hasChildren = ctx.catalogue.regions.some((r) => r.parent === ctx.state.region);
    const out = [
      indicatorSelect(ctx),
      select({
        label: t('controls.year'), value: ctx.state.year, id: 'pick-year',
        options: years.map((y) => ({ value: y.year, label: fmtYear(y.year) })),
        onchange: (v) => ctx.navigate({ year: Number(v) })
      })
    ];
    if (hasChildren) {
      out.push(h('div', { class: 'field field-check' },
        h('input', { type: 'checkbox', id: 'pick-within', checked: ctx.state.within, onchange: (e) => ctx.navigate({ within: e.target.checked }) }),
        h('label', { for: 'pick-within' }, t('controls.children', { region: nameOf(ctx.region) }))));
    }
    return out;
  }

  return { el, update, controls, destroy: () => card.destroy(), primary: card };
}
