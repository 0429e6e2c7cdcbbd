// Every visible string goes through t(); numbers, units and dates through the Intl helpers below.
// The language comes from the URL (lang=zh|en), never from the browser: Chinese is the default.

const zh = {
  'app.name': '指标追踪',
  'app.tagline': '政府工作报告目标完成情况',
  'app.title': '{page} · 指标追踪',
  'skip': '跳到主要内容',
  'lang.switch': 'English',
  'lang.switchLabel': '切换到英文',
  'nav.label': '视图',
  'nav.overview': '总览',
  'nav.indicator': '指标',
  'nav.years': '年度对比',
  'nav.regions': '地区对比',
  'nav.revisions': '数据修订',
  'nav.method': '关于方法',
  'controls.label': '筛选',
  'controls.region': '地区',
  'controls.year': '年份',
  'controls.indicator': '指标',
  'controls.years': '对比年份（2–5个）',
  'controls.unit': '单位',
  'controls.quick': '快速切换',
  'controls.noData': '（暂无数据）',
  'controls.targetsOnly': '（仅有目标）',
  'controls.revised': '（有修订）',
  'controls.yearOption': '{year}年',
  'controls.yearsHint': '请选择2至5个年份。',
  'controls.yearsMax': '最多可选5个年份。',
  'controls.children': '只看{region}的下级地区',
  'footer.about': '指标追踪是开源项目：每个数字都注明出处，判定规则公开。',
  'footer.method': '关于方法',
  'footer.report': '报告数据错误',
  'footer.api': '开放数据接口（API）',
  'footer.exportCsv': '下载全部数据（CSV）',
  'footer.exportXlsx': '下载全部数据（Excel）',
  'state.loading': '正在加载…',
  'state.error.title': '数据暂时无法加载',
  'state.error.network': '无法连接服务器。请检查网络连接，然后重试。',
  'state.error.unavailable': '数据库暂时不可用。请稍等片刻后重试。',
  'state.error.notFound': '找不到所请求的地区或指标，链接可能已过时。',
  'state.error.bad': '链接中的参数有误：{detail}',
  'state.error.other': '服务器出错（{status}）。请稍后重试；如果问题持续，请报告。',
  'state.retry': '重试',
  'state.home': '回到全国总览',
  'state.empty.title': '暂无已公布的实际数据',
  'state.empty.region': '{region}尚未收录任何目标或实际数据。',
  'state.empty.year': '{region}{year}年尚未公布实际数据。',
  'state.empty.series': '{region}的“{indicator}”尚无已公布的数据。',
  'state.empty.revisions': '{region}{year}年的“{indicator}”只有一次发布，没有修订。',
  'state.empty.try': '可以选择其他年份或地区，或查看全国数据。',
  'state.empty.latest': '看{region}最近有数据的年份（{year}年）',
  'state.noData': '暂无已公布的数据',
  'verdict.exceeded': '超额完成',
  'verdict.met': '完成',
  'verdict.partly_met': '部分完成',
  'verdict.missed': '未完成',
  'verdict.undetermined': '无法判定',
  'verdict.not_evaluable': '暂无法评价',
  'verdict.none': '未收录目标',
  'verdict.legend': '判定标记',
  'overview.heading': '{region}{year}年目标完成情况',
  'overview.share': '目标完成率',
  'overview.shareOf': '{evaluable}项可评价目标中，{met}项完成或超额完成',
  'overview.noShare': '暂无可评价的目标',
  'overview.noTargets': '尚未收录{region}{year}年的目标，因此无法判定是否完成。下面列出已公布的{count}项实际数据及其出处。',
  'overview.pending': '{count}项目标暂无实际数据或无法判定，不计入完成率。',
  'overview.targets': '目标与完成情况（{count}项）',
  'overview.others': '已公布的其他实际数据（{count}项，未收录目标）',
  'overview.showAll': '显示全部{count}项',
  'overview.showLess': '收起',
  'overview.filterAll': '全部',
  'overview.filterCategory': '按类别筛选',
  'tile.target': '目标',
  'tile.outcome': '实际',
  'tile.noOutcome': '尚未公布实际数据',
  'tile.noTarget': '未收录该年目标',
  'indicator.heading': '{indicator} · {region}',
  'indicator.table': '历年目标与实际（{count}年）',
  'indicator.direction.higher': '越高越好',
  'indicator.direction.lower': '越低越好',
  'indicator.firstRelease': '首次公布：{value}，{verdict}',
  'indicator.seeRevisions': '查看修订',
  'years.heading': '{region}：年度对比',
  'years.matrix': '各指标分年度对比',
  'years.unitNote': '图中只显示单位为“{unit}”的指标；不同单位的指标不能放在同一坐标上比较，其余指标见下表。',
  'years.needTwo': '请至少选择两个年份进行对比。',
  'regions.heading': '{indicator}：{year}年各地区对比',
  'regions.count': '共{count}个地区',
  'revisions.heading': '{indicator}：{year}年数据的修订',
  'revisions.pickYear': '年份',
  'card.png': '下载图片（PNG）',
  'card.csv': '下载数据（CSV）',
  'card.embed': '嵌入',
  'card.table': '查看数据表',
  'card.hideTable': '隐藏数据表',
  'card.source': '来源：{sources}',
  'card.sourceLine': '数据来源：{sources}。图表：指标追踪 {url}',
  'card.sourceFallback': '指标追踪',
  'card.keyboard': '图表可用键盘操作：聚焦图表后，用左右方向键逐个查看数据点，上下方向键切换数据系列。',
  'card.point': '{label}，{series}：{value}',
  'card.legend': '图例（点击可显示或隐藏数据系列）',
  'embed.title': '嵌入此图表',
  'embed.help': '把下面的代码粘贴到网页中即可嵌入此图表：',
  'embed.copy': '复制代码',
  'embed.copied': '已复制',
  'embed.close': '关闭',
  'embed.back': '在指标追踪中查看完整数据',
  'summary.series': '{indicator}：{range}年间{evaluated}个年度可以判定，其中{met}个年度完成或超额完成，{missed}个年度未完成。',
  'summary.seriesLatest': '最近一年（{year}年）实际{value}，目标为“{target}”，判定：{verdict}。',
  'summary.seriesNoTarget': '最近一年（{year}年）实际{value}。',
  'summary.trend': '{region}：{range}年间，可评价目标的完成率在{min}至{max}之间；{year}年为{latest}。',
  'summary.trendEmpty': '{region}尚无可评价的目标，因此没有完成率。',
  'summary.years': '对比{years}年：{rows}。',
  'summary.yearsRow': '{indicator}{values}',
  'summary.regions': '{indicator}{year}年：{count}个地区按实际值排序，{first}最高（{value}）。',
  'summary.regionsLower': '{indicator}{year}年：{count}个地区按实际值排序（越低越好），{first}最好（{value}）。',
  'summary.revisions': '{year}年“{indicator}”共发布{count}次：首次为{first}（{firstVintage}），最新为{last}（{lastVintage}），变化{change}。',
  'summary.list': '、',
  'summary.verdict': '（{verdict}）',
  'summary.sep': '；',
  'col.verdict': '判定',
  'col.year': '年份',
  'col.target': '目标表述',
  'col.outcome': '实际',
  'col.vintage': '数据版本',
  'col.source': '出处与原文',
  'col.indicator': '指标',
  'col.region': '地区',
  'col.rank': '排名',
  'col.margin': '差距',
  'col.published': '发布日期',
  'col.change': '较上一版本',
  'legend.target': '目标',
  'legend.hollowBars': '空心柱为预计数，以后可能修订。',
  'tooltip.target': '目标：{wording}',
  'tooltip.band': '目标区间：{low}–{high}',
  'tooltip.verdict': '判定：{verdict}',
  'tooltip.vintage': '{vintage}，{date}发布',
  'margin.points': '{sign}{value}个百分点',
  'category.other': '其他',
  'stated.around': '{value}左右',
  'stated.gte': '{value}以上',
  'stated.lte': '{value}以内',
  'sources.more': '{first}等{count}份文件'
};

