// Pure helpers of the extraction screen (no DOM, no fetch): highlight segments, default decisions, commit payload.

/**
 * Cuts text into segments at every statement boundary. Each segment lists the statements whose quote covers it, so
 * overlapping quotes (a 分别 list gives several statements one quote) are all reachable from the highlight.
 */
export function segments(text, statements) {
  const cuts = new Set([0, text.length]);
  for (const s of statements) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const indices = statements.filter((s) => s.start <= start && s.end >= end).map((s) => s.index);
    out.push({ start, end, indices });
  }
  return out;
}

/**
 * The review row of a statement as extracted. Matched statements start accepted; unmatched ones wait for an
 * indicator, and multi-year outcomes (年均, 过去五年) for a decision, because they are not one year's figure.
 */
export function reviewRow(s) {
  const needsChoice = !s.indicator || (s.multiYear && s.kind === 'actual');
  return {
    index: s.index,
    decision: needsChoice ? 'reject' : 'accept',
    unmatched: !s.indicator,
    indicator: s.indicator || '',
    indicatorPhrase: s.indicatorPhrase,
    suggestedKey: s.suggestedKey,
    kind: s.kind,
    year: s.year ?? '',
    comparator: s.comparator,
    value: s.value ?? '',
    valueHigh: s.valueHigh ?? '',
    unit: s.unit ?? '',
    indicatorUnit: s.indicatorUnit,
    status: s.status,
    vintage: s.vintage || (s.status === 'estimate' ? 'estimate' : 'preliminary'),
    relation: s.relation,
    refIndicator: s.refIndicator,
    refPhrase: s.refPhrase,
    multiYear: s.multiYear,
    quote: s.quote,
    start: s.start,
    end: s.end,
  };
}

function number(v) {
  if (v === '' || v === null || v === undefined) return null;
  const n = Number(String(v).replace(/,/g, ''));
  return Number.isFinite(n) ? n : v; // a non-number goes to the server, which names the field
}

/**
 * The commit body: accepted rows in order, and the map from a committed position back to the row index (errors come
 * back as statements[i]).
 */
export function commitPayload(rows, source) {
  const accepted = rows.filter((r) => r.decision === 'accept');
  const statements = accepted.map((r) => ({
    indicator: r.indicator || null,
    indicatorPhrase: r.indicatorPhrase || null,
    kind: r.kind,
    year: r.year === '' ? null : Number(r.year),
    comparator: r.comparator,
    value: number(r.value),
    valueHigh: number(r.valueHigh),
    unit: r.unit || null,
    status: r.status,
    vintage: r.kind === 'actual' ? r.vintage : null,
    refIndicator: r.comparator === 'relative' ? r.refIndicator || null : null,
    relation: r.comparator === 'relative' ? r.relation || null : null,
    multiYear: !!r.multiYear,
    quote: r.quote,
  }));
  return { payload: { ...source, statements }, rowOf: accepted.map((r) => r.index) };
}

/** Problem field errors grouped by row index ("statements[2].year" → row rowOf[2]); other errors under -1. */
export function errorsByRow(problem, rowOf) {
  const byRow = new Map();
  for (const e of problem?.errors || []) {
    const m = /^statements\[(\d+)\](?:\.(.+))?$/.exec(e.field);
    const row = m ? rowOf[Number(m[1])] ?? -1 : -1;
    const field = m ? m[2] || '' : e.field;
    if (!byRow.has(row)) byRow.set(row, []);
    byRow.get(row).push({ field, message: e.message });
  }
  return byRow;
}

/** The header date of a report (——2023年1月3日在…), as 2023-01-03, or ''. */
export function headerDate(text) {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text.slice(0, 400));
  if (!m) return '';
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}
