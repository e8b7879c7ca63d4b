import { i18n } from '../../utils/i18n';
import { render } from 'preact';
import { PagesHeader } from '../../components/PagesHeader';
import { FlagsPageController } from './flags-page';
import { SettingsController } from './settings-page';

document.title = i18n.t('options.title');
render(<PagesHeader />, document.getElementById('header')!);
void new FlagsPageController(document.getElementById('flags')!).start();
void new SettingsController(document.getElementById('settings')!).start();
