import { FlagsPageController } from '../../utils/flags-page';

void new FlagsPageController(document.getElementById('app')!).start();
