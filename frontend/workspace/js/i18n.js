// Translation: t('key') for every visible string; the language comes from the URL (?lang=zh|en), Chinese by default.
import { messages } from './messages.js';

export const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
const locale = lang === 'en' ? 'en' : 'zh-CN';
const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** The text of a key, with {name} placeholders filled from params. Unknown keys show as themselves. */
export function t(key, params = {}) {
  const text = messages[lang][key] ?? messages.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? '').toString());
}

/** True when the dictionaries have a text for the key. */
export function has(key) {
  return key in messages[lang] || key in messages.zh;
}

/** Fills every element marked data-t (text) or data-t-label (aria-label), sets <html lang> and the title. */
export function translatePage(root = document) {
  document.documentElement.lang = locale;
  root.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
  root.querySelectorAll('[data-t-label]').forEach((e) => { e.setAttribute('aria-label', t(e.dataset.tLabel)); });
  if (document.body.dataset.title) {
    document.title = t(document.body.dataset.title);
  }
}

/** A same-site link that keeps the current language. */
export function withLang(path, params = {}) {
  const url = new URL(path, location.href);
  url.searchParams.set('lang', lang);
  Object.entries(params).forEach(([k, v]) => url.searchParams.set(k, v));
  return url.pathname + url.search;
}

/** The link that switches to the other language, keeping everything else of the current address. */
export function otherLanguageLink() {
  const url = new URL(location.href);
  url.searchParams.set('lang', lang === 'en' ? 'zh' : 'en');
  return url.pathname + url.search;
}

export function formatNumber(value) {
  return value === null || value === undefined ? '' : numbers.format(value);
}

/** A timestamp of the API (ISO 8601) as a date and time in the reader's language and time zone. */
export function formatDateTime(iso) {
  return iso ? dateTimes.format(new Date(iso)) : '';
}

/** The name of a region or indicator in the current language. */
export function nameOf(item) {
  if (!item) {
    return '';
  }
  return (lang === 'en' ? item.nameEn : item.nameZh) || item.nameZh || item.nameEn || '';
}
