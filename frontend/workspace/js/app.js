// The workspace page: checks the session (else to the sign-in page), shows who is signed in, and switches between
// the sections. Sections are chosen with ?view= so that a reload or a shared link opens the same one.
import { api } from './api.js';
import { Catalogue } from './choices.js';
import { draftsView } from './drafts.js';
import { figuresView } from './figures.js';
import { describe, el, setStatus, signInAgainIfNeeded, signOut } from './forms.js';
import { otherLanguageLink, t, translatePage, withLang } from './i18n.js';
import { importView } from './import.js';
import { missingView } from './missing.js';
import { sourcesView } from './sources.js';
import { usersView } from './users.js';

const VIEWS = ['targets', 'actuals', 'drafts', 'import', 'missing', 'sources', 'users'];

async function start() {
  translatePage();
  let session;
  try {
    session = await api.session();
  } catch (e) {
    if (!signInAgainIfNeeded(e, { ended: false })) {
      setStatus(describe(e), 'error');
    }
    return;
  }
  let cat;
  try {
    const [regions, indicators] = await Promise.all([api.regions(), api.indicators()]);
    cat = new Catalogue(session, regions, indicators);
  } catch (e) {
    setStatus(describe(e), 'error');
    return;
  }

  const limited = session.regions.length && !cat.isAdmin()
    ? ` ${t('header.regionsLimited', { regions: session.regions.map((c) => cat.regionName(c)).join('、') })}` : '';
  document.getElementById('who').textContent = t('header.signedInAs', { name: session.username }) + limited;
  document.getElementById('lang-switch').href = otherLanguageLink();
  document.getElementById('public-site').href = withLang('/');
  document.getElementById('extract-link').href = withLang('extract.html');
  document.getElementById('sign-out').addEventListener('click', signOut);

  const params = new URLSearchParams(location.search);
  const allowed = VIEWS.filter((v) => v !== 'users' || cat.isAdmin());
  const nav = document.getElementById('tabs');
  const root = document.getElementById('view');

  function show(view) {
    const url = new URL(location.href);
    url.searchParams.set('view', view);
    history.replaceState(null, '', url);
    nav.querySelectorAll('button').forEach((b) => {
      if (b.dataset.view === view) {
        b.setAttribute('aria-current', 'page');
      } else {
        b.removeAttribute('aria-current');
      }
    });
    setStatus('');
    if (view === 'sources') {
      sourcesView(root, cat, params);
    } else if (view === 'drafts') {
      draftsView(root, cat, params);
    } else if (view === 'import') {
      importView(root);
    } else if (view === 'missing') {
      missingView(root, cat, params);
    } else if (view === 'users') {
      usersView(root, cat);
    } else {
      figuresView(root, view, cat, params);
    }
  }

  nav.replaceChildren(...allowed.map((v) => el('button', { type: 'button', 'data-view': v, text: t(`nav.${v}`), onclick: () => show(v) })));
  show(allowed.includes(params.get('view')) ? params.get('view') : 'targets');
}

start();