const en = {
  'app.name': 'Indicator Tracker',
  'app.tagline': 'Were the targets of the government work reports met?',
  'app.title': '{page} · Indicator Tracker',
  'skip': 'Skip to main content',
  'lang.switch': '中文',
  'lang.switchLabel': 'Switch to Chinese',
  'nav.label': 'Views',
  'nav.overview': 'Overview',
  'nav.indicator': 'Indicator',
  'nav.years': 'Compare years',
  'nav.regions': 'Compare regions',
  'nav.revisions': 'Revisions',
  'nav.method': 'About the method',
  'controls.label': 'Filters',
  'controls.region': 'Region',
  'controls.year': 'Year',
  'controls.indicator': 'Indicator',
  'controls.years': 'Years to compare (2–5)',
  'controls.unit': 'Unit',
  'controls.quick': 'Quick switch',
  'controls.noData': ' (no data yet)',
  'controls.targetsOnly': ' (targets only)',
  'controls.revised': ' (revised)',
  'controls.yearOption': '{year}',
  'controls.yearsHint': 'Choose two to five years.',
  'controls.yearsMax': 'You can compare at most five years.',
  'controls.children': 'Only regions directly under {region}',
  'footer.about': 'Indicator Tracker is open source: every figure cites its source and the rules for verdicts are public.',
  'footer.method': 'About the method',
  'footer.report': 'Report an error in a figure',
  'footer.api': 'Open data API',
  'footer.exportCsv': 'Download all data (CSV)',
  'footer.exportXlsx': 'Download all data (Excel)',
  'state.loading': 'Loading…',
  'state.error.title': 'The data could not be loaded',
  'state.error.network': 'The server cannot be reached. Check your connection, then try again.',
  'state.error.unavailable': 'The database is briefly unavailable. Please wait a moment and try again.',
  'state.error.notFound': 'The region or indicator asked for does not exist; the link may be out of date.',
  'state.error.bad': 'The link has a wrong parameter: {detail}',
  'state.error.other': 'The server failed ({status}). Please try again later, and report it if it persists.',
  'state.retry': 'Try again',
  'state.home': 'Back to the national overview',
  'state.empty.title': 'No outcome published yet',
  'state.empty.region': 'No targets or outcomes have been recorded for {region} yet.',
  'state.empty.year': 'No outcome has been published for {region} in {year} yet.',
  'state.empty.series': 'No figures have been published for “{indicator}” in {region} yet.',
  'state.empty.revisions': '“{indicator}” for {region} in {year} was released once and never revised.',
  'state.empty.try': 'Try another year or region, or look at the national figures.',
  'state.empty.latest': 'See {region} in its latest year with data ({year})',
  'state.noData': 'No published figures yet',
  'verdict.exceeded': 'Exceeded',
  'verdict.met': 'Met',
  'verdict.partly_met': 'Partly met',
  'verdict.missed': 'Missed',
  'verdict.undetermined': 'Undetermined',
  'verdict.not_evaluable': 'Not evaluable',
  'verdict.none': 'No target on record',
  'verdict.legend': 'Verdict marks',
  'overview.heading': '{region}: targets and outcomes, {year}',
  'overview.share': 'Targets met',
  'overview.shareOf': '{met} of {evaluable} evaluable targets met or exceeded',
  'overview.noShare': 'No evaluable targets',
  'overview.noTargets': 'No targets for {region} in {year} are on record, so no verdicts can be given. Below are the {count} published outcomes and where each comes from.',
  'overview.pending': '{count} targets have no outcome yet or cannot be decided; they are not in the share.',
  'overview.targets': 'Targets and outcomes ({count})',
  'overview.others': 'Other published outcomes ({count}, no target on record)',
  'overview.showAll': 'Show all {count}',
  'overview.showLess': 'Show fewer',
  'overview.filterAll': 'All',
  'overview.filterCategory': 'Filter by category',
  'tile.target': 'Target',
  'tile.outcome': 'Outcome',
  'tile.noOutcome': 'No outcome published yet',
  'tile.noTarget': 'No target on record for this year',
  'indicator.heading': '{indicator} · {region}',
  'indicator.table': 'Targets and outcomes, every year ({count})',
  'indicator.direction.higher': 'higher is better',
  'indicator.direction.lower': 'lower is better',
  'indicator.firstRelease': 'First release: {value}, {verdict}',
  'indicator.seeRevisions': 'See revisions',
  'years.heading': '{region}: years compared',
  'years.matrix': 'Indicators year by year',
  'years.unitNote': 'The chart shows the indicators measured in “{unit}” only: indicators in different units cannot share an axis. The table below has them all.',
  'years.needTwo': 'Choose at least two years to compare.',
  'regions.heading': '{indicator}: regions compared, {year}',
  'regions.count': '{count} regions',
  'revisions.heading': '{indicator}: revisions of the {year} figure',
  'revisions.pickYear': 'Year',
  'card.png': 'Download image (PNG)',
  'card.csv': 'Download data (CSV)',
  'card.embed': 'Embed',
  'card.table': 'Show the data table',
  'card.hideTable': 'Hide the data table',
  'card.source': 'Source: {sources}',
  'card.sourceLine': 'Data: {sources}. Chart: Indicator Tracker {url}',
  'card.sourceFallback': 'Indicator Tracker',
  'card.keyboard': 'The chart works with a keyboard: focus it, then use the left and right arrow keys to move between points and up and down to switch series.',
  'card.point': '{label}, {series}: {value}',
  'card.legend': 'Legend (select to show or hide a series)',
  'embed.title': 'Embed this chart',
  'embed.help': 'Paste this code into a web page to embed the chart:',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied',
  'embed.close': 'Close',
  'embed.back': 'See the full data in Indicator Tracker',
  'summary.series': '{indicator}: in {range}, {evaluated} years can be judged; the target was met or exceeded in {met} and missed in {missed}.',
  'summary.seriesLatest': 'In the latest year ({year}) the outcome was {value} against a target of “{target}”: {verdict}.',
  'summary.seriesNoTarget': 'In the latest year ({year}) the outcome was {value}.',
  'summary.trend': '{region}: in {range}, the share of evaluable targets met ranged from {min} to {max}; it was {latest} in {year}.',
  'summary.trendEmpty': '{region} has no evaluable targets yet, so there is no share met.',
  'summary.years': 'Years {years} compared: {rows}.',
  'summary.yearsRow': '{indicator} {values}',
  'summary.regions': '{indicator}, {year}: {count} regions ranked by outcome; {first} is highest ({value}).',
  'summary.regionsLower': '{indicator}, {year}: {count} regions ranked by outcome (lower is better); {first} is best ({value}).',
  'summary.revisions': '“{indicator}” for {year} was released {count} times: first {first} ({firstVintage}), latest {last} ({lastVintage}), a change of {change}.',
  'summary.list': ', ',
  'summary.verdict': ' ({verdict})',
  'summary.sep': '; ',
  'col.verdict': 'Verdict',
  'col.year': 'Year',
  'col.target': 'Target as worded',
  'col.outcome': 'Outcome',
  'col.vintage': 'Vintage',
  'col.source': 'Source and quote',
  'col.indicator': 'Indicator',
  'col.region': 'Region',
  'col.rank': 'Rank',
  'col.margin': 'Margin',
  'col.published': 'Published',
  'col.change': 'Change from previous',
  'legend.target': 'Target',
  'legend.hollowBars': 'Hollow bars are estimates that may still be revised.',
  'tooltip.target': 'Target: {wording}',
  'tooltip.band': 'Target band: {low}–{high}',
  'tooltip.verdict': 'Verdict: {verdict}',
  'tooltip.vintage': '{vintage}, published {date}',
  'margin.points': '{sign}{value} pp',
  'category.other': 'Other',
  'stated.around': 'about {value}',
  'stated.gte': '{value} or more',
  'stated.lte': 'at most {value}',
  'sources.more': '{first} and {count} more documents'
};

