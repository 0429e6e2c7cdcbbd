// The "about the method" page: the same header and language switch as the dashboard, long texts from method-text.js.
import { h, fill } from './dom.js';
import { t, setLang, langFrom, extend, translateDom } from './i18n.js';
import { methodText } from './method-text.js';
import { verdictBadge } from './components.js';

extend(methodText);

const VERDICTS = ['exceeded', 'met', 'partly_met', 'missed', 'undetermined', 'not_evaluable', 'none'];

function section(id, ...blocks) {
  return h('section', { id, 'aria-labelledby': id + '-title' }, h('h2', { id: id + '-title' }, t('m.' + id + '.title')), blocks);
}

const p = (key) => h('p', null, t(key));

function reportLink() {
  const ref = new URLSearchParams(location.search).get('ref');
  if (ref && ref.startsWith(location.origin)) {
    return ref;
  }
  try {
    if (document.referrer && new URL(document.referrer).origin === location.origin) {
      return document.referrer;
    }
  } catch (e) {
    // no usable referrer
  }
  return '';
}

function render() {
  const lang = langFrom(location.search);
  setLang(lang);
  translateDom();
  document.title = t('app.title', { page: t('m.title') });
  const other = lang === 'zh' ? 'en' : 'zh';
  const toggle = document.getElementById('lang-toggle');
  toggle.href = '?lang=' + other + location.hash;
  toggle.textContent = t('lang.switch');
  toggle.lang = other === 'zh' ? 'zh-CN' : 'en';
  toggle.hreflang = other;
  toggle.setAttribute('aria-label', t('lang.switchLabel'));
  document.getElementById('home-link').href = './?lang=' + lang;
  document.querySelectorAll('[data-method-link]').forEach((a) => { a.href = 'method.html?lang=' + lang + (a.dataset.methodLink ? '#' + a.dataset.methodLink : ''); });

  const template = t('m.report.template', { link: reportLink() });
  const area = h('textarea', { class: 'report-template', rows: '5', readonly: true, 'aria-label': t('m.report.label') }, template);
  const copy = h('button', {
    type: 'button', class: 'button',
    onclick: async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(template);
      } catch (e) {
        document.execCommand('copy');
      }
      copy.textContent = t('m.report.copied');
    }
  }, t('m.report.copy'));

  const rows = [1, 2, 3, 4, 5].map((n) => h('tr', null,
    h('th', { scope: 'row' }, t('m.verdicts.r' + n + 'c1')), h('td', null, t('m.verdicts.r' + n + 'c2')), h('td', null, t('m.verdicts.r' + n + 'c3'))));
  const ids = ['sources', 'vintages', 'verdicts', 'data', 'report'];
  fill(document.getElementById('main'), h('article', { class: 'prose' },
    h('p', null, h('a', { href: './?lang=' + lang }, '← ' + t('m.back'))),
    h('h1', { class: 'view-title' }, t('m.title')),
    p('m.lead'),
    h('nav', { 'aria-label': t('m.toc') }, h('ul', null, ids.map((id) => h('li', null, h('a', { href: '#' + id }, t('m.' + id + '.title')))))),
    section('sources', p('m.sources.p1'), p('m.sources.p2'), p('m.sources.p3')),
    section('vintages', p('m.vintages.p1'), p('m.vintages.p2')),
    section('verdicts', p('m.verdicts.p1'),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('m.verdicts.title') },
        h('table', null, h('thead', null, h('tr', null, ['th1', 'th2', 'th3'].map((k) => h('th', { scope: 'col' }, t('m.verdicts.' + k))))),
          h('tbody', null, rows))),
      p('m.verdicts.p2'), p('m.verdicts.p3'),
      h('ul', { class: 'verdict-list' }, VERDICTS.map((v) => h('li', null, verdictBadge(v, { small: true }), ' ', t('m.verdicts.' + v)))),
      p('m.verdicts.p4'), p('m.verdicts.p5')),
    section('data', p('m.data.p1')),
    section('report', p('m.report.p1'), p('m.report.p2'), area, h('p', null, copy), p('m.report.p3'))));
  if (location.hash) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) {
      target.scrollIntoView();
    }
  }
}

render();
