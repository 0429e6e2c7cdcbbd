// The view, region, indicator, years and language live in the URL: reloading or sharing it restores the view.

export const VIEWS = ['overview', 'indicator', 'years', 'regions', 'revisions'];

/** Which parameters each view keeps in its URL (besides view, region, lang and embed). */
const VIEW_PARAMS = {
  overview: ['year'],
  indicator: ['indicator'],
  years: ['years', 'unit'],
  regions: ['indicator', 'year', 'within'],
  revisions: ['indicator', 'year']
};

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

function year(raw) {
  const y = Number(raw);
  return Number.isInteger(y) && y >= 1949 && y <= 2100 ? y : null;
}

/** Reads a state from a query string; anything malformed is dropped, so a bad link still opens a view. */
export function parse(search) {
  const q = new URLSearchParams(search);
  const view = VIEWS.includes(q.get('view')) ? q.get('view') : 'overview';
  const code = (name) => (CODE.test(q.get(name) || '') ? q.get(name) : null);
  const years = (q.get('years') || '').split(',').map(year).filter((y) => y !== null);
  return {
    view,
    region: code('region') || 'CN',
    year: year(q.get('year')),
    indicator: code('indicator'),
    years: [...new Set(years)].sort((a, b) => a - b).slice(0, 5),
    unit: q.get('unit') || null,
    within: q.get('within') === '1',
    lang: q.get('lang') === 'en' ? 'en' : 'zh',
    embed: q.get('embed') === '1'
  };
}

/** The query string of a state: only what its view uses, in a stable order. */
export function toQuery(state, extra = {}) {
  const s = { ...state, ...extra };
  const q = new URLSearchParams();
  q.set('view', s.view);
  q.set('region', s.region);
  for (const name of VIEW_PARAMS[s.view]) {
    const v = s[name];
    if (name === 'years' && v && v.length) {
      q.set('years', v.join(','));
    } else if (name === 'within' && v) {
      q.set('within', '1');
    } else if (name !== 'years' && name !== 'within' && v !== null && v !== undefined && v !== '') {
      q.set(name, String(v));
    }
  }
  q.set('lang', s.lang);
  if (s.embed) {
    q.set('embed', '1');
  }
  // Commas are legal in a query string and keep year lists readable: years=2021,2022.
  return '?' + q.toString().replace(/%2C/g, ',');
}

/** The absolute permalink of a state (for embeds and downloads). */
export function permalink(state, extra = {}) {
  return new URL(location.pathname + toQuery(state, extra), location.origin).href;
}
