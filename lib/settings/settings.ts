/** The reader's settings. Kept in the browser's local storage; nothing here leaves it. */
export interface Settings {
  /** 'system' follows the operating system's light or dark scheme. */
  theme: 'system' | 'light' | 'dark';
  /** Sites (host names, no "www.") where the sidebar opens by itself on every page. */
  autoOpen: string[];
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', autoOpen: [] };
const THEMES = ['system', 'light', 'dark'] as const;

/** Longest list of auto-open sites kept: a short list of favourites, not the web. */
export const MAX_AUTO_OPEN = 100;

/**
 * The site a reader typed ("https://www.example.com/news", "example.com", "News.Example.com"):
 * its host name, lowercase, without "www."; null when it is not a web site's name.
 */
export function siteOfInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  // A site has a dot and only host-name characters (no spaces, no IP-only nonsense like "1").
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || /^\[?[0-9a-f:.]+\]?$/.test(host) ? host : null;
}

/** Whether an address is on one of the sites (the site itself or any of its subdomains). */
export function onSites(url: string | undefined, sites: readonly string[]): boolean {
  if (!url) return false;
  let host: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    host = u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Host-permission patterns for a site and its subdomains, both schemes. */
export const sitePatterns = (site: string): string[] => [
  `https://${site}/*`,
  `http://${site}/*`,
  `https://*.${site}/*`,
  `http://*.${site}/*`,
];

/** Settings read from storage, whatever was there: unknown or broken fields fall back. */
export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const theme = THEMES.includes(v.theme as Settings['theme'])
    ? (v.theme as Settings['theme'])
    : DEFAULT_SETTINGS.theme;
  const autoOpen = Array.isArray(v.autoOpen)
    ? [
        ...new Set(
          v.autoOpen
            .map((s) => (typeof s === 'string' ? siteOfInput(s) : null))
            .filter((s): s is string => s !== null),
        ),
      ].slice(0, MAX_AUTO_OPEN)
    : [];
  return { theme, autoOpen };
}
