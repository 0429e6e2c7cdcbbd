// Overview: a region's scorecard for one year (share met, verdict counts, tiles) and the share met over the years.
import { api, csvUrl } from '../api.js';
import { h, fill } from '../dom.js';
import { t, nameOf, fmtPercent, fmtNumber, fmtYear, category } from '../i18n.js';
import { chartCard, verdictBadge, select, emptyState, errorState, loadingState, apiTable } from '../components.js';
import { chartConfig, SERIES } from '../charts.js';
import { statedOutcome, tile, emptyActions, sourceLine } from './common.js';

const VERDICT_ORDER = ['exceeded', 'met', 'partly_met', 'missed', 'undetermined', 'not_evaluable'];
const FIRST_TILES = 12;

/** Tiles from the one-year comparison: every indicator with a target or an outcome that year. */
function tilesFrom(payload, unitOf) {
  const outcome = payload.datasets.find((d) => d.role === 'outcome');
  const target = payload.datasets.find((d) => d.role === 'target');
  return payload.table.rows.map((row, i) => {
    const om = (outcome && outcome.pointMeta[i]) || {};
    const tm = (target && target.pointMeta[i]) || {};
    return {
      key: row.indicator_key,
      name: row.indicator,
      targetWording: row.target_wording,
      outcome: statedOutcome(om, row.outcome_value, row.outcome_stated, row.unit || unitOf(row.indicator_key)),
      vintage: om.vintageLabel,
      estimate: om.estimate,
      verdict: om.verdict || tm.verdict || null,
      reason: om.reason,
      quote: om.quote,
      source: om.source
    };
  });
}