const categories = {
  zh: { economy: '经济', industry: '工业', investment: '投资', consumption: '消费', opening: '开放', fiscal: '财政',
    finance: '金融', livelihood: '民生', prices: '物价', employment: '就业', agriculture: '农业', rural: '乡村',
    ecology: '生态', tourism: '旅游', innovation: '创新', urban: '城市', education: '教育', health: '卫生健康', governance: '政务' },
  en: { economy: 'Economy', industry: 'Industry', investment: 'Investment', consumption: 'Consumption', opening: 'Opening up',
    fiscal: 'Public finance', finance: 'Finance', livelihood: 'Livelihood', prices: 'Prices', employment: 'Employment',
    agriculture: 'Agriculture', rural: 'Rural areas', ecology: 'Ecology', tourism: 'Tourism', innovation: 'Innovation',
    urban: 'Urban development', education: 'Education', health: 'Health', governance: 'Governance' }
};

// English has no 万 or 亿: figures in those units are scaled to the base unit and written compactly (13.61M people).
const enUnits = {
  '%': [1, '%'], '万亩': [1e4, 'mu'], '万人': [1e4, 'people'], '万人次': [1e4, 'visits'], '万元': [1e4, 'yuan'],
  '万名': [1e4, 'people'], '万平方米': [1e4, 'm²'], '万延长米': [1e4, 'm'], '个': [1, ''], '亿元': [1e8, 'yuan'],
  '亿斤': [1e8, 'jin'], '公里': [1, 'km'], '县': [1, 'counties'], '名': [1, 'people'], '基': [1, 'towers'],
  '家': [1, 'firms'], '年': [1, 'years'], '微克/立方米': [1, 'µg/m³'], '条': [1, 'items'], '项': [1, 'items']
};

