import { i18n } from '#i18n';
import { hostLabel } from '../../components/format';
import { render } from 'preact';
import { GrantPanel } from '../../components/GrantPanel';
import { requestSourceGrant } from '../../utils/grant';

// The grant lives in an extension page (in the sidebar as a frame, or in its own window): only
// extension pages may ask the browser for a permission, and the page around cannot script it.
const params = new URLSearchParams(location.search);
const url = params.get('url') ?? '';
const tabId = Number(params.get('tab'));
const framed = window.top !== window;
document.documentElement.classList.toggle('framed', framed);
document.title = i18n.t('grant.title', [hostLabel(url)]);

render(
  <GrantPanel
    url={url}
    framed={framed}
    onGrant={(scope) => requestSourceGrant(url, scope, Number.isInteger(tabId) ? tabId : undefined)}
  />,
  document.getElementById('app')!,
);
