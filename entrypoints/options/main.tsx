import { FlagsPageController } from '../../utils/flags-page';
import { SettingsController } from '../../utils/settings-page';

void new FlagsPageController(document.getElementById('flags')!).start();
void new SettingsController(document.getElementById('settings')!).start();