const dictionaries = { zh, en };
let current = 'zh';

/** The language asked for in a URL's query string: 'en' only when lang=en, otherwise Chinese. */
export function langFrom(search) {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh';
}

export function setLang(lang) {
  current = lang === 'en' ? 'en' : 'zh';
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
}

export function lang() {
  return current;
}

/** Adds page-specific strings (the method page keeps its long texts out of the dashboard's download). */
export function extend(more) {
  Object.assign(zh, more.zh);
  Object.assign(en, more.en);
}

/** The text for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars) {
  const text = dictionaries[current][key];
  if (text === undefined) {
    console.warn('i18n: no text for', key);
    return '⟦' + key + '⟧';
  }
  return vars ? text.replace(/\{(\w+)\}/g, (m, name) => (vars[name] === undefined || vars[name] === null ? '' : String(vars[name]))) : text;
}

/** Applies t() to every element with data-i18n (text) or data-i18n-attr="attr:key;attr:key". */
export function translateDom(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(';').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    });
  });
}

export function locale() {
  return current === 'zh' ? 'zh-CN' : 'en';
}

const formats = new Map();
function numberFormat(options) {
  const key = current + JSON.stringify(options);
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(locale(), options));
  }
  return formats.get(key);
}

export function fmtNumber(value, options = { maximumFractionDigits: 2 }) {
  if (value === null || value === undefined || value === '' || Number.isNaN(Number(value))) {
    return '–';
  }
  return numberFormat(options).format(Number(value));
}

