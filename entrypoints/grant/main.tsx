import { i18n } from '../../utils/i18n';
import { hostLabel } from '../../components/format';
import { render } from 'preact';
import { GrantPanel } from '../../components/GrantPanel';
import { browser } from 'wxt/browser';
import { requestSourceGrant } from './grant';
import { sendMessage } from '../../utils/messaging';
import { readSettings } from '../../utils/settings-store';
import { applyPageTheme } from '../options/settings-page';

// The grant lives in an extension page (in the sidebar as a frame, or in its own window): only
// extension pages may ask the browser for a permission, and the page around cannot script it.
const params = new URLSearchParams(location.search);
const url = params.get('url') ?? '';
const tabId = Number(params.get('tab'));
const framed = window.top !== window;
// Firefox gives an extension page framed in a web page no permissions API (runtime, storage and
// i18n only; seen in e2e): there the buttons open this page in its own window, which can ask.
const canAsk = typeof browser.permissions?.request === 'function';
document.documentElement.classList.toggle('framed', framed);
// The reader's light or dark choice, as the sidebar around the frame has it: a frame whose colour
// scheme differs from its embedder's is painted on an opaque canvas (a white box in a dark sidebar).
void readSettings()
  .then((s) => applyPageTheme(s.theme))
  .catch(() => {});
document.title = i18n.t('grant.title', [hostLabel(url)]);

render(
  <GrantPanel
    url={url}
    framed={framed}
    onGrant={async (scope) => {
      if (!canAsk) {
        await sendMessage('openGrantWindow', { url }).catch(() => {});
        return 'window';
      }
      return (await requestSourceGrant(url, scope, Number.isInteger(tabId) ? tabId : undefined))
        ? 'granted'
        : 'refused';
    }}
  />,
  document.getElementById('app')!,
);
