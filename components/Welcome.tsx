import { useState } from 'preact/hooks';

/** First run: what Unspun reads, what it fetches, what never leaves the browser; the source grant. */
export function Welcome({ onAllowAll, settingsUrl }: { onAllowAll: () => Promise<boolean>; settingsUrl: string }) {
  const [grant, setGrant] = useState<'idle' | 'granted' | 'refused'>('idle');
  return (
    <main class="welcome" aria-labelledby="welcome-heading">
      <h1 id="welcome-heading">Unspun is ready</h1>
      <p class="lede">
        Open it on an AI news story — click its toolbar button or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>U</kbd> — and
        a sidebar shows where the story came from, how faithfully it was retold, who profits, and what evidence is missing.
      </p>

      <section aria-labelledby="reads-heading">
        <h2 id="reads-heading">What Unspun reads</h2>
        <p>Only the page you open it on, and only when you ask. It reads the article’s text in your browser.</p>
      </section>

      <section aria-labelledby="fetches-heading">
        <h2 id="fetches-heading">What it downloads</h2>
        <p>
          The primary source the story restates, such as a company’s blog post: a public page, downloaded without your
          cookies or logins, from sites you allow. It asks the first time for each site, or you can allow every site now.
        </p>
        {grant === 'granted' ? (
          <p role="status" data-testid="welcome-grant-status">
            Allowed: Unspun may read sources on every site. You can take this back in the settings.
          </p>
        ) : (
          <div class="row">
            <button type="button" class="primary" onClick={() => void onAllowAll().then((ok) => setGrant(ok ? 'granted' : 'refused'))} data-testid="welcome-allow-all">
              Allow reading sources on every site
            </button>
            <span class="meta">or let Unspun ask per site.</span>
          </div>
        )}
        {grant === 'refused' && <p role="status">Not allowed. Unspun will ask per site when it needs one.</p>}
      </section>

      <section aria-labelledby="never-heading">
        <h2 id="never-heading">What never leaves your browser</h2>
        <p>
          The text of the pages you read, your flags, your settings and your history. There is no Unspun server, no
          account, no analytics and no ads.
        </p>
      </section>

      <p>
        <a href={settingsUrl}>Settings and your flags</a>
      </p>
    </main>
  );
}
