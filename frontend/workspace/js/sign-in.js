// The sign-in page: posts the form to the session API, then opens the workspace (or the page that sent us here).
import { api, ApiError } from './api.js';
import { setStatus } from './forms.js';
import { otherLanguageLink, t, translatePage, withLang } from './i18n.js';

/** Only pages of the workspace itself may be returned to (no open redirect). */
function nextPage() {
  const next = new URLSearchParams(location.search).get('next');
  return next && /^\/workspace\/[\w./-]*(\?[\w=&%.-]*)?$/.test(next) && !next.startsWith('/workspace/sign-in') ? next : withLang('index.html');
}

translatePage();
document.getElementById('lang-switch').href = otherLanguageLink();
const params = new URLSearchParams(location.search);
if (params.get('signedOut')) {
  setStatus(t('signIn.signedOut'), 'ok');
} else if (params.get('expired')) {
  setStatus(t('signIn.expired'), 'error');
} else if (params.get('sso') === 'refused') {
  setStatus(t('signIn.ssoRefused'), 'error');
}
// Single sign-on is offered only where the identity provider is configured.
api.signInOptions().then((options) => {
  if (options.singleSignOn) {
    document.getElementById('sso-link').href = withLang(options.singleSignOnPath);
    document.getElementById('sso').hidden = false;
  }
}, () => {}); // without the options, the password form alone is offered

const form = document.getElementById('sign-in-form');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = form.username.value.trim();
  const password = form.password.value;
  form.username.setAttribute('aria-invalid', String(!username));
  form.password.setAttribute('aria-invalid', String(!password));
  if (!username || !password) {
    setStatus(t('check.fixFields'), 'error');
    (username ? form.password : form.username).focus();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  setStatus(t('signIn.working'));
  try {
    await api.signIn(username, password);
    location.assign(nextPage());
  } catch (e) {
    form.password.value = '';
    if (e instanceof ApiError && e.status === 429) {
      setStatus(t('signIn.throttled', { seconds: e.retryAfter || 60 }), 'error');
    } else if (e instanceof ApiError && (e.status === 401 || e.status === 400)) {
      setStatus(t('signIn.failed'), 'error');
    } else if (e instanceof ApiError && e.status === 0) {
      setStatus(t('msg.network'), 'error');
    } else {
      setStatus(t('msg.error', { detail: e.message }), 'error');
    }
    form.password.focus();
  } finally {
    button.disabled = false;
  }
});
