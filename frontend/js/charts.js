// Chart.js configuration: one base plus small per-chart overrides, and the cross-cutting behaviour as plugins
// (a "no data" message, keyboard access to every point, target marks on bars, PNG export with title, legend
// and source line). Chart.js itself is the WebJar's UMD build, loaded by index.html as window.Chart.
import { t, fmtValue, fmtTick, unitLabel, verdictLabel, fmtDate } from './i18n.js';

const Chart = window.Chart;

export const COLORS = {
  outcome: '#1d4ed8',
  outcomeLight: '#bfdbfe',
  first: '#64748b',
  target: '#111827',
  band: 'rgba(234, 88, 12, 0.16)',
  bandBorder: '#c2410c',
  highlight: '#1e3a8a',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#e5e7eb'
};

/** Colours for several series (years, categories): distinguishable, and at least 3:1 against white. */
export const SERIES = ['#1d4ed8', '#c2410c', '#047857', '#7e22ce', '#a16207', '#be185d', '#0e7490', '#4d7c0f', '#9f1239', '#334155'];

const FONT = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

export const VERDICT_ICONS = {
  exceeded: '★', met: '✓', partly_met: '◐', missed: '✕', undetermined: '?', not_evaluable: '…', none: '○'
};

const reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// ---------------------------------------------------------------------------------------------------------------
// Plugins

function hasData(chart) {
  return chart.data.datasets.some((ds, i) => chart.isDatasetVisible(i)
    && (ds.data || []).some((v) => v !== null && v !== undefined));
}

/** Writes a message in the middle of an empty chart instead of leaving bare axes. */
const noDataPlugin = {
  id: 'itNoData',
  afterDraw(chart, args, opts) {
    if (hasData(chart)) {
      return;
    }
    const { ctx, chartArea: a } = chart;
    if (!a) {
      return;
    }
    ctx.save();
    ctx.fillStyle = 'rgba(255,255,255,0.9)';
    ctx.fillRect(a.left, a.top, a.right - a.left, a.bottom - a.top);
    ctx.fillStyle = COLORS.muted;
    ctx.font = '15px ' + FONT;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(opts.text || t('state.noData'), (a.left + a.right) / 2, (a.top + a.bottom) / 2);
    ctx.restore();
  }
};

function pointsOf(chart, datasetIndex) {
  const data = chart.data.datasets[datasetIndex].data || [];
  const meta = chart.getDatasetMeta(datasetIndex);
  return data.map((v, i) => (v !== null && v !== undefined && meta.data[i] ? i : -1)).filter((i) => i >= 0);
}

function navigableDatasets(chart) {
  return chart.data.datasets.map((ds, i) => i)
    .filter((i) => chart.isDatasetVisible(i) && !chart.data.datasets[i].skipKeyboard && pointsOf(chart, i).length);
}

/**
 * Keyboard access: the canvas is focusable; left/right (and Home/End) walk the points of a series, up/down switch
 * series, Escape leaves. The point is highlighted, its tooltip shown, and its description handed to
 * chart.$itAnnounce (a live region). Callbacks live on the chart, not in its options: Chart.js would call an
 * option that is a function as a scriptable option.
 */
const keyboardPlugin = {
  id: 'itKeyboard',
  afterInit(chart, args, opts) {
    const canvas = chart.canvas;
    canvas.tabIndex = 0;
    const state = { ds: -1, index: -1 };
    chart.$itKeyboard = state;
    const show = () => {
      const el = chart.getDatasetMeta(state.ds).data[state.index];
      if (!el) {
        return;
      }
      const active = [{ datasetIndex: state.ds, index: state.index }];
      chart.setActiveElements(active);
      chart.tooltip.setActiveElements(active, { x: el.x, y: el.y });
      chart.update('none');
      if (chart.$itAnnounce) {
        chart.$itAnnounce(describePoint(chart, state.ds, state.index));
      }
    };
    const onKey = (e) => {
      const sets = navigableDatasets(chart);
      if (!sets.length) {
        return;
      }
      if (!sets.includes(state.ds)) {
        state.ds = sets[0];
        state.index = -1;
      }
      let points = pointsOf(chart, state.ds);
      let pos = points.indexOf(state.index);
      switch (e.key) {
        case 'ArrowRight':
          pos = pos < 0 ? 0 : Math.min(points.length - 1, pos + 1);
          break;
        case 'ArrowLeft':
          pos = pos < 0 ? points.length - 1 : Math.max(0, pos - 1);
          break;
        case 'Home':
          pos = 0;
          break;
        case 'End':
          pos = points.length - 1;
          break;
        case 'ArrowUp':
        case 'ArrowDown': {
          const next = sets[(sets.indexOf(state.ds) + (e.key === 'ArrowDown' ? 1 : sets.length - 1)) % sets.length];
          const old = state.index;
          state.ds = next;
          points = pointsOf(chart, next);
          pos = points.indexOf(old) >= 0 ? points.indexOf(old)
            : points.reduce((best, p, k) => (Math.abs(p - old) < Math.abs(points[best] - old) ? k : best), 0);
          break;
        }
        case 'Escape':
          chart.setActiveElements([]);
          chart.tooltip.setActiveElements([], { x: 0, y: 0 });
          chart.update('none');
          state.index = -1;
          return;
        default:
          return;
      }
      e.preventDefault();
      state.index = points[pos];
      show();
    };
    const onBlur = () => {
      chart.setActiveElements([]);
      chart.tooltip.setActiveElements([], { x: 0, y: 0 });
      chart.update('none');
    };
    canvas.addEventListener('keydown', onKey);
    canvas.addEventListener('blur', onBlur);
    state.detach = () => {
      canvas.removeEventListener('keydown', onKey);
      canvas.removeEventListener('blur', onBlur);
    };
  },
  afterDestroy(chart) {
    if (chart.$itKeyboard && chart.$itKeyboard.detach) {
      chart.$itKeyboard.detach();
    }
  }
};

