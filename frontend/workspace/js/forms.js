// Small DOM helpers, the status line, and the editing dialog with field-level errors and the conflict panel.
import { api, ApiError } from './api.js';
import { t, withLang } from './i18n.js';

/** Creates an element. attrs: class, text, on<Event> handlers, and plain attributes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) {
      return;
    }
    if (k === 'text') {
      node.textContent = v;
    } else if (k === 'class') {
      node.className = v;
    } else if (k.startsWith('on')) {
      node.addEventListener(k.slice(2).toLowerCase(), v);
    } else {
      node.setAttribute(k, v === true ? '' : v);
    }
  });
  children.flat().forEach((c) => {
    if (c !== null && c !== undefined) {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  });
  return node;
}

/** The page's status line (role=status): kind is 'ok', 'error' or ''. */
export function setStatus(text, kind = '', target = document.getElementById('status')) {
  if (!target) {
    return;
  }
  target.textContent = text || '';
  target.className = `status ${kind}`;
}

/** A message for a failed call that is not about a field. */
export function describe(error) {
  if (!(error instanceof ApiError)) {
    return t('msg.error', { detail: error.message });
  }
  if (error.status === 0) {
    return t('msg.network');
  }
  if (error.status === 403) {
    return t('msg.forbidden', { detail: error.problem.detail || '' });
  }
  if (error.status === 409) {
    return t('msg.conflict', { detail: error.problem.detail || '' });
  }
  return t('msg.error', { detail: error.problem.detail || error.message });
}

/**
 * A 401 means there is no session (never signed in) or it ended (signed out elsewhere, account disabled, expired):
 * back to the sign-in page, which returns here afterwards.
 */
export function signInAgainIfNeeded(error, { ended = true } = {}) {
  if (error instanceof ApiError && error.status === 401) {
    const params = { next: location.pathname + location.search };
    if (ended) {
      params.expired = '1';
    }
    location.assign(withLang('sign-in.html', params));
    return true;
  }
  return false;
}

/**
 * The header's sign-out: ends the session, then shows the sign-in page, or, for a session that single sign-on
 * opened, the identity provider's sign-out page (which sends the browser back to the sign-in page).
 */
export async function signOut() {
  let answer = null;
  try {
    answer = await api.signOut();
  } catch {
    // the session is gone or the server is unreachable: the sign-in page says what to do next
  }
  location.assign(answer?.providerSignOut || withLang('sign-in.html', { signedOut: '1' }));
}

/** A failed call: back to sign-in when the session ended, else its message on the given status line. */
export function report(error, target = document.getElementById('status')) {
  if (!signInAgainIfNeeded(error)) {
    setStatus(describe(error), 'error', target);
  }
}

/**
 * Opens the panel dialog (history, archived files) with a title; returns its body, to fill, and its status line.
 * Closed with its button or Escape.
 */
export function openPanel(title) {
  const dialog = document.getElementById('panel');
  const body = document.getElementById('panel-body');
  const status = document.getElementById('panel-status');
  document.getElementById('panel-title').textContent = title;
  body.replaceChildren(el('p', { class: 'empty', text: t('list.loading') }));
  setStatus('', '', status);
  document.getElementById('panel-close').onclick = () => dialog.close();
  if (!dialog.open) {
    dialog.showModal();
  }
  return { body, status };
}

/** A table with column headings (message keys, or nodes such as a select-all box) and rows; caption optional. */
export function table(headings, rows, attrs = {}, caption = null) {
  return el('table', attrs, caption ? el('caption', { text: caption }) : null,
    el('thead', {}, el('tr', {}, headings.map((h) => (h instanceof Node
      ? el('th', { scope: 'col' }, h) : el('th', { scope: 'col', text: t(h) }))))),
    el('tbody', {}, rows));
}

/** The field errors of a refused request (problem details errors[]) as a list, or nothing. */
export function problemList(error) {
  const errors = error instanceof ApiError && Array.isArray(error.problem.errors) ? error.problem.errors : [];
  return errors.length === 0 ? null
    : el('ul', { class: 'problems' }, errors.map((x) => el('li', { text: x.field ? `${x.field}: ${x.message}` : x.message })));
}

