// The only module of the extraction screen that talks to the server. Until session sign-in exists, writes rely on
// the browser's HTTP Basic prompt: a 401 from the API carries WWW-Authenticate: Basic, and the browser asks once.

/** An API failure: HTTP status and the RFC 9457 problem body (title, detail, errors[{field, message}]). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function request(method, path, { json, body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (body !== undefined) {
    init.body = body;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'network' });
  }
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, payload);
  }
  return payload;
}

export const api = {
  regions: () => request('GET', '/api/v1/regions'),
  indicators: () => request('GET', '/api/v1/indicators'),
  sources: (region) => request('GET', `/api/v1/sources${region ? `?region=${encodeURIComponent(region)}` : ''}`),

  /** Extracts from pasted text. */
  extractText: (text, region, reportYear) =>
    request('POST', '/api/v1/extractions', { json: { text, region: region || null, reportYear: reportYear || null } }),

  /** Extracts from a .txt or .docx file; the answer carries the text read from it. */
  extractFile: (file, region, reportYear) => {
    const form = new FormData();
    form.append('file', file, file.name);
    if (region) form.append('region', region);
    if (reportYear) form.append('reportYear', String(reportYear));
    return request('POST', '/api/v1/extractions', { body: form });
  },

  commit: (payload) => request('POST', '/api/v1/extractions/commit', { json: payload }),

  /** Admins: teach the lexicon another name of an indicator. */
  addAlias: (key, alias) => request('POST', `/api/v1/indicators/${encodeURIComponent(key)}/aliases`, { json: { alias } }),
};