/** Draws each target as a dark tick across the bar it belongs to (compare years, compare regions). */
const targetMarksPlugin = {
  id: 'itTargetMarks',
  afterDatasetsDraw(chart, args, opts) {
    const pairs = opts && opts.pairs;
    if (!pairs || !pairs.length) {
      return;
    }
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    ctx.save();
    for (const [targetIndex, barIndex] of pairs) {
      if (!chart.isDatasetVisible(targetIndex) || !chart.isDatasetVisible(barIndex)) {
        continue;
      }
      const values = chart.data.datasets[targetIndex].data;
      const bars = chart.getDatasetMeta(barIndex).data;
      values.forEach((v, i) => {
        const bar = bars[i];
        if (v === null || v === undefined || !bar) {
          return;
        }
        const p = valueScale.getPixelForValue(v);
        const half = (horizontal ? bar.height : bar.width) / 2 + 4;
        const c = horizontal ? bar.y : bar.x;
        for (const [color, width] of [['#ffffff', 6], [COLORS.target, 3]]) {
          ctx.strokeStyle = color;
          ctx.lineWidth = width;
          ctx.beginPath();
          if (horizontal) {
            ctx.moveTo(p, c - half);
            ctx.lineTo(p, c + half);
          } else {
            ctx.moveTo(c - half, p);
            ctx.lineTo(c + half, p);
          }
          ctx.stroke();
        }
      });
    }
    ctx.restore();
  }
};

/** A white background, so that copies and exports of the canvas are not transparent. */
const backgroundPlugin = {
  id: 'itBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  }
};

/**
 * PNG export: chart.itExportPng() returns a data URL of the chart with its title, subtitle, legend and source line,
 * taken from chart.$itExport = {title, subtitle, source, legend: [{text, color, kind}]}.
 */
const exportPlugin = {
  id: 'itExport',
  afterInit(chart) {
    chart.itExportPng = () => composePng(chart, chart.$itExport || {});
  }
};

function wrap(ctx, text, width) {
  const lines = [];
  let line = '';
  // Break anywhere in Chinese, at spaces in English.
  const tokens = /[\u3000-\u9fff]/.test(text) ? Array.from(text) : text.split(/(\s+)/);
  for (const tok of tokens) {
    if (ctx.measureText(line + tok).width > width && line.trim()) {
      lines.push(line.trim());
      line = tok.trimStart();
    } else {
      line += tok;
    }
  }
  if (line.trim()) {
    lines.push(line.trim());
  }
  return lines;
}