function inputFor(f, value) {
  const id = `f-${f.name}`;
  const common = { id, name: f.name, 'aria-describedby': `${id}-error${f.hint ? ` ${id}-hint` : ''}` };
  if (f.type === 'select') {
    const select = el('select', common);
    if (!f.required) {
      select.append(el('option', { value: '', text: t('choice.none') }));
    }
    f.options().forEach((o) => select.append(el('option', { value: o.value, text: o.label })));
    select.value = value ?? (f.required && f.options().length ? f.options()[0].value : '');
    return select;
  }
  if (f.type === 'multiselect') {
    const select = el('select', { ...common, multiple: true, size: 4 });
    f.options().forEach((o) => select.append(el('option', { value: o.value, text: o.label, selected: (value || []).includes(o.value) })));
    return select;
  }
  if (f.type === 'checks') {
    const box = el('div', { class: 'checks', id, role: 'group', 'aria-describedby': common['aria-describedby'] });
    f.options().forEach((o) => box.append(el('label', {},
      el('input', { type: 'checkbox', name: f.name, value: o.value, checked: (value || []).includes(o.value) }), ' ', o.label)));
    return box;
  }
  if (f.type === 'checkbox') {
    return el('input', { ...common, type: 'checkbox', checked: Boolean(value) });
  }
  if (f.type === 'textarea') {
    const area = el('textarea', { ...common, maxlength: f.maxLength });
    area.value = value ?? '';
    return area;
  }
  const type = { date: 'date', password: 'password', int: 'text', number: 'text' }[f.type] || 'text';
  const input = el('input', {
    ...common,
    type,
    inputmode: f.type === 'int' ? 'numeric' : f.type === 'number' ? 'decimal' : undefined,
    autocomplete: f.type === 'password' ? 'new-password' : 'off',
    maxlength: f.maxLength,
  });
  input.value = value ?? '';
  return input;
}

function readField(f, form) {
  if (f.type === 'checks') {
    return [...form.querySelectorAll(`input[name="${f.name}"]:checked`)].map((i) => i.value);
  }
  const input = form.querySelector(`#f-${f.name}`);
  if (f.type === 'multiselect') {
    return [...input.selectedOptions].map((o) => o.value);
  }
  if (f.type === 'checkbox') {
    return input.checked;
  }
  return input.value;
}

/** Form values (strings) to the JSON the API takes: empty text is null, numbers are numbers. */
export function toPayload(fields, values) {
  const body = {};
  fields.forEach((f) => {
    const v = values[f.name];
    if (f.type === 'int' || f.type === 'number') {
      body[f.name] = v === '' || v === null || v === undefined ? null : Number(String(v).trim());
    } else if (f.type === 'password') {
      body[f.name] = v;
    } else if (typeof v === 'string') {
      body[f.name] = v.trim() === '' ? null : v.trim();
    } else {
      body[f.name] = v;
    }
  });
  if ('sourceId' in body && body.sourceId !== null) {
    body.sourceId = Number(body.sourceId);
  }
  return body;
}

function display(f, v) {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) {
    return '—';
  }
  if (f.options) {
    const labels = new Map(f.options().map((o) => [String(o.value), o.label]));
    return [].concat(v).map((x) => labels.get(String(x)) ?? String(x)).join('、');
  }
  return String(v);
}

const same = (f, a, b) => display(f, a) === display(f, b)
  || ((f.type === 'number' || f.type === 'int') && a !== '' && b !== '' && a !== null && b !== null && Number(a) === Number(b));

/**
 * Opens the editing dialog.
 * options: title, fields, values (form values), version (null for a new record), validate(values) -> errors,
 * save(payload) -> Promise, fromCurrent(currentView) -> form values (for the conflict panel), onSaved(result).
 * Optional: saveLabel (message key of the save button), lead (a text explaining the form, under its title),
 * describeCurrent(currentView) -> nodes shown in the conflict panel instead of the field differences,
 * explainConflict(current) -> { title, body } texts of the conflict panel, or null for the usual ones,
 * keepMineLabel and keepMineMessage (message keys) for its second button.
 */
