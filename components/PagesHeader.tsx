import { i18n } from '../utils/i18n';

/** The options page's header: the name, and links to its sections and the welcome page. */
export function PagesHeader() {
  return (
    <header>
      <h1>{i18n.t('extName')}</h1>
      <nav class="top" aria-label={i18n.t('sidebar.pagesNav')}>
        <a href="#flags-heading">{i18n.t('flagsPage.heading')}</a>
        <a href="#settings-heading">{i18n.t('settings.heading')}</a>
        <a href="./welcome.html">{i18n.t('options.welcomeLink')}</a>
      </nav>
    </header>
  );
}
