import { useState } from 'preact/hooks';
import { hostLabel } from './format';

export type GrantScope = 'site' | 'all';

/** The one-click grant: a plain sentence on what is fetched, and the buttons. */
export function GrantPanel({ url, framed, onGrant }: { url: string; framed: boolean; onGrant: (scope: GrantScope) => Promise<boolean> }) {
  const [state, setState] = useState<'idle' | 'granted' | 'refused'>('idle');
  const site = hostLabel(url);
  const ask = async (scope: GrantScope) => setState((await onGrant(scope)) ? 'granted' : 'refused');
  return (
    <main>
      {!framed && <h1>Let Unspun read {site}?</h1>}
      <p>
        Unspun will download the public page at {site} to compare it with the page you are reading, without your
        cookies or logins. Nothing from the page you are reading is sent.
      </p>
      {state !== 'granted' && (
        <div class="row">
          <button type="button" class="primary" data-testid="grant-site" onClick={() => void ask('site')}>
            Allow reading {site}
          </button>
          <button type="button" data-testid="grant-all" onClick={() => void ask('all')}>
            Allow all sites
          </button>
        </div>
      )}
      <p class="status" role="status">
        {state === 'granted' && `Allowed. Unspun is reading ${site}.`}
        {state === 'refused' && 'Not allowed. You can allow it later from here or from the settings.'}
      </p>
    </main>
  );
}