export function openEditor(options) {
  const dialog = document.getElementById('editor');
  const form = document.getElementById('editor-form');
  const fieldsBox = document.getElementById('editor-fields');
  const conflict = document.getElementById('editor-conflict');
  const status = document.getElementById('editor-status');
  let version = options.version;

  document.getElementById('editor-title').textContent = options.title;
  document.getElementById('editor-save').textContent = t(options.saveLabel || 'action.save');
  const lead = document.getElementById('editor-lead');
  lead.textContent = options.lead || '';
  lead.hidden = !options.lead;
  fieldsBox.replaceChildren();
  conflict.hidden = true;
  setStatus('', '', status);
  options.fields.forEach((f) => {
    const id = `f-${f.name}`;
    fieldsBox.append(el('div', { class: `field${f.wide ? ' wide' : ''}`, 'data-field': f.name },
      el(f.type === 'checks' ? 'span' : 'label', { for: f.type === 'checks' ? undefined : id, id: `${id}-label`, text: t(`field.${f.name}`) }),
      inputFor(f, options.values[f.name]),
      f.hint ? el('p', { class: 'hint', id: `${id}-hint`, text: t(f.hint) }) : null,
      el('p', { class: 'error', id: `${id}-error`, hidden: true })));
  });

  const values = () => Object.fromEntries(options.fields.map((f) => [f.name, readField(f, form)]));

  function showErrors(errors) {
    let first = null;
    options.fields.forEach((f) => {
      const box = fieldsBox.querySelector(`[data-field="${f.name}"]`);
      const message = errors[f.name];
      const error = box.querySelector('.error');
      const input = box.querySelector(`#f-${f.name}`);
      error.textContent = message || '';
      error.hidden = !message;
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        first = first || input;
      } else {
        input.removeAttribute('aria-invalid');
      }
    });
    if (first) {
      first.focus();
      setStatus(t('check.fixFields'), 'error', status);
    }
    return Boolean(first);
  }

  function fill(newValues) {
    options.fields.forEach((f) => {
      const old = fieldsBox.querySelector(`#f-${f.name}`);
      old.replaceWith(inputFor(f, newValues[f.name]));
    });
  }

  function differences(current) {
    const theirs = options.fromCurrent(current.value);
    const mine = values();
    const rows = options.fields.filter((f) => f.type !== 'password' && !same(f, mine[f.name], theirs[f.name]))
      .map((f) => el('tr', {}, el('th', { scope: 'row', text: t(`field.${f.name}`) }),
        el('td', { text: display(f, mine[f.name]) }), el('td', { class: 'theirs', text: display(f, theirs[f.name]) })));
    return [
      rows.length ? table(['conflict.field', 'conflict.mine', 'conflict.theirs'], rows) : el('p', { text: t('conflict.noDifference') }),
      el('button', { type: 'button', id: 'conflict-use-theirs', text: t('conflict.useTheirs'),
        onclick: () => { fill(theirs); version = current.version; conflict.hidden = true; setStatus('', '', status); } }),
    ];
  }

  function showConflict(current) {
    // describeCurrent (e.g. a withdrawal): the form holds no copy of the record, so show the record as it is now
    const [details, useTheirs] = options.describeCurrent
      ? [el('div', { class: 'current' }, options.describeCurrent(current.value)), null] : differences(current);
    const explained = options.explainConflict ? options.explainConflict(current) : null;
    conflict.replaceChildren(
      el('h3', { text: explained ? explained.title : t('conflict.title') }),
      el('p', { text: explained ? explained.body
        : t(options.describeCurrent ? 'conflict.bodyCurrent' : 'conflict.body', { version: current.version }) }),
      details,
      el('div', { class: 'buttons' }, useTheirs,
        el('button', { type: 'button', class: 'secondary', id: 'conflict-keep-mine', text: t(options.keepMineLabel || 'conflict.keepMine'),
          onclick: () => { version = current.version; conflict.hidden = true; setStatus(t(options.keepMineMessage || 'msg.keepMine'), '', status); } })));
    conflict.hidden = false;
    conflict.querySelector('button').focus();
  }

  form.onsubmit = async (event) => {
    event.preventDefault();
    const current = values();
    if (showErrors(options.validate(current))) {
      return;
    }
    setStatus('', '', status);
    const payload = toPayload(options.fields, current);
    if (version !== null && version !== undefined) {
      payload.version = version;
    }
    const button = document.getElementById('editor-save');
    button.disabled = true;
    try {
      const result = await options.save(payload);
      dialog.close();
      options.onSaved(result);
    } catch (e) {
      if (signInAgainIfNeeded(e)) {
        return;
      }
      if (e instanceof ApiError && e.status === 409 && e.problem.current) {
        showConflict(e.problem.current);
      } else if (e instanceof ApiError && e.status === 400 && e.problem.errors) {
        const byField = {};
        e.problem.errors.forEach((x) => { byField[x.field] = t('check.server', { message: x.message }); });
        if (!showErrors(byField)) {
          setStatus(describe(e), 'error', status);
        }
      } else {
        setStatus(describe(e), 'error', status);
      }
    } finally {
      button.disabled = false;
    }
  };
  document.getElementById('editor-cancel').onclick = () => dialog.close();
  dialog.showModal();
  const firstInput = fieldsBox.querySelector('input, select, textarea');
  if (firstInput) {
    firstInput.focus();
  }
}
