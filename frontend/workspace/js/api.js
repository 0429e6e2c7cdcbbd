// The only module that calls fetch. Every change carries the session's CSRF token; errors arrive as ApiError with
// the server's problem details (status, detail, errors[], current).

import { lang } from './i18n.js';

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
  // the server's messages (problem details, import row errors) in the page's language, not the browser's
  const headers = { Accept: 'application/json', 'Accept-Language': lang === 'en' ? 'en' : 'zh-CN' };
  // a FormData body (file upload) sets its own multipart Content-Type with the boundary
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) {
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
      body: body === undefined || form ? body : JSON.stringify(body),
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

/** A multipart body: the file in the field `file`, plus the non-empty fields given. */
function fileForm(file, fields = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  Object.entries(fields).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '') {
      form.append(k, String(v));
    }
  });
  return form;
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
  signInOptions: () => request('GET', '/api/v1/session/options'),
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
  /** A draft change of a published figure: the public figure stays as it is until the draft is published. */
  prepareCorrection: (kind, id, body) => request('POST', `/api/v1/${kind}/${id}/drafts`, body),
  deleteFigure: (kind, id, version) => request('DELETE', `/api/v1/${kind}/${id}?${query({ version })}`),
  /** Takes a published figure out of public lists; the reason goes into its public history. */
  withdraw: (kind, id, reason, version) => request('POST', `/api/v1/${kind}/${id}/withdrawal`, { reason, version }),
  /** Audit entries of one figure, oldest first: who, when, how, old → new. */
  history: (kind, id) => request('GET', `/api/v1/${kind}/${id}/history`),

  /** Publishes drafts together: { targets: [ids], actuals: [ids] } or { region, year }; pending under the approval setting. */
  publish: (body) => request('POST', '/api/v1/publications', body),
  publications: (status) => request('GET', `/api/v1/publications?${query({ status, size: 100 })}`),
  approvePublication: (id, note) => request('POST', `/api/v1/publications/${id}/approval`, { note: note || null }),
  rejectPublication: (id, note) => request('POST', `/api/v1/publications/${id}/rejection`, { note: note || null }),

  /** A CSV or .xlsx file of figures: a dry run reports counts and row errors; a commit applies all rows or none. */
  importFile: (file, { dryRun, draft }) => request('POST', `/api/v1/imports?${query({ dryRun: String(Boolean(dryRun)) })}`,
    fileForm(file, { status: draft ? 'draft' : null })),

  saveSource: (id, body) => save('sources', id, body),
  deleteSource: (id) => request('DELETE', `/api/v1/sources/${id}`),
  /** Archived originals of a source document (each with sha256, uploadedAt and its download href). */
  sourceFiles: (id) => request('GET', `/api/v1/sources/${id}/files`),
  uploadSourceFile: (id, file) => request('POST', `/api/v1/sources/${id}/files`, fileForm(file)),

  assessment: (targetId) => request('GET', `/api/v1/targets/${targetId}/assessment`),
  saveAssessment: (targetId, body) => request('PUT', `/api/v1/targets/${targetId}/assessment`, body),

  /** Targets whose outcome is overdue (the daily data-freshness check), optionally of one region. */
  missingOutcomes: (region) => request('GET', `/api/v1/freshness/missing-outcomes?${query({ region })}`),
  /** Report extraction: statements found in pasted text, or in a .txt/.docx file (the answer then carries its text). */
  extractText: (text, region, reportYear) => request('POST', '/api/v1/extractions', {
    text, region: region || null, reportYear: reportYear || null,
  }),
  extractFile: (file, region, reportYear) => request('POST', '/api/v1/extractions', fileForm(file, { region, reportYear })),
  commitExtraction: (payload) => request('POST', '/api/v1/extractions/commit', payload),
  /** Admins: another name of an indicator, which the extractor then recognises. */
  addAlias: (key, alias) => request('POST', `/api/v1/indicators/${encodeURIComponent(key)}/aliases`, { alias }),

  users: () => request('GET', '/api/v1/users'),
  user: (id) => request('GET', `/api/v1/users/${id}`),
  saveUser: (id, body) => save('users', id, body),
  setPassword: (id, password) => request('POST', `/api/v1/users/${id}/password`, { password }),
  endSessions: (id) => request('DELETE', `/api/v1/users/${id}/sessions`),
};
