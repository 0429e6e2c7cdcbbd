// The only module that calls fetch. Every change carries the session's CSRF token; errors arrive as ApiError with
// the server's problem details (status, detail, errors[], current).

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.retryAfter = retryAfter ? Number(retryAfter) : null;
  }
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      redirect: 'error',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, { detail: e.message });
  }
  if (response.status === 204) {
    return null;
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data, response.headers.get('Retry-After'));
  }
  return data;
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, v);
    }
  });
  return q.toString();
}

function remember(session) {
  csrfToken = session.csrfToken;
  return session;
}

function save(collection, id, body) {
  return id ? request('PUT', `/api/v1/${collection}/${id}`, body) : request('POST', `/api/v1/${collection}`, body);
}

export const api = {
  session: () => request('GET', '/api/v1/session').then(remember),
  signIn: (username, password) => request('POST', '/api/v1/session', { username, password }).then(remember),
  signOut: () => request('DELETE', '/api/v1/session').finally(() => { csrfToken = null; }),

  regions: () => request('GET', '/api/v1/regions'),
  indicators: () => request('GET', '/api/v1/indicators'),
  sources: (region) => request('GET', `/api/v1/sources?${query({ region })}`),

  /** kind: 'targets' or 'actuals'. Drafts and every revision are listed: this is the editors' view. */
  figures: (kind, filters) => request('GET', `/api/v1/${kind}?${query({
    ...filters, status: filters.status || 'all', current: kind === 'targets' ? 'false' : undefined, size: 1000,
  })}`),
  figure: (kind, id) => request('GET', `/api/v1/${kind}/${id}`),
  saveFigure: (kind, id, body) => save(kind, id, body),
  deleteFigure: (kind, id, version) => request('DELETE', `/api/v1/${kind}/${id}?${query({ version })}`),

  saveSource: (id, body) => save('sources', id, body),
  deleteSource: (id) => request('DELETE', `/api/v1/sources/${id}`),

  assessment: (targetId) => request('GET', `/api/v1/targets/${targetId}/assessment`),
  saveAssessment: (targetId, body) => request('PUT', `/api/v1/targets/${targetId}/assessment`, body),

  /** Targets whose outcome is overdue (the daily data-freshness check), optionally of one region. */
  missingOutcomes: (region) => request('GET', `/api/v1/freshness/missing-outcomes?${query({ region })}`),

  users: () => request('GET', '/api/v1/users'),
  user: (id) => request('GET', `/api/v1/users/${id}`),
  saveUser: (id, body) => save('users', id, body),
  setPassword: (id, password) => request('POST', `/api/v1/users/${id}/password`, { password }),
  endSessions: (id) => request('DELETE', `/api/v1/users/${id}/sessions`),
};
