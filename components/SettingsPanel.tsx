import { useState } from 'preact/hooks';
import type { Settings } from '../lib/settings/settings';
import { formatCount } from './format';
import { i18n } from '../utils/i18n';

export interface SettingsView {
  settings: Settings;
  /** Sites whose sources Unspun may read; 'all' when every site is allowed. */
  sourceSites: string[] | 'all';
  /** How many flags a full clear would delete. */
  flagCount: number;
  /** How many pages Unspun remembers. */
  memoryCount: number;
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
  forgetPages(): void;
}

const THEME_LABELS: Record<Settings['theme'], () => string> = {
  system: () => i18n.t('settings.themeSystem'),
  light: () => i18n.t('settings.themeLight'),
  dark: () => i18n.t('settings.themeDark'),
};

/** The settings: source reading, appearance, auto-open sites, and clearing all local data. */
export function SettingsPanel({ view, actions }: { view: SettingsView; actions: SettingsActions }) {
  const [site, setSite] = useState('');
  const [confirming, setConfirming] = useState(false);
  return (
    <section aria-labelledby="settings-heading" data-testid="settings">
      <h2 id="settings-heading">{i18n.t('settings.heading')}</h2>
      {view.error && (
        <p role="alert" class="error" data-testid="settings-error">
          {view.error}
        </p>
      )}
      <p role="status" class="status" data-testid="settings-status">
        {view.status}
      </p>

      <div class="panel">
        <h3>{i18n.t('settings.sourcesHeading')}</h3>
        <p class="meta">{i18n.t('settings.sourcesLede')}</p>
        {view.sourceSites === 'all' ? (
          <p data-testid="source-sites">{i18n.t('settings.allSites')}</p>
        ) : view.sourceSites.length ? (
          <ul class="sites" data-testid="source-sites">
            {view.sourceSites.map((s) => (
              <li key={s} class="row">
                <span>{s}</span>
                <button
                  type="button"
                  class="link"
                  onClick={() => actions.removeSourceSite(s)}
                  aria-label={i18n.t('settings.removeSite', [s])}
                >
                  {i18n.t('settings.remove')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p data-testid="source-sites">{i18n.t('settings.noSites')}</p>
        )}
        {view.sourceSites !== 'all' && (
          <button type="button" onClick={actions.allowAllSources} data-testid="allow-all-sources">
            {i18n.t('settings.allowAll')}
          </button>
        )}
      </div>

      <div class="panel">
        <fieldset>
          <legend>{i18n.t('settings.appearance')}</legend>
          {(Object.keys(THEME_LABELS) as Settings['theme'][]).map((theme) => (
            <label key={theme} class="check">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={view.settings.theme === theme}
                onChange={() => actions.setTheme(theme)}
                data-testid={`theme-${theme}`}
              />
              {THEME_LABELS[theme]()}
            </label>
          ))}
        </fieldset>
      </div>

      <div class="panel">
        <h3>{i18n.t('settings.autoHeading')}</h3>
        <p class="meta">{i18n.t('settings.autoLede')}</p>
        {view.settings.autoOpen.length > 0 && (
          <ul class="sites" data-testid="auto-open-sites">
            {view.settings.autoOpen.map((s) => (
              <li key={s} class="row">
                <span>{s}</span>
                <button
                  type="button"
                  class="link"
                  onClick={() => actions.removeAutoOpen(s)}
                  aria-label={i18n.t('settings.removeAuto', [s])}
                >
                  {i18n.t('settings.remove')}
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
            {i18n.t('settings.autoInput')}
          </label>
          <input
            id="auto-open-site"
            type="text"
            inputMode="url"
            placeholder="news.example.com"
            value={site}
            onInput={(e) => setSite(e.currentTarget.value)}
            data-testid="auto-open-input"
          />
          <button type="submit">{i18n.t('settings.addSite')}</button>
        </form>
      </div>

      <div class="panel">
        <h3>{i18n.t('settings.memoryHeading')}</h3>
        <p class="meta">{i18n.t('settings.memoryLede')}</p>
        <button
          type="button"
          onClick={actions.forgetPages}
          disabled={view.memoryCount === 0}
          data-testid="forget-pages"
        >
          {i18n.t('settings.forget')} ({formatCount(view.memoryCount)})
        </button>
      </div>

      <div class="panel">
        <h3>{i18n.t('settings.dataHeading')}</h3>
        <p class="meta">{i18n.t('settings.dataLede')}</p>
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
              {i18n.t('settings.confirmClear', view.flagCount, [formatCount(view.flagCount)])}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {i18n.t('settings.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} data-testid="clear-all">
            {i18n.t('settings.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