function composePng(chart, o) {
  const W = Math.max(chart.width, 480);
  const pad = 20;
  const inner = W - pad * 2;
  const scale = 2;
  const measure = document.createElement('canvas').getContext('2d');
  const fonts = { title: 'bold 18px ' + FONT, sub: '13px ' + FONT, legend: '12px ' + FONT, source: '11px ' + FONT };
  measure.font = fonts.title;
  const titleLines = wrap(measure, o.title || '', inner);
  measure.font = fonts.sub;
  const subLines = o.subtitle ? wrap(measure, o.subtitle, inner) : [];
  measure.font = fonts.legend;
  const legend = (o.legend || []).filter((l) => l.visible !== false);
  const legendRows = [];
  let row = [];
  let x = 0;
  for (const item of legend) {
    const w = 26 + measure.measureText(item.text).width + 16;
    if (x + w > inner && row.length) {
      legendRows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...item, x });
    x += w;
  }
  if (row.length) {
    legendRows.push(row);
  }
  measure.font = fonts.source;
  const sourceLines = o.source ? wrap(measure, o.source, inner) : [];
  const height = pad + titleLines.length * 24 + subLines.length * 18 + 8 + chart.height + 8
    + legendRows.length * 20 + 6 + sourceLines.length * 15 + pad;

  const out = document.createElement('canvas');
  out.width = W * scale;
  out.height = height * scale;
  const ctx = out.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, height);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.fillStyle = COLORS.text;
  ctx.font = fonts.title;
  titleLines.forEach((l) => { ctx.fillText(l, pad, y); y += 24; });
  ctx.fillStyle = COLORS.muted;
  ctx.font = fonts.sub;
  subLines.forEach((l) => { ctx.fillText(l, pad, y); y += 18; });
  y += 8;
  ctx.drawImage(chart.canvas, (W - chart.width) / 2, y, chart.width, chart.height);
  y += chart.height + 8;
  ctx.font = fonts.legend;
  for (const r of legendRows) {
    for (const item of r) {
      drawSwatch(ctx, item, pad + item.x, y + 7);
      ctx.fillStyle = COLORS.text;
      ctx.fillText(item.text, pad + item.x + 26, y + 1);
    }
    y += 20;
  }
  y += 6;
  ctx.fillStyle = COLORS.muted;
  ctx.font = fonts.source;
  sourceLines.forEach((l) => { ctx.fillText(l, pad, y); y += 15; });
  return out.toDataURL('image/png');
}

function drawSwatch(ctx, item, x, y) {
  ctx.save();
  ctx.strokeStyle = item.color;
  ctx.fillStyle = item.color;
  ctx.lineWidth = 2;
  if (item.kind === 'band') {
    ctx.fillStyle = COLORS.band;
    ctx.fillRect(x, y - 5, 20, 10);
    ctx.strokeStyle = COLORS.bandBorder;
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y - 5, 20, 10);
  } else if (item.kind === 'box') {
    ctx.fillRect(x + 2, y - 6, 16, 12);
  } else if (item.kind === 'tick') {
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 20, y);
    ctx.stroke();
  } else {
    if (item.dash) {
      ctx.setLineDash([4, 3]);
    }
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 20, y);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(x + 10, y, 4, 0, Math.PI * 2);
    ctx.fillStyle = item.hollow ? '#ffffff' : item.color;
    ctx.fill();
    ctx.stroke();
  }
  ctx.restore();
}

