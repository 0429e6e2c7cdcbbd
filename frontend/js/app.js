// The dashboard: reads the state from the URL, loads the catalogue, renders the header controls and the view.
import { api } from './api.js';
import { h, fill, announce } from './dom.js';
import { t, setLang, translateDom, nameOf } from './i18n.js';
import { parse, toQuery, permalink, VIEWS } from './state.js';
import { errorState, select } from './components.js';
import { overview } from './views/overview.js';
import { indicatorView } from './views/indicator.js';
import { compareYears } from './views/compare-years.js';
import { compareRegions } from './views/compare-regions.js';
import { revisions } from './views/revisions.js';

const FACTORIES = { overview, indicator: indicatorView, years: compareYears, regions: compareRegions, revisions };
const PREFERRED_INDICATOR = 'gdp_growth';

const main = document.getElementById('main');
const nav = document.getElementById('view-nav');
const controls = document.getElementById('controls');
const langToggle = document.getElementById('lang-toggle');

let state = parse(location.search);
let catalogue = null;
let view = null;
let viewName = null;
let renderToken = 0;
let announceNext = false;

performance.mark('it-start');
document.body.classList.toggle('embed', state.embed);

function hrefFor(patch) {
  return toQuery({ ...state, ...patch });
}

/** Changes the state: a new history entry (or a replaced one), then renders what changed. */
function navigate(patch, { replace = false } = {}) {
  state = { ...state, ...patch };
  announceNext = announceNext || !replace;
  const url = toQuery(state);
  if (replace) {
    history.replaceState(null, '', url);
  } else if (url !== location.search) {
    history.pushState(null, '', url);
  }
  prefetch(state);
render();
}

async function loadCatalogue() {
  const [regions, indicators, coverage] = await Promise.all([api.regions(state.lang), api.indicators(state.lang), api.coverage(state.lang)]);
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const indicatorByKey = new Map(indicators.map((i) => [i.key, i]));
  const covered = new Map(coverage.regions.map((r) => [r.code, r]));
  // The best year to compare regions: the one where most regions have outcomes, the latest of those.
  const bestCompareYear = (coverage.years || []).reduce((best, y) => (!best || y.regions >= best.regions ? y : best), null);
  return { regions, indicators, regionByCode, indicatorByKey, covered, compareYear: bestCompareYear && bestCompareYear.year };
}

function depth(region) {
  let d = 0;
  let r = region;
  while (r && r.parent && catalogue.regionByCode.has(r.parent) && d < 6) {
    r = catalogue.regionByCode.get(r.parent);
    d += 1;
  }
  return d;
}

/** Fills what the URL left open with sensible defaults, so every view opens on real data. */
function withDefaults(s, years) {
  const out = { ...s };
  const withOutcomes = years.years.filter((y) => y.outcomes > 0).map((y) => y.year);
  const all = years.years.map((y) => y.year);
  const latest = years.latestWithOutcomes || years.latestWithTargets || null;
  if (!out.year && out.view === 'regions' && catalogue.compareYear) {
    out.year = catalogue.compareYear;
  } else if ((!out.year || !all.includes(out.year)) && out.view !== 'revisions' && out.view !== 'regions') {
    // Revisions picks its own default: the latest year that was revised.
    out.year = latest;
  }
  if (!out.indicator || !years.indicators.includes(out.indicator)) {
    out.indicator = years.indicators.includes(PREFERRED_INDICATOR) ? PREFERRED_INDICATOR : years.indicators[0] || out.indicator;
  }
  if (out.view === 'years') {
    const valid = out.years.filter((y) => all.includes(y));
    out.years = valid.length >= 2 ? valid : (withOutcomes.length >= 2 ? withOutcomes : all).slice(-3);
  }
  return out;
}

function renderNav() {
  fill(nav, h('ul', null, VIEWS.map((v) => h('li', null, h('a', {
    href: hrefFor(v === 'revisions' || v === 'regions' ? { view: v, year: null } : { view: v }),
    'aria-current': v === state.view ? 'page' : null,
    'data-nav': '1'
  }, t('nav.' + v)))),
  h('li', { class: 'nav-method' }, h('a', { href: 'method.html?lang=' + state.lang }, t('nav.method')))));
}

function renderControls(ctx) {
  const regionOptions = catalogue.regions.map((r) => ({
    value: r.code,
    label: '\u3000'.repeat(depth(r)) + nameOf(r) + (catalogue.covered.has(r.code) ? '' : t('controls.noData'))
  }));
  const quick = catalogue.regions.filter((r) => catalogue.covered.has(r.code)).slice(0, 6);
  const items = [
    select({ label: t('controls.region'), value: state.region, options: regionOptions, id: 'pick-region',
      onchange: (code) => navigate({ region: code, year: null }) }),
    quick.length > 1 ? h('div', { class: 'field quick' },
      h('span', { class: 'field-label', id: 'quick-label' }, t('controls.quick')),
      h('ul', { class: 'chips', 'aria-labelledby': 'quick-label' }, quick.map((r) => h('li', null, h('a', {
        class: 'chip', href: hrefFor({ region: r.code, year: null }), 'data-nav': '1',
        'aria-current': r.code === state.region ? 'true' : null
      }, nameOf(r)))))) : null
  ];
  if (view && view.controls) {
    items.push(...view.controls(ctx));
  }
  fill(controls, h('form', { class: 'controls-form', 'aria-label': t('controls.label'), onsubmit: (e) => e.preventDefault() }, items));
}

