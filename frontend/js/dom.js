// Small DOM helpers. Text is always set as text (never parsed as HTML), so figures and quotes cannot inject markup.

/**
 * h('a', {href: '#', class: 'x', onclick: fn}, 'text', child) creates an element. Attributes starting with "on"
 * become event listeners; "class" may be an array; false, null and undefined attributes and children are skipped.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v === null || v === undefined) {
        continue;
      }
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2), v);
      } else if (k === 'class') {
        el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
      } else if (k === 'dataset') {
        Object.assign(el.dataset, v);
      } else if (v === true) {
        el.setAttribute(k, '');
      } else {
        el.setAttribute(k, String(v));
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(el, c);
    } else {
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
}

export function clear(el) {
  while (el.firstChild) {
    el.removeChild(el.firstChild);
  }
  return el;
}

/** Replaces an element's content. */
export function fill(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

let announcer;

/** Tells screen-reader users what changed (a polite live region). */
export function announce(text) {
  announcer = announcer || document.getElementById('announcer');
  if (announcer) {
    announcer.textContent = '';
    setTimeout(() => { announcer.textContent = text; }, 50);
  }
}

let ids = 0;
export function uid(prefix) {
  ids += 1;
  return prefix + '-' + ids;
}