if (Chart) {
  Chart.register(noDataPlugin, keyboardPlugin, targetMarksPlugin, backgroundPlugin, exportPlugin);
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = COLORS.text;
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptions shared by tooltips, keyboard announcements and summaries

function metaOf(chart, datasetIndex, index) {
  const ds = chart.data.datasets[datasetIndex];
  return (ds.pointMeta && ds.pointMeta[index]) || {};
}

function valueText(ds, raw, unit) {
  if (Array.isArray(raw)) {
    return t('tooltip.band', { low: fmtValue(raw[0], unit), high: fmtValue(raw[1], unit) });
  }
  return fmtValue(raw, unit);
}

/** One point in words: "2022, Outcome (latest): 3%, Final, target 增长5.5%左右, Missed". */
export function describePoint(chart, datasetIndex, index) {
  const ds = chart.data.datasets[datasetIndex];
  const m = metaOf(chart, datasetIndex, index);
  const unit = chart.options.plugins.itUnit;
  const parts = [t('card.point', { label: chart.data.labels[index], series: ds.label, value: valueText(ds, ds.data[index], unit) })];
  if (m.vintageLabel) {
    parts.push(m.vintageLabel);
  }
  if (m.wording && ds.role !== 'target') {
    parts.push(t('tooltip.target', { wording: m.wording }));
  }
  if (m.verdict) {
    parts.push(t('tooltip.verdict', { verdict: verdictLabel(m.verdict) }));
  }
  return parts.join(t('summary.list'));
}

function tooltipCallbacks() {
  return {
    label(ctx) {
      const ds = ctx.dataset;
      const unit = ctx.chart.options.plugins.itUnit;
      const m = (ds.pointMeta && ds.pointMeta[ctx.dataIndex]) || {};
      if (ds.isBandEdge) {
        const low = ctx.chart.data.datasets[ctx.datasetIndex - 1].data[ctx.dataIndex];
        return valueText(ds, [low, ctx.raw], unit);
      }
      if (ds.role === 'target_band') {
        return valueText(ds, ctx.raw, unit);
      }
      if (ds.role === 'target') {
        return ds.label + ': ' + (m.wording || fmtValue(ctx.raw, unit));
      }
      if (ds.role === 'share') {
        return ds.label + ': ' + fmtValue(ctx.raw, '%') + (m.reason ? ' (' + m.reason + ')' : '');
      }
      return ds.label + ': ' + fmtValue(ctx.raw, unit);
    },
    afterLabel(ctx) {
      const ds = ctx.dataset;
      if (ds.role !== 'outcome' && ds.role !== 'first_release') {
        return '';
      }
      const m = (ds.pointMeta && ds.pointMeta[ctx.dataIndex]) || {};
      const lines = [];
      if (m.vintageLabel) {
        lines.push('  ' + t('tooltip.vintage', { vintage: m.vintageLabel, date: fmtDate(m.publishedOn) }));
      }
      if (m.verdict) {
        lines.push('  ' + VERDICT_ICONS[m.verdict] + ' ' + verdictLabel(m.verdict));
      }
      return lines;
    }
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Configuration: one base, per-role dataset styles, per-chart overrides

function isObject(v) {
  return v && typeof v === 'object' && !Array.isArray(v);
}

/** Deep merge of plain objects; arrays and functions in the override replace the base. */
export function merge(base, override) {
  const out = { ...base };
  for (const [k, v] of Object.entries(override || {})) {
    out[k] = isObject(v) && isObject(base[k]) ? merge(base[k], v) : v;
  }
  return out;
}

/** The options every chart starts from. */
export function baseOptions(payload) {
  const unit = payload.unit;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: reducedMotion ? false : { duration: 250 },
    interaction: { mode: 'index', intersect: false },
    layout: { padding: { top: 6, right: 12, bottom: 0, left: 4 } },
    plugins: {
      legend: { display: false },
      title: { display: false },
      itUnit: unit,
      tooltip: {
        callbacks: tooltipCallbacks(),
        // A band drawn as two edges is described once, by its upper edge.
        filter: (item) => !(item.dataset.isBandEdge && !item.dataset.fill),
        backgroundColor: 'rgba(17, 24, 39, 0.92)',
        padding: 10,
        boxPadding: 4,
        usePointStyle: true
      },
      itNoData: { text: t('state.noData') }
    },
    scales: {
      x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
      y: {
        grid: { color: COLORS.grid },
        title: { display: Boolean(unitLabel(unit)), text: unitLabel(unit) },
        ticks: { callback: (v) => fmtTick(v, unit) }
      }
    }
  };
}

function estimateFlags(ds) {
  return (ds.pointMeta || []).map((m) => Boolean(m && m.estimate));
}

/** Styles by what a dataset is (role), so that the API's datasets can be handed to Chart.js as they are. */
export function styleDataset(ds, index, colorFor) {
  const color = colorFor ? colorFor(ds, index) : COLORS.outcome;
  const out = {
    label: ds.label,
    data: ds.data,
    type: ds.type,
    hidden: Boolean(ds.hidden),
    order: ds.order === undefined ? index : ds.order,
    role: ds.role,
    id: ds.id,
    pointMeta: ds.pointMeta || []
  };
  const est = estimateFlags(ds);
  switch (ds.role) {
    case 'outcome':
      if (ds.type === 'bar') {
        return {
          ...out,
          backgroundColor: est.map((e) => (e ? '#ffffff' : color)),
          borderColor: color,
          borderWidth: est.map((e) => (e ? 2 : 0)),
          borderRadius: 2,
          maxBarThickness: 36
        };
      }
      return {
        ...out,
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2.5,
        pointStyle: ds.pointStyle || 'circle',
        pointRadius: 6,
        pointHoverRadius: 8,
        pointBorderWidth: 2,
        pointBackgroundColor: est.map((e) => (e ? '#ffffff' : color)),
        spanGaps: true,
        segment: { borderDash: (ctx) => (est[ctx.p0DataIndex] || est[ctx.p1DataIndex] ? [6, 4] : undefined) }
      };
    case 'first_release':
      return {
        ...out,
        borderColor: COLORS.first,
        backgroundColor: '#ffffff',
        borderWidth: 2,
        borderDash: ds.borderDash || [6, 4],
        pointStyle: ds.pointStyle || 'circle',
        pointRadius: 5,
        pointBorderWidth: 2,
        spanGaps: true
      };
    case 'target':
      return {
        ...out,
        showLine: false,
        borderColor: COLORS.target,
        backgroundColor: COLORS.target,
        pointStyle: 'line',
        pointRadius: 14,
        pointHoverRadius: 16,
        pointBorderWidth: 3,
        pointHitRadius: 10
      };
    case 'target_band':
      return {
        ...out,
        type: 'bar',
        backgroundColor: COLORS.band,
        borderColor: COLORS.bandBorder,
        borderWidth: 1,
        barPercentage: 0.55,
        categoryPercentage: 1,
        grouped: false,
        skipKeyboard: false
      };
    case 'share':
      return {
        ...out,
        borderColor: color,
        backgroundColor: color,
        borderWidth: index === 0 ? 3 : 2,
        pointRadius: index === 0 ? 5 : 3,
        pointHoverRadius: 7,
        spanGaps: false,
        clip: 8
      };
    default:
      return { ...out, borderColor: color, backgroundColor: color };
  }
}

/** A Chart.js config from an API chart payload, the base options and a per-chart override. */
export function chartConfig(payload, { type = 'line', colorFor, datasets: mapDatasets, options } = {}) {
  let datasets = payload.datasets.map((ds, i) => styleDataset(ds, i, colorFor));
  if (mapDatasets) {
    datasets = mapDatasets(datasets);
  }
  return {
    type,
    data: { labels: payload.labels, datasets },
    options: merge(baseOptions(payload), typeof options === 'function' ? options(payload, datasets) : options)
  };
}

/** Creates the chart on a canvas, or updates the one already there (chart.update(), not a rebuild). */
export function renderChart(canvas, config) {
  const existing = Chart.getChart(canvas);
  if (existing && existing.config.type === config.type) {
    existing.data.labels = config.data.labels;
    existing.data.datasets = config.data.datasets;
    existing.options = config.options;
    existing.update();
    return existing;
  }
  if (existing) {
    existing.destroy();
  }
  return new Chart(canvas, config);
}

/** The legend entries of a chart: one per dataset, or one per group of datasets sharing a legend key. */
export function legendItems(chart) {
  const items = [];
  const byKey = new Map();
  chart.data.datasets.forEach((ds, i) => {
    if (!(ds.data || []).some((v) => v !== null && v !== undefined)) {
      return;
    }
    const key = ds.legendKey || 'ds' + i;
    if (byKey.has(key)) {
      byKey.get(key).indices.push(i);
      return;
    }
    const kind = ds.role === 'target_band' ? 'band'
      : ds.role === 'target' ? 'tick'
        : ds.type === 'bar' ? 'box' : 'line';
    const item = {
      text: ds.legendText || ds.label,
      color: ds.role === 'target' ? COLORS.target : (Array.isArray(ds.borderColor) ? ds.borderColor[0] : ds.borderColor),
      kind,
      dash: ds.role === 'first_release',
      hollow: ds.role === 'first_release',
      indices: [i]
    };
    byKey.set(key, item);
    items.push(item);
  });
  items.forEach((item) => { item.visible = item.indices.some((i) => chart.isDatasetVisible(i)); });
  const rank = { line: 0, box: 0, tick: 1, band: 2 };
  return items.map((item, k) => [item, k]).sort((a, b) => rank[a[0].kind] - rank[b[0].kind] || a[1] - b[1]).map(([item]) => item);
}

/** Splits a long category label into lines (by characters in Chinese, by words in English). */
export function wrapLabel(label, max = 12) {
  const text = String(label);
  if (text.length <= max) {
    return text;
  }
  if (/[\u3000-\u9fff]/.test(text)) {
    const lines = [];
    for (let i = 0; i < text.length && lines.length < 3; i += max) {
      lines.push(text.slice(i, i + max));
    }
    return lines;
  }
  const lines = [''];
  text.split(' ').forEach((w) => {
    if ((lines[lines.length - 1] + ' ' + w).trim().length > max * 1.6 && lines[lines.length - 1]) {
      lines.push(w);
    } else {
      lines[lines.length - 1] = (lines[lines.length - 1] + ' ' + w).trim();
    }
  });
  return lines.slice(0, 3);
}

/** Override for ranked or side-by-side horizontal bars: the value axis at the bottom, labels on the left. */
export function horizontalBars(unit) {
  return {
    indexAxis: 'y',
    interaction: { mode: 'index', axis: 'y', intersect: false },
    scales: {
      x: {
        grid: { display: true, color: COLORS.grid },
        title: { display: Boolean(unitLabel(unit)), text: unitLabel(unit) },
        ticks: { maxRotation: 0, callback: (v) => fmtTick(v, unit) }
      },
      y: {
        grid: { display: false },
        title: { display: false },
        ticks: { autoSkip: false, callback(v) { return wrapLabel(this.getLabelForValue(v)); } }
      }
    }
  };
}