function renderChrome() {
  translateDom();
  const other = state.lang === 'zh' ? 'en' : 'zh';
  langToggle.href = hrefFor({ lang: other });
  langToggle.textContent = t('lang.switch');
  langToggle.lang = other === 'zh' ? 'zh-CN' : 'en';
  langToggle.hreflang = other;
  langToggle.setAttribute('aria-label', t('lang.switchLabel'));
  document.getElementById('home-link').href = toQuery({ ...state, view: 'overview', region: 'CN', year: null });
  document.querySelectorAll('[data-method-link]').forEach((a) => {
    const report = a.dataset.methodLink === 'report';
    a.href = 'method.html?lang=' + state.lang + (report ? '&ref=' + encodeURIComponent(permalink(state)) + '#report' : '');
  });
}

/** body[data-state] is loading, ready or error: for tests and for styling. */
function setPageState(value, token) {
  if (token === renderToken) {
    document.body.dataset.state = value;
    document.body.dataset.view = state.view;
  }
}

async function render() {
  const token = ++renderToken;
  setPageState('loading', token);
  setLang(state.lang);
  try {
    // The region's years are asked for at the same time as the catalogue: both are on the way to the first chart.
    const yearsAsked = api.regionCoverage(state.region, state.lang).catch(() => null);
    if (!catalogue) {
      catalogue = await loadCatalogue();
    }
    if (!catalogue.regionByCode.has(state.region)) {
      state = { ...state, region: 'CN' };
    }
    const years = (await yearsAsked) || await api.regionCoverage(state.region, state.lang);
    if (token !== renderToken) {
      return;
    }
    const filled = withDefaults(state, years);
    if (toQuery(filled) !== toQuery(state)) {
      state = filled;
      history.replaceState(null, '', toQuery(state));
    }
    renderChrome();
    if (viewName !== state.view || !view) {
      if (view) {
        view.destroy();
      }
      viewName = state.view;
      view = FACTORIES[state.view]();
      // Embed mode shows the view's main chart only, with a link back to the full page.
      fill(main, state.embed ? view.primary.el : view.el);
    }
    const ctx = {
      state, catalogue, years, navigate, hrefFor,
      permalink: (patch) => permalink({ ...state, ...patch }),
      region: catalogue.regionByCode.get(state.region),
      home: toQuery({ ...state, view: 'overview', region: 'CN', year: null }),
      setTitle: (heading) => { document.title = t('app.title', { page: heading }); },
      refreshControls: () => { if (!state.embed) { renderControls(ctx); } }
    };
    if (!state.embed) {
      renderNav();
      renderControls(ctx);
    }
    await view.update(ctx);
    setPageState('ready', token);
    if (announceNext && token === renderToken) {
      // Screen readers hear what the filters changed to (the view's heading), not silence.
      announceNext = false;
      const heading = main.querySelector('h1');
      if (heading) {
        announce(heading.textContent);
      }
    }
  } catch (err) {
    setPageState('error', token);
    if (token === renderToken) {
      renderChrome();
      fill(main, errorState(err, render, toQuery({ view: 'overview', region: 'CN', lang: state.lang, years: [] })));
    }
  }
}

/**
 * Asks for the first chart's data straight away, before the catalogue is in: the views ask again with the same
 * parameters (in the same order) and get the answer api.js already holds.
 */
function prefetch(s) {
  const ignore = () => {};
  if (s.view === 'overview') {
    api.scorecardTrend({ region: s.region, lang: s.lang }).catch(ignore);
  } else if ((s.view === 'indicator' || s.view === 'revisions') && s.indicator) {
    api.series({ region: s.region, indicator: s.indicator, lang: s.lang }).catch(ignore);
  }
}

// Links marked data-nav change the view without reloading the page.
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav], #lang-toggle, #home-link');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
    return;
  }
  e.preventDefault();
  const next = parse(new URL(a.href, location.href).search);
  const viewChanged = next.view !== state.view;
  navigate({ ...next, embed: state.embed });
  if (viewChanged) {
    main.focus({ preventScroll: true });
  }
});

window.addEventListener('popstate', () => {
  state = parse(location.search);
  render();
});

window.addEventListener('it:chart', () => {
  if (!performance.getEntriesByName('it-first-chart').length) {
    performance.mark('it-first-chart');
  }
}, { once: false });

prefetch(state);
render();
