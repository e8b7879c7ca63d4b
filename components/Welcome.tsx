import { useState } from 'preact/hooks';
import { i18n } from '../utils/i18n';

/** First run: what Unspun reads, what it fetches, what never leaves the browser; the source grant. */
export function Welcome({
  onAllowAll,
  settingsUrl,
}: {
  onAllowAll: () => Promise<boolean>;
  settingsUrl: string;
}) {
  const [grant, setGrant] = useState<'idle' | 'granted' | 'refused'>('idle');
  return (
    <main class="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">{i18n.t('welcome.heading')}</h1>
      <p class="lede">
        {i18n.t('welcome.ledeBefore')} <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>U</kbd>{' '}
        {i18n.t('welcome.ledeAfter')}
      </p>

      <section aria-labelledby="reads-heading">
        <h2 id="reads-heading">{i18n.t('welcome.readsHeading')}</h2>
        <p>{i18n.t('welcome.reads')}</p>
      </section>

      <section aria-labelledby="fetches-heading">
        <h2 id="fetches-heading">{i18n.t('welcome.fetchesHeading')}</h2>
        <p>{i18n.t('welcome.fetches')}</p>
        {grant === 'granted' ? (
          <p role="status" data-testid="welcome-grant-status">
            {i18n.t('welcome.allowed')}
          </p>
        ) : (
          <div class="row">
            <button
              type="button"
              class="primary"
              onClick={() => void onAllowAll().then((ok) => setGrant(ok ? 'granted' : 'refused'))}
              data-testid="welcome-allow-all"
            >
              {i18n.t('welcome.allowAll')}
            </button>
            <span class="meta">{i18n.t('welcome.orAsk')}</span>
          </div>
        )}
        {grant === 'refused' && <p role="status">{i18n.t('welcome.refused')}</p>}
      </section>

      <section aria-labelledby="never-heading">
        <h2 id="never-heading">{i18n.t('welcome.neverHeading')}</h2>
        <p>{i18n.t('welcome.never')}</p>
      </section>

      <p>
        <a href={settingsUrl}>{i18n.t('welcome.settingsLink')}</a>
      </p>
    </main>
  );
}
