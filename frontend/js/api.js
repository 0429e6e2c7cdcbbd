// The only module that calls fetch. Every call passes lang; answers are kept for the page's lifetime
// (the server revalidates them with ETags anyway), and a newer request for the same slot aborts the older one.

const API = '/api/v1';
const memo = new Map();

/** An API failure with what the user can act on: status 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem || {};
  }

  /** The parameter a 400 names, with its message, when there is one. */
  get fieldMessage() {
    const e = this.problem.errors && this.problem.errors[0];
    return e ? e.field + ': ' + e.message : this.problem.detail || '';
  }
}

/** The URL of an API resource with its query parameters (empty values are left out). */
export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) {
      q.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
  });
  const s = q.toString();
  return API + path + (s ? '?' + s : '');
}

async function getJson(path, params) {
  const url = apiUrl(path, params);
  if (memo.has(url)) {
    return memo.get(url);
  }
  const promise = (async () => {
    let res;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError(0, { detail: e.message });
    }
    if (!res.ok) {
      let problem = null;
      try {
        problem = await res.json();
      } catch (e) {
        problem = null;
      }
      throw new ApiError(res.status, problem);
    }
    return res.json();
  })();
  memo.set(url, promise);
  promise.catch(() => memo.delete(url));
  return promise;
}

/** Forgets failed or stale answers so that "try again" really asks the server again. */
export function forget() {
  memo.clear();
}

export const api = {
  regions: (lang) => getJson('/regions', { lang }),
  indicators: (lang) => getJson('/indicators', { lang }),
  coverage: (lang) => getJson('/coverage', { lang }),
  regionCoverage: (region, lang) => getJson('/coverage/' + encodeURIComponent(region), { lang }),
  scorecard: (region, year, lang) => getJson('/scorecard', { region, year, lang }),
  series: (p) => getJson('/charts/series', p),
  compareYears: (p) => getJson('/charts/compare-years', p),
  compareRegions: (p) => getJson('/charts/compare-regions', p),
  scorecardTrend: (p) => getJson('/charts/scorecard-trend', p),
  revisions: (p) => getJson('/charts/revisions', p)
};

const chartPaths = {
  series: '/charts/series',
  compareYears: '/charts/compare-years',
  compareRegions: '/charts/compare-regions',
  scorecardTrend: '/charts/scorecard-trend',
  revisions: '/charts/revisions'
};

/** The CSV download link of a chart: the same query with format=csv (UTF-8 with BOM, localised headers). */
export function csvUrl(kind, params) {
  return apiUrl(chartPaths[kind], { ...params, format: 'csv' });
}