/** A value with its unit, written the way the language writes it: 3.5%, 1,361万人, 13.61M people. */
export function fmtValue(value, unit, { signed = false } = {}) {
  if (value === null || value === undefined) {
    return '–';
  }
  const sign = signed ? { signDisplay: 'exceptZero' } : {};
  if (current === 'zh' || !unit || !enUnits[unit]) {
    const n = fmtNumber(value, { maximumFractionDigits: 2, ...sign });
    return unit && unit !== 'unit' ? n + (current === 'en' ? ' ' + unit : unit) : n;
  }
  const [scale, base] = enUnits[unit];
  const n = scale === 1
    ? fmtNumber(value, { maximumFractionDigits: 2, ...sign })
    : fmtNumber(Number(value) * scale, { notation: 'compact', maximumFractionDigits: 2, ...sign });
  return base === '%' ? n + '%' : base ? n + ' ' + base : n;
}

/** Tick labels: short, without repeating the unit (the axis title carries it). */
export function fmtTick(value, unit) {
  if (current === 'en' && unit && enUnits[unit] && enUnits[unit][0] !== 1) {
    return fmtNumber(Number(value) * enUnits[unit][0], { notation: 'compact', maximumFractionDigits: 1 });
  }
  return fmtNumber(value, { maximumFractionDigits: 2 });
}

/** The unit as an axis title: 万人 in Chinese, people in English. */
export function unitLabel(unit) {
  if (!unit || unit === 'unit') {
    return '';
  }
  if (current === 'zh') {
    return unit;
  }
  return enUnits[unit] ? enUnits[unit][1] || '' : unit;
}

/** A margin: percentage points for rates, the unit otherwise; always signed. */
export function fmtMargin(value, unit) {
  if (value === null || value === undefined) {
    return '–';
  }
  if (unit === '%') {
    const v = Number(value);
    return t('margin.points', { sign: v > 0 ? '+' : v < 0 ? '−' : '', value: fmtNumber(Math.abs(v)) });
  }
  return fmtValue(value, unit, { signed: true });
}

export function fmtPercent(share) {
  return share === null || share === undefined ? '–' : fmtNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}

export function fmtDate(iso) {
  if (!iso) {
    return '–';
  }
  const d = new Date(iso + 'T00:00:00Z');
  return new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d);
}

export function fmtYear(year) {
  return t('controls.yearOption', { year });
}

/** A list joined the way the language joins lists. */
export function fmtList(items) {
  return new Intl.ListFormat(locale(), { style: 'short', type: 'conjunction' }).format(items.map(String));
}

/** The name of a catalogue entry (region, indicator) in the current language. */
export function nameOf(entry) {
  if (!entry) {
    return '';
  }
  return current === 'en' && entry.nameEn ? entry.nameEn : entry.nameZh;
}

export function category(code) {
  return categories[current][code] || code || t('category.other');
}

export function verdictLabel(code) {
  return t('verdict.' + (code || 'none'));
}
