// Overdue outcomes: current targets of a past year whose outcome should have been published by now, as listed by
// the daily data-freshness check. An entry disappears as soon as a published outcome exists; each row links to the
// outcomes view filtered to that region, indicator and year, where the figure can be entered.
import { api } from './api.js';
import { el, report, table } from './forms.js';
import { formatDateTime, t, withLang } from './i18n.js';

export function missingView(root, cat, params) {
  const regionFilter = el('select', { id: 'filter-region' }, el('option', { value: '', text: t('filter.any') }),
    cat.regionOptions().map((o) => el('option', { value: o.value, text: o.label })));
  regionFilter.value = params.get('region') || '';
  const summary = el('p', { id: 'missing-summary', class: 'empty' });
  const list = el('div', { id: 'list' });

  async function load() {
    list.replaceChildren(el('p', { class: 'empty', text: t('list.loading') }));
    try {
      const data = await api.missingOutcomes(regionFilter.value);
      summary.textContent = t('missing.summary', {
        year: data.dueYear,
        since: data.dueSince,
        checked: data.lastChecked ? formatDateTime(data.lastChecked) : t('missing.neverChecked'),
      });
      if (data.items.length === 0) {
        list.replaceChildren(el('p', { class: 'empty', text: t('missing.none') }));
        return;
      }
      list.replaceChildren(el('p', { text: t('list.count', { count: data.total }) }), table(
        ['field.region', 'field.indicator', 'field.year', 'missing.target', 'missing.listedAt', 'list.actions'],
        data.items.map((m) => el('tr', { 'data-target': m.targetId },
          el('td', { text: cat.regionName(m.region) }),
          el('td', { text: cat.indicatorName(m.indicator) }),
          el('td', { text: String(m.year) }),
          el('td', { text: m.targetWording || '' }),
          el('td', { text: formatDateTime(m.listedAt) }),
          el('td', { class: 'actions' }, el('a', {
            class: 'enter-outcome',
            href: withLang('index.html', { view: 'actuals', region: m.region, indicator: m.indicator, year: m.year }),
            text: t('missing.enter'),
          })))), {}, t('missing.caption')));
    } catch (e) {
      list.replaceChildren();
      report(e);
    }
  }

  root.replaceChildren(
    el('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); load(); } },
      el('div', {}, el('label', { for: 'filter-region', text: t('filter.region') }), regionFilter),
      el('button', { type: 'submit', text: t('filter.show') })),
    summary,
    list);
  load();
}
