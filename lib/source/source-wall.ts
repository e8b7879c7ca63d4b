import walls from '../knowledge/source-walls.json';
import { msg, plural, type Message } from '../words/message';
import type { SourceFetchFailed } from './fetch-source';

/**
 * What stands between Unspun's fetch and a source when the site answers with something else: a
 * check for bots, a sign-in form, a request to wait. Each is one the reader's own tab may get past
 * (it runs the check's script, holds the reader's session), so the sidebar offers to read the tab.
 */
type SourceWall = 'challenge' | 'login';

const CHALLENGE_MARKERS = walls.challengeMarkers.map((m) => m.toLowerCase());
const CHALLENGE_TITLES = walls.challengeTitles.map((t) => t.toLowerCase());
const LOGIN_FIELD = new RegExp(walls.loginField, 'i');

/**
 * The wall a page with no readable article puts up, from its HTML (lib/knowledge/source-walls.json),
 * or null when it shows neither (a page built by script, say). Only for pages with no article: an
 * article with a comment form's captcha is still an article.
 */
export function wallInHtml(html: string): SourceWall | null {
  const lower = html.toLowerCase();
  const title = /<title[^>]*>([^<]*)</i.exec(html)?.[1]?.toLowerCase().trim() ?? '';
  if (
    CHALLENGE_MARKERS.some((m) => lower.includes(m)) ||
    CHALLENGE_TITLES.some((t) => title.includes(t))
  )
    return 'challenge';
  if (LOGIN_FIELD.test(html)) return 'login';
  return null;
}

/** Why a page with no readable article could not be read, for the reader. */
export function noArticleMessage(html: string, where: 'fetch' | 'tab'): Message {
  const wall = wallInHtml(html);
  if (where === 'tab')
    return msg(
      wall === 'challenge'
        ? 'sourceTab.challenge'
        : wall === 'login'
          ? 'sourceTab.login'
          : 'sourceTab.noArticle',
    );
  return msg(
    wall === 'challenge'
      ? 'source.challenge'
      : wall === 'login'
        ? 'source.loginWall'
        : 'source.noArticle',
  );
}

/**
 * Seconds to wait from a Retry-After header (delay-seconds or an HTTP date, RFC 9110 §10.2.3), or
 * null when it has neither or names the past.
 */
export function retryAfterSeconds(header: string | null, now: Date = new Date()): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const seconds = Math.round((at - now.getTime()) / 1000);
  return seconds > 0 ? seconds : null;
}

/**
 * The reader's message for a source the site answered with an error status: 401 and 403 are how
 * sign-in walls and bot checks turn a script away, 429 asks to wait (saying how long, from
 * Retry-After, in whole minutes), anything else is a plain error with its status.
 */
export function httpErrorMessage(
  status: number,
  statusText: string,
  retryAfter: string | null,
  now: Date = new Date(),
): Message {
  const code = `${status}${statusText ? ' ' + statusText : ''}`;
  if (status === 401) return msg('fetch.signIn', code);
  if (status === 403) return msg('fetch.refused', code);
  if (status === 429) {
    const wait = retryAfterSeconds(retryAfter, now);
    return wait === null
      ? msg('fetch.rateLimited')
      : plural('fetch.rateLimitedFor', Math.max(1, Math.ceil(wait / 60)));
  }
  return msg('fetch.httpError', code);
}

/**
 * Whether the reader's own tab may show a source the fetch could not read: a bot check or a
 * sign-in wall (an HTTP error, a redirect loop), a slow or picky site (a timeout, no answer). Not a
 * page that is gone (404, 410), nor what a tab reads no better (not a page, too large, refused).
 */
export function tabMayRead(failure: Pick<SourceFetchFailed, 'reason' | 'status'>): boolean {
  if (failure.reason === 'http-error') return failure.status !== 404 && failure.status !== 410;
  return (
    failure.reason === 'timeout' ||
    failure.reason === 'offline' ||
    failure.reason === 'too-many-redirects'
  );
}
