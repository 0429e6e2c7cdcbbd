// Accounts (admins only): create, change roles, region limit and enabled, set a new password, sign out everywhere.
import { api } from './api.js';
import { roles } from './choices.js';
import { el, openEditor, report, setStatus, table } from './forms.js';
import { t } from './i18n.js';
import { checkFields, checkPassword, checkUsername } from './rules.js';

export function usersView(root, cat) {
  const list = el('div', { id: 'list' });
  const regionField = { name: 'regions', type: 'multiselect', options: cat.regionOptions, hint: 'hint.regions', wide: true };
  const newFields = [
    { name: 'username', type: 'text', required: true, maxLength: 100 },
    { name: 'password', type: 'password', required: true, hint: 'hint.password' },
    { name: 'roles', type: 'checks', options: roles },
    regionField,
  ];
  const editFields = [{ name: 'roles', type: 'checks', options: roles }, { name: 'enabled', type: 'checkbox' }, regionField];
  const passwordFields = [{ name: 'password', type: 'password', required: true, hint: 'hint.password' }];

  async function load() {
    list.replaceChildren(el('p', { class: 'empty', text: t('list.loading') }));
    try {
      const users = await api.users();
      list.replaceChildren(table(['field.username', 'field.roles', 'field.regions', 'field.enabled', 'field.activeSessions', 'list.actions'],
        users.map((u) => el('tr', { 'data-username': u.username },
          el('td', { text: u.username }),
          el('td', { text: u.roles.map((r) => t(`role.${r}`)).join('、') }),
          el('td', { text: u.regions.length ? u.regions.map((c) => cat.regionName(c)).join('、') : t('choice.allRegions') }),
          el('td', {}, el('span', { class: `badge ${u.enabled ? '' : 'draft'}`, text: t(u.enabled ? 'user.enabled' : 'user.disabled') })),
          el('td', { class: 'num', text: u.activeSessions }),
          el('td', { class: 'actions' },
            el('button', { type: 'button', class: 'secondary edit', text: t('action.edit'), onclick: () => edit(u) }),
            el('button', { type: 'button', class: 'secondary', text: t('action.resetPassword'), onclick: () => password(u) }),
            el('button', { type: 'button', class: 'danger', text: t('action.endSessions'), onclick: () => endSessions(u) }))))));
    } catch (e) {
      list.replaceChildren();
      report(e);
    }
  }

  function create() {
    openEditor({
      title: t('dialog.new.users'),
      fields: newFields,
      values: { roles: ['editor'], regions: [] },
      version: null,
      validate: (v) => {
        const errors = checkFields(newFields, v);
        errors.username = errors.username || checkUsername(v.username) || undefined;
        errors.password = errors.password || checkPassword(v.password) || undefined;
        return Object.fromEntries(Object.entries(errors).filter(([, m]) => m));
      },
      fromCurrent: (u) => u,
      save: (body) => api.saveUser(null, body),
      onSaved: () => { setStatus(t('msg.created'), 'ok'); load(); },
    });
  }

  function edit(u) {
    openEditor({
      title: t('dialog.edit.users', { name: u.username }),
      fields: editFields,
      values: u,
      version: u.version,
      validate: (v) => checkFields(editFields, v),
      fromCurrent: (current) => current,
      save: (body) => api.saveUser(u.id, body),
      onSaved: () => { setStatus(t('msg.saved'), 'ok'); load(); },
    });
  }

  function password(u) {
    openEditor({
      title: t('dialog.password', { name: u.username }),
      fields: passwordFields,
      values: {},
      version: null,
      validate: (v) => (checkPassword(v.password) ? { password: checkPassword(v.password) } : {}),
      fromCurrent: (current) => current,
      save: (body) => api.setPassword(u.id, body.password),
      onSaved: () => { setStatus(t('msg.passwordSet'), 'ok'); load(); },
    });
  }

  async function endSessions(u) {
    // eslint-disable-next-line no-alert
    if (!window.confirm(t('action.confirmEndSessions', { name: u.username }))) {
      return;
    }
    try {
      await api.endSessions(u.id);
      setStatus(t('msg.sessionsEnded', { name: u.username }), 'ok');
      load();
    } catch (e) {
      report(e);
    }
  }

  root.replaceChildren(
    el('div', { class: 'filters' }, el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'new-record', class: 'secondary', text: t('list.new.users'), onclick: create }))),
    list);
  load();
}
