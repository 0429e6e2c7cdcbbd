// Helpers the views share: outcome wording, source lists, empty-state links, tiles.
import { h } from '../dom.js';
import { t, fmtValue, nameOf, category } from '../i18n.js';
import { verdictBadge } from '../components.js';

/** An outcome as it was stated: 5%, 4%左右 / about 4%, 25%以上 / 25% or more, or its quote for relative ones. */
export function statedOutcome(meta, value, stated, unit) {
  if (!meta || !meta.comparator) {
    return value === null || value === undefined ? null : fmtValue(value, unit);
  }
  const v = fmtValue(value, unit);
  switch (meta.comparator) {
    case 'around': return t('stated.around', { value: v });
    case 'gte': return t('stated.gte', { value: v });
    case 'lte': return t('stated.lte', { value: v });
    case 'range': return stated ? stated + (unit === '%' ? '%' : '') : v;
    case 'relative':
    case 'qualitative': return meta.quote || stated;
    default: return value === null || value === undefined ? stated : v;
  }
}

/** Distinct source documents named in a chart's point metadata. */
export function sourcesOf(payload) {
  const seen = new Set();
  payload.datasets.forEach((ds) => (ds.pointMeta || []).forEach((m) => { if (m && m.source) { seen.add(m.source); } }));
  return [...seen];
}

/** At most three sources by name; "and N more" after that. */
export function shortSources(list) {
  if (list.length <= 3) {
    return list;
  }
  return [t('sources.more', { first: list.slice(0, 2).join(t('summary.list')), count: list.length - 2 })];
}

/** The line printed under an exported chart. */
export function sourceLine(sources, url) {
  return t('card.sourceLine', { sources: shortSources(sources).join(t('summary.list')) || t('card.sourceFallback'), url });
}

/** Links offered by an empty state: the region's latest year with data, and the national overview. */
export function emptyActions(ctx, view) {
  const out = [];
  const latest = ctx.years.latestWithOutcomes;
  if (latest && latest !== ctx.state.year) {
    out.push(h('a', { class: 'button', href: ctx.hrefFor({ view, year: latest }), 'data-nav': '1' },
      t('state.empty.latest', { region: nameOf(ctx.region), year: latest })));
  }
  if (ctx.state.region !== 'CN') {
    out.push(h('a', { class: 'button button-secondary', href: ctx.home, 'data-nav': '1' }, t('state.home')));
  }
  return out;
}

/** One scorecard tile: indicator, target wording, outcome, verdict (icon and text), reason and source. */
export function tile(ctx, item) {
  const ind = ctx.catalogue.indicatorByKey.get(item.key);
  const verdict = item.verdict || (item.targetWording ? 'not_evaluable' : 'none');
  return h('li', { class: ['tile', 'tile-' + verdict], dataset: { verdict, indicator: item.key } },
    h('p', { class: 'tile-category' }, category(ind && ind.category)),
    h('h3', { class: 'tile-title' }, h('a', { href: ctx.hrefFor({ view: 'indicator', indicator: item.key }), 'data-nav': '1' },
      ind ? nameOf(ind) : item.name)),
    h('dl', { class: 'tile-figures' },
      item.targetWording || verdict !== 'none'
        ? h('div', null, h('dt', null, t('tile.target')), h('dd', null, item.targetWording || h('span', { class: 'muted' }, t('tile.noTarget'))))
        : null,
      h('div', null, h('dt', null, t('tile.outcome')), h('dd', null,
        item.outcome ? h('strong', { class: 'tile-outcome' }, item.outcome) : h('span', { class: 'muted' }, t('tile.noOutcome')),
        item.vintage ? h('span', { class: ['vintage', item.estimate && 'vintage-estimate'] }, item.vintage) : null))),
    h('p', { class: 'tile-verdict' }, verdictBadge(verdict)),
    item.reason ? h('p', { class: 'tile-reason' }, item.reason) : null,
    item.quote || item.source ? h('p', { class: 'tile-source' },
      item.quote ? h('q', null, item.quote) : null, item.quote && item.source ? ' — ' : null, item.source || null) : null);
}
