import { useState } from 'preact/hooks';
import { hostLabel } from './format';
import { i18n } from '../utils/i18n';

export type GrantScope = 'site' | 'all';

/** What asking came to: allowed, refused, or handed to the grant page's own window. */
export type GrantOutcome = 'granted' | 'refused' | 'window';

/** The one-click grant: a plain sentence on what is fetched, and the buttons. */
export function GrantPanel({
  url,
  framed,
  onGrant,
}: {
  url: string;
  framed: boolean;
  onGrant: (scope: GrantScope) => Promise<GrantOutcome>;
}) {
  const [state, setState] = useState<'idle' | GrantOutcome>('idle');
  const site = hostLabel(url);
  const ask = async (scope: GrantScope) => setState(await onGrant(scope));
  return (
    <main>
      {!framed && <h1>{i18n.t('grant.title', [site])}</h1>}
      <p>{i18n.t('grant.explain', [site])}</p>
      {state !== 'granted' && (
        <div class="row">
          <button
            type="button"
            class="primary"
            data-testid="grant-site"
            onClick={() => void ask('site')}
          >
            {i18n.t('grant.allowSite', [site])}
          </button>
          <button type="button" data-testid="grant-all" onClick={() => void ask('all')}>
            {i18n.t('grant.allowAll')}
          </button>
        </div>
      )}
      <p class="status" role="status">
        {state === 'granted' && i18n.t('grant.allowed', [site])}
        {state === 'refused' && i18n.t('grant.refused')}
        {state === 'window' && i18n.t('grant.inWindow')}
      </p>
    </main>
  );
}
