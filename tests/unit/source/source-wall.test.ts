import { describe, expect, it } from 'vitest';
import { fetchSourceHtml } from '../../../lib/source/fetch-source';
import {
  httpErrorMessage,
  noArticleMessage,
  retryAfterSeconds,
  tabMayRead,
  wallInHtml,
} from '../../../lib/source/source-wall';
import { english } from '../../../lib/words/english';

// Pages written here for the test, shaped like what stands in front of a source.
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe('wallInHtml: what a page with no readable article puts up', () => {
  it('a bot check, by its service’s markup', () => {
    expect(
      wallInHtml(
        page(
          'One moment',
          '<div id="cf"></div>',
          '<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script>',
        ),
      ),
    ).toBe('challenge');
    expect(
      wallInHtml(
        page(
          'Blocked',
          '<iframe src="https://geo.captcha-delivery.com/captcha/?initialCid=x"></iframe>',
        ),
      ),
    ).toBe('challenge');
    expect(wallInHtml(page('Hold on', '<div class="cf-turnstile" data-sitekey="k"></div>'))).toBe(
      'challenge',
    );
  });

  it('a bot check, by its title alone', () => {
    expect(
      wallInHtml(page('Just a moment...', '<p>Please wait while we look at your browser.</p>')),
    ).toBe('challenge');
    expect(wallInHtml(page('Verify you are human', '<p>One more step.</p>'))).toBe('challenge');
  });

  it('a sign-in wall, by its password field', () => {
    expect(
      wallInHtml(
        page(
          'Members',
          '<form><input type="email" name="e"><input name="p" type="password"></form>',
        ),
      ),
    ).toBe('login');
    expect(wallInHtml(page('Members', '<form><input type=password name=p></form>'))).toBe('login');
  });

  it('neither: a page whose article a script builds, or a plain empty page', () => {
    expect(
      wallInHtml(page('Our new model', '<div id="root"></div><script src="/app.js"></script>')),
    ).toBeNull();
    expect(wallInHtml(page('Log of changes', '<p>Nothing here yet.</p>'))).toBeNull();
    // A text field named "password-reset" is not a password field.
    expect(wallInHtml(page('Help', '<input type="text" name="password-reset">'))).toBeNull();
  });

  it('says it to the reader, differently for the fetch and for the tab', () => {
    const login = page('Sign in', '<input type="password">');
    expect(english(noArticleMessage(login, 'fetch'))).toMatch(
      /shows a sign-in page instead of the article/,
    );
    expect(english(noArticleMessage(login, 'tab'))).toMatch(
      /tab shows a sign-in page\. Sign in there/,
    );
    expect(english(noArticleMessage(page('Just a moment...', ''), 'tab'))).toMatch(
      /still shows a check for bots/,
    );
    expect(english(noArticleMessage(page('Our model', '<div id="root"></div>'), 'fetch'))).toBe(
      'The source page has no article Unspun can read.',
    );
  });
});

describe('retryAfterSeconds: Retry-After as seconds or as a date', () => {
  const now = new Date('2026-12-04T10:00:00Z');
  it('reads both forms', () => {
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds(' 30 ', now)).toBe(30);
    expect(retryAfterSeconds('Fri, 04 Dec 2026 10:05:00 GMT', now)).toBe(300);
  });
  it('nothing for none, the past or nonsense', () => {
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds('Fri, 04 Dec 2026 09:00:00 GMT', now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
    expect(retryAfterSeconds('-5', now)).toBeNull();
  });
});

describe('httpErrorMessage: the status says what stands in the way', () => {
  const now = new Date('2026-12-04T10:00:00Z');
  const said = (status: number, text = '', retry: string | null = null) =>
    english(httpErrorMessage(status, text, retry, now));
  it('401 asks to sign in, 403 turned the request away', () => {
    expect(said(401, 'Unauthorized')).toBe(
      'The site asks to sign in (401 Unauthorized) before it shows the source.',
    );
    expect(said(403, 'Forbidden')).toMatch(
      /^The site turned Unspun’s request away \(403 Forbidden\), as sites that check for bots often do\.$/,
    );
  });
  it('429 says how long to wait, in whole minutes, when the site says', () => {
    expect(said(429, '', '120')).toMatch(/try again in 2 minutes\.$/);
    expect(said(429, '', '61')).toMatch(/try again in 2 minutes\.$/);
    expect(said(429, '', '20')).toMatch(/try again in a minute\.$/);
    expect(said(429)).toMatch(/try again later\.$/);
  });
  it('anything else is a plain error with its status', () => {
    expect(said(404, 'Not Found')).toBe('The source answered with an error (404 Not Found).');
    expect(said(503)).toBe('The source answered with an error (503).');
  });
});

describe('tabMayRead: which failed fetches the reader’s own tab may get past', () => {
  it('bot checks, sign-in walls, slow and picky sites', () => {
    for (const status of [401, 403, 429, 503])
      expect(tabMayRead({ reason: 'http-error', status })).toBe(true);
    expect(tabMayRead({ reason: 'timeout' })).toBe(true);
    expect(tabMayRead({ reason: 'too-many-redirects' })).toBe(true);
  });
  it('not a page that is gone, nor what a tab reads no better', () => {
    expect(tabMayRead({ reason: 'http-error', status: 404 })).toBe(false);
    expect(tabMayRead({ reason: 'http-error', status: 410 })).toBe(false);
    for (const reason of [
      'permission',
      'not-html',
      'too-large',
      'bad-address',
      'blocked-address',
      'unreadable-pdf',
    ] as const)
      expect(tabMayRead({ reason })).toBe(false);
  });
});

describe('fetchSourceHtml says what a site answered with', () => {
  const answer = (status: number, headers: Record<string, string> = {}) =>
    (async () =>
      new Response('<p>no</p>', {
        status,
        headers: { 'content-type': 'text/html', ...headers },
      })) as unknown as typeof fetch;
  it('a 403 and a 429 with Retry-After', async () => {
    const refused = await fetchSourceHtml('https://lab.example/post', { fetchImpl: answer(403) });
    expect(refused.ok === false && refused.reason).toBe('http-error');
    expect(refused.ok === false && refused.status).toBe(403);
    expect(refused.ok === false && english(refused.messages.message)).toMatch(
      /turned Unspun’s request away \(403/,
    );
    const busy = await fetchSourceHtml('https://lab.example/post', {
      fetchImpl: answer(429, { 'retry-after': '300' }),
    });
    expect(busy.ok === false && english(busy.messages.message)).toMatch(
      /\(429\) and asks to wait: try again in 5 minutes/,
    );
  });
});
