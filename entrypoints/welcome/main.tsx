import { i18n } from '../../utils/i18n';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { ALL_SITES } from '../grant/grant';
import { readSettings } from '../../utils/settings-store';
import { applyPageTheme } from '../options/settings-page';

document.title = i18n.t('welcome.title');
void readSettings().then((s) => applyPageTheme(s.theme));
render(
  <Welcome
    settingsUrl={browser.runtime.getURL('/options.html')}
    onAllowAll={() => browser.permissions.request({ origins: ALL_SITES }).catch(() => false)}
  />,
  document.getElementById('app')!,
);
