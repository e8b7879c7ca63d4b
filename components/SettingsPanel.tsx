import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/settings';

export interface SettingsView {
  settings: Settings;
  /** Sites whose sources Unspun may read; 'all' when every site is allowed. */
  sourceSites: string[] | 'all';
  /** How many flags a full clear would delete. */
  flagCount: number;
  status: string | null;
  error: string | null;
}

export interface SettingsActions {
  setTheme(theme: Settings['theme']): void;
  allowAllSources(): void;
  removeSourceSite(site: string): void;
  addAutoOpen(input: string): void;
  removeAutoOpen(site: string): void;
  clearAll(): void;
}

const THEME_LABELS: Record<Settings['theme'], string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** The settings: source reading, appearance, auto-open sites, and clearing all local data. */
export function SettingsPanel({ view, actions }: { view: SettingsView; actions: SettingsActions }) {
  const [site, setSite] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="settings-heading" data-testid="settings">
      <h2 id="settings-heading">Settings</h2>
      {view.error && (
        <p role="alert" class="error" data-testid="settings-error">
          {view.error}
        </p>
      )}
      <p role="status" class="status" data-testid="settings-status">
        {view.status}
      </p>

      <div class="panel">
        <h3>Reading primary sources</h3>
        <p class="meta">
          To compare a page with its source, Unspun downloads the public source page, without your cookies or logins. It
          asks once per site, or you can allow every site here.
        </p>
        {view.sourceSites === 'all' ? (
          <p data-testid="source-sites">Unspun may read sources on every site.</p>
        ) : view.sourceSites.length ? (
          <ul class="sites" data-testid="source-sites">
            {view.sourceSites.map((s) => (
              <li key={s} class="row">
                <span>{s}</span>
                <button type="button" class="link" onClick={() => actions.removeSourceSite(s)} aria-label={`Remove ${s} (stop reading sources there)`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="source-sites">No site allowed yet: Unspun asks the first time it needs one.</p>
        )}
        {view.sourceSites !== 'all' && (
          <button type="button" onClick={actions.allowAllSources} data-testid="allow-all-sources">
            Allow reading sources on every site
          </button>
        )}
      </div>

      <div class="panel">
        <fieldset>
          <legend>Appearance</legend>
          {(Object.keys(THEME_LABELS) as Settings['theme'][]).map((theme) => (
            <label key={theme} class="check">
              <input type="radio" name="theme" value={theme} checked={view.settings.theme === theme} onChange={() => actions.setTheme(theme)} data-testid={`theme-${theme}`} />
              {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
      </div>

      <div class="panel">
        <h3>Open by itself on these sites</h3>
        <p class="meta">Unspun opens its sidebar on every article of these sites. Adding a site asks the browser to let Unspun see pages there.</p>
        {view.settings.autoOpen.length > 0 && (
          <ul class="sites" data-testid="auto-open-sites">
            {view.settings.autoOpen.map((s) => (
              <li key={s} class="row">
                <span>{s}</span>
                <button type="button" class="link" onClick={() => actions.removeAutoOpen(s)} aria-label={`Remove ${s} (stop opening by itself there)`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            actions.addAutoOpen(site);
            setSite('');
          }}
        >
          <label for="auto-open-site" class="visually-hidden">
            Site to open on
          </label>
          <input id="auto-open-site" type="text" inputMode="url" placeholder="news.example.com" value={site} onInput={(e) => setSite(e.currentTarget.value)} data-testid="auto-open-input" />
          <button type="submit">Add site</button>
        </form>
      </div>

      <div class="panel">
        <h3>Your data</h3>
        <p class="meta">Everything Unspun keeps is in this browser: your flags and these settings. Nothing is sent anywhere.</p>
        {confirming ? (
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                actions.clearAll();
              }}
              data-testid="confirm-clear"
            >
              Delete {view.flagCount} {view.flagCount === 1 ? 'flag' : 'flags'} and all settings
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} data-testid="clear-all">
            Clear all local data…
          </button>
        )}
      </div>
    </section>
  );
}