export function overview() {
  const heading = h('h1', { class: 'view-title' });
  const summary = h('div', { class: 'scorecard-summary', 'aria-live': 'polite' });
  const tiles = h('div', { class: 'tiles-area' });
  const trend = chartCard();
  const el = h('div', { class: 'view view-overview' }, heading, summary, tiles, trend.el);
  let token = 0;

  async function update(ctx) {
    const my = ++token;
    const { state } = ctx;
    const regionName = nameOf(ctx.region);
    heading.textContent = t('overview.heading', { region: regionName, year: state.year || '' });
    ctx.setTitle(heading.textContent);
    if (!state.year) {
      fill(summary, emptyState(t('state.empty.region', { region: regionName }), emptyActions(ctx, 'overview')));
      fill(tiles);
      trend.el.hidden = true;
      return;
    }
    // A region without any target has no share met to show over the years.
    trend.el.hidden = !ctx.years.latestWithTargets;
    fill(summary, loadingState());
    if (!trend.el.hidden) {
      trend.loading();
    }
    const lang = state.lang;
    const trendParams = { region: state.region, lang };
    // The scorecard and the trend load side by side; each part shows as soon as its data is there.
    const scorecard = (async () => {
      try {
        const [card, oneYear] = await Promise.all([
          api.scorecard(state.region, state.year, lang),
          api.compareYears({ region: state.region, years: state.year, lang })
        ]);
        if (my === token) {
          renderSummary(ctx, card, oneYear);
          renderTiles(ctx, oneYear);
        }
      } catch (err) {
        if (my === token) {
          fill(summary, errorState(err, () => update(ctx), ctx.home));
          fill(tiles);
        }
      }
    })();
    const trendShown = (async () => {
      if (trend.el.hidden) {
        return;
      }
      try {
        const payload = await api.scorecardTrend(trendParams);
        if (my === token) {
          renderTrend(ctx, payload, trendParams);
        }
      } catch (err) {
        if (my === token) {
          trend.error(err, () => update(ctx), ctx.home);
        }
      }
    })();
    await Promise.all([scorecard, trendShown]);
  }

  function renderSummary(ctx, card, oneYear) {
    const regionName = nameOf(ctx.region);
    const counts = VERDICT_ORDER.filter((v) => card.counts[v] > 0);
    const pending = (card.counts.not_evaluable || 0) + (card.counts.undetermined || 0);
    if (!card.items.length && !oneYear.table.rows.length) {
      fill(summary, emptyState(t('state.empty.year', { region: regionName, year: ctx.state.year }), emptyActions(ctx, 'overview')));
      return;
    }
    if (!card.items.length) {
      fill(summary, h('div', { class: 'share-box share-box-empty' },
        h('p', { class: 'share-label' }, t('overview.share')),
        h('p', { class: 'share-none' }, t('overview.noShare')),
        h('p', null, t('overview.noTargets', { region: regionName, year: ctx.state.year, count: fmtNumber(oneYear.table.rows.length) }))));
      return;
    }
    fill(summary, h('div', { class: 'share-box' },
      h('div', { class: 'share-figure' },
        h('p', { class: 'share-label', id: 'share-label' }, t('overview.share')),
        h('p', { class: 'share-value', 'aria-describedby': 'share-label' }, card.shareMet === null ? '–' : fmtPercent(card.shareMet)),
        h('p', { class: 'share-of' }, card.evaluable ? t('overview.shareOf', { met: card.met, evaluable: card.evaluable }) : t('overview.noShare'))),
      h('div', { class: 'share-meter', 'aria-hidden': 'true' }, meter(card)),
      h('ul', { class: 'verdict-counts', 'aria-label': t('verdict.legend') },
        counts.map((v) => h('li', null, verdictBadge(v), h('span', { class: 'count' }, fmtNumber(card.counts[v]))))),
      pending ? h('p', { class: 'muted' }, t('overview.pending', { count: pending })) : null));
  }

  function meter(card) {
    const total = VERDICT_ORDER.reduce((n, v) => n + (card.counts[v] || 0), 0) || 1;
    return VERDICT_ORDER.filter((v) => card.counts[v] > 0).map((v) => {
      const seg = h('span', { class: 'meter-seg verdict-bg-' + v });
      seg.style.width = (100 * card.counts[v] / total) + '%';
      return seg;
    });
  }

  function renderTiles(ctx, oneYear) {
    const unitOf = (key) => (ctx.catalogue.indicatorByKey.get(key) || {}).unit;
    const all = tilesFrom(oneYear, unitOf);
    const withTarget = all.filter((x) => x.targetWording || x.verdict);
    const others = all.filter((x) => !(x.targetWording || x.verdict));
    const sections = [];
    const catOf = (x) => (ctx.catalogue.indicatorByKey.get(x.key) || {}).category || '';
    if (withTarget.length) {
      sections.push(h('section', { class: 'tiles-section', 'aria-labelledby': 'tiles-targets' },
        h('h2', { id: 'tiles-targets' }, t('overview.targets', { count: withTarget.length })),
        h('ul', { class: 'tiles' }, withTarget.map((x) => tile(ctx, x)))));
    }
    if (others.length) {
      const list = h('ul', { class: 'tiles tiles-compact' });
      const byCategory = new Map();
      others.slice().sort((a, b) => catOf(a).localeCompare(catOf(b))).forEach((x) => {
        const c = (ctx.catalogue.indicatorByKey.get(x.key) || {}).category || '';
        if (!byCategory.has(c)) {
          byCategory.set(c, []);
        }
        byCategory.get(c).push(x);
      });
      let expanded = false;
      let chosen = '';
      const more = h('button', { type: 'button', class: 'button button-secondary', 'aria-expanded': 'false' });
      const filters = h('div', { class: 'chips', role: 'group', 'aria-label': t('overview.filterCategory') });
      const draw = () => {
        const shown = chosen ? byCategory.get(chosen) : [...byCategory.values()].flat();
        fill(list, (expanded || chosen ? shown : shown.slice(0, FIRST_TILES)).map((x) => tile(ctx, x)));
        more.textContent = expanded ? t('overview.showLess') : t('overview.showAll', { count: shown.length });
        more.setAttribute('aria-expanded', String(expanded));
        more.hidden = Boolean(chosen) || shown.length <= FIRST_TILES;
        fill(filters, ['', ...byCategory.keys()].map((c) => h('button', {
          type: 'button', class: 'chip', 'aria-pressed': String(c === chosen),
          onclick: () => { chosen = c; draw(); }
        }, c ? category(c) + ' ' + byCategory.get(c).length : t('overview.filterAll') + ' ' + others.length)));
      };
      more.addEventListener('click', () => { expanded = !expanded; draw(); });
      draw();
      sections.push(h('section', { class: 'tiles-section', 'aria-labelledby': 'tiles-others' },
        h('h2', { id: 'tiles-others' }, t('overview.others', { count: others.length })),
        filters, list, h('p', null, more)));
    }
    fill(tiles, sections);
  }

  function renderTrend(ctx, payload, params) {
    const all = payload.datasets[0];
    const values = all ? all.data.filter((v) => v !== null) : [];
    const lastIndex = all ? all.data.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0).pop() : undefined;
    const summaryText = values.length
      ? t('summary.trend', {
        region: nameOf(ctx.region),
        range: payload.labels[0] + '–' + payload.labels[payload.labels.length - 1],
        min: fmtNumber(Math.min(...values)) + '%',
        max: fmtNumber(Math.max(...values)) + '%',
        latest: fmtNumber(all.data[lastIndex]) + '%',
        year: payload.labels[lastIndex]
      })
      : t('summary.trendEmpty', { region: nameOf(ctx.region) });
    const config = chartConfig(payload, {
      colorFor: (ds, i) => SERIES[i % SERIES.length],
      options: {
        scales: {
          y: { min: 0, max: 100, ticks: { callback: (v) => fmtNumber(v) + '%' }, title: { display: true, text: t('overview.share') } }
        }
      }
    });
    const url = ctx.permalink({ view: 'overview' });
    trend.show({
      config,
      title: payload.title,
      subtitle: payload.subtitle,
      summary: summaryText,
      notes: payload.notes,
      sources: [],
      sourceLine: sourceLine([], url),
      csvHref: csvUrl('scorecardTrend', params),
      embedHref: ctx.permalink({ view: 'overview', embed: true }),
      backHref: ctx.permalink({ view: 'overview', embed: false }),
      fileName: 'scorecard-trend-' + ctx.state.region,
      table: apiTable(payload, payload.title),
      empty: values.length ? null : emptyState(t('summary.trendEmpty', { region: nameOf(ctx.region) }), emptyActions(ctx, 'overview'), t('overview.noShare'))
    });
  }

  function controls(ctx) {
    const years = [...ctx.years.years].reverse();
    return [select({
      label: t('controls.year'), value: ctx.state.year, id: 'pick-year',
      options: years.map((y) => ({ value: y.year, label: fmtYear(y.year) + (y.outcomes ? '' : t('controls.targetsOnly')) })),
      onchange: (v) => ctx.navigate({ year: Number(v) })
    })];
  }

  return { el, update, controls, destroy: () => trend.destroy(), primary: trend };
}
