import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { originPattern } from '../../utils/origin-pattern';

/**
 * The whole sites the reader granted (`https://example.com/*`, or all of them), read once per
 * worker and again after any grant or removal. A granted source is then known at once:
 * `permissions.contains` is a round trip to the browser, about 5 ms with the worker idle, paid
 * before a source's fetch can start (docs/speed.md). Anything else is still asked of the browser.
 */
let granted: Promise<readonly MatchPattern[]> | null = null;
/** Whether grants and removals are heard: without that, nothing is kept. */
let watching: boolean | undefined;

/** A pattern for a whole site (any path), the only kind the grant page asks for. */
const WHOLE_SITE = /^[^:/]+:\/\/[^/]+\/\*$/;

function watchGrants(): boolean {
  const forget = () => {
    granted = null;
  };
  try {
    browser.permissions.onAdded.addListener(forget);
    browser.permissions.onRemoved.addListener(forget);
    return true;
  } catch {
    return false;
  }
}

function grantedSites(): Promise<readonly MatchPattern[]> {
  watching ??= watchGrants();
  if (!watching) return Promise.resolve([]);
  granted ??= browser.permissions
    .getAll()
    .then(({ origins = [] }) =>
      origins.flatMap((origin) => {
        if (origin !== '<all_urls>' && !WHOLE_SITE.test(origin)) return [];
        try {
          return [new MatchPattern(origin)];
        } catch {
          return [];
        }
      }),
    )
    .catch(() => {
      granted = null;
      return [];
    });
  return granted;
}

/** Whether the reader granted the extension this address's site. */
export async function hasPermission(url: string): Promise<boolean> {
  try {
    if ((await grantedSites()).some((site) => site.includes(url))) return true;
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}
