import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSourceHtml } from '../../lib/source/fetch-source';
import { english } from '../../lib/words/english';

// A local server that plays every kind of source: fine, redirecting, slow, huge, not HTML, broken.
let server: http.Server;
let base = '';
const cookiesSeen: (string | undefined)[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    cookiesSeen.push(req.headers.cookie);
    const url = new URL(req.url!, 'http://x');
    const hops = Number(url.searchParams.get('n') ?? 0);
    switch (url.pathname) {
      case '/ok':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end('<html><body><p>Olá</p></body></html>');
        break;
      case '/latin1':
        res
          .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
          .end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
        break;
      case '/redirect':
        res.writeHead(302, { location: hops > 0 ? `/redirect?n=${hops - 1}` : '/ok' }).end();
        break;
      case '/to-private':
        res.writeHead(301, { location: 'http://192.168.0.1/' }).end();
        break;
      case '/slow':
        setTimeout(
          () => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'),
          1_000,
        );
        break;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('x'.repeat(2_000_000));
        break;
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
        break;
      case '/gone':
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        break;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// The test server is on loopback, which the policy refuses unless asked: these tests ask.
const fetchLocal = (path: string, limits = {}) =>
  fetchSourceHtml(`${base}${path}`, { allowLocal: true, limits });

describe('fetchSourceHtml', () => {
  it('reads an HTML page and decodes it by its charset', async () => {
    const ok = await fetchLocal('/ok');
    expect(ok).toMatchObject({ ok: true, html: expect.stringContaining('Olá') });
    const latin = await fetchLocal('/latin1');
    expect(latin.ok && latin.html).toBe('café');
  });

  it('sends no cookies', async () => {
    cookiesSeen.length = 0;
    await fetchLocal('/ok');
    expect(cookiesSeen).toEqual([undefined]);
  });

  it('follows up to five redirects and reports the final address', async () => {
    const result = await fetchLocal('/redirect?n=3');
    expect(result).toMatchObject({ ok: true, finalUrl: `${base}/ok` });
  });

  it('stops after five redirects', async () => {
    const result = await fetchLocal('/redirect?n=6');
    expect(result).toMatchObject({ ok: false, reason: 'too-many-redirects' });
  });

  it('checks every redirect hop: a public page redirecting into a private network is refused', async () => {
    const asked: string[] = [];
    const result = await fetchSourceHtml('https://public.example/post', {
      fetchImpl: async (input) => {
        asked.push(String(input));
        return new Response(null, {
          status: 301,
          headers: { location: 'http://192.168.0.1/router' },
        });
      },
    });
    expect(result).toMatchObject({ ok: false, reason: 'blocked-address' });
    expect(asked).toEqual(['https://public.example/post']);
  });

  it('gives up after the time limit', async () => {
    const result = await fetchLocal('/slow', { timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(!result.ok && english(result.messages.message)).toMatch(/did not answer/);
  });

  it('stops reading past the size limit', async () => {
    const result = await fetchLocal('/huge', { maxBytes: 1_000_000 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses what is not HTML', async () => {
    const result = await fetchLocal('/pdf');
    expect(result).toMatchObject({ ok: false, reason: 'not-html' });
    expect(!result.ok && english(result.messages.message)).toMatch(/application\/pdf/);
  });

  it('reports HTTP errors with their status', async () => {
    const result = await fetchLocal('/gone');
    expect(result).toMatchObject({ ok: false, reason: 'http-error' });
    expect(!result.ok && english(result.messages.message)).toMatch(/404/);
  });

  it('reports an unreachable site as offline, in plain words', async () => {
    const result = await fetchSourceHtml('http://127.0.0.1:1/', { allowLocal: true });
    expect(result).toMatchObject({ ok: false, reason: 'offline' });
  });

  it('never fetches non-web addresses', async () => {
    let called = false;
    const result = await fetchSourceHtml('javascript:alert(1)', {
      fetchImpl: async () => {
        called = true;
        return new Response('');
      },
    });
    expect(result).toMatchObject({ ok: false, reason: 'bad-address' });
    expect(called).toBe(false);
  });

  describe('Markdown sources', () => {
    const README =
      '# Zephyr-7B\n\nZephyr-7B is a small model written for this test.\n\n| Benchmark | Score |\n|---|---|\n| ReadBench | 71.2 |\n';
    /** A fake web: each address answers with a body and a type; the addresses asked are kept. */
    const web = (
      pages: Record<string, { body?: string; type?: string; status?: number; location?: string }>,
    ) => {
      const asked: { url: string; accept: string }[] = [];
      const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        asked.push({ url, accept: String((init?.headers as Record<string, string>)?.Accept) });
        const page = pages[url];
        if (!page) return new Response('', { status: 404 });
        const headers: Record<string, string> = page.location
          ? { location: page.location }
          : { 'content-type': page.type ?? 'text/html' };
        return new Response(page.body ?? '', { status: page.status ?? 200, headers });
      }) as typeof fetch;
      return { asked, fetchImpl };
    };

    it('a GitHub repository is read from its raw README and goes by the repository page', async () => {
      const { asked, fetchImpl } = web({
        'https://raw.githubusercontent.com/zephyr-labs/zephyr-7b/HEAD/README.md': {
          body: README,
          type: 'text/plain; charset=utf-8',
        },
      });
      const result = await fetchSourceHtml('https://github.com/zephyr-labs/zephyr-7b', {
        fetchImpl,
      });
      expect(asked).toEqual([
        {
          url: 'https://raw.githubusercontent.com/zephyr-labs/zephyr-7b/HEAD/README.md',
          accept: 'text/markdown,text/plain;q=0.9',
        },
      ]);
      expect(result).toMatchObject({
        ok: true,
        format: 'markdown',
        url: 'https://github.com/zephyr-labs/zephyr-7b',
        finalUrl: 'https://github.com/zephyr-labs/zephyr-7b',
      });
      expect(result.ok && result.html).toContain('<table>');
      expect(result.ok && result.html).toContain('<title>Zephyr-7B</title>');
    });

    it('a redirect that lands on a model card reads the card', async () => {
      const { asked, fetchImpl } = web({
        'https://t.example/abc': {
          status: 302,
          location: 'https://huggingface.co/zephyr-labs/zephyr-7b',
        },
        'https://huggingface.co/zephyr-labs/zephyr-7b/raw/main/README.md': {
          body: `---\nlicense: mit\n---\n${README}`,
          type: 'text/plain',
        },
      });
      const result = await fetchSourceHtml('https://t.example/abc', { fetchImpl });
      expect(asked.map((a) => a.url)).toEqual([
        'https://t.example/abc',
        'https://huggingface.co/zephyr-labs/zephyr-7b/raw/main/README.md',
      ]);
      expect(result).toMatchObject({
        ok: true,
        format: 'markdown',
        finalUrl: 'https://huggingface.co/zephyr-labs/zephyr-7b',
      });
      expect(result.ok && result.html).not.toContain('license');
    });

    it('reads text/markdown at any address, and text/plain only at a Markdown address', async () => {
      const { fetchImpl } = web({
        'https://zephyr.example/launch': { body: README, type: 'text/markdown; charset=utf-8' },
        'https://zephyr.example/notes/launch.md': { body: README, type: 'text/plain' },
        'https://zephyr.example/notes/launch.txt': { body: README, type: 'text/plain' },
      });
      expect(await fetchSourceHtml('https://zephyr.example/launch', { fetchImpl })).toMatchObject({
        ok: true,
        format: 'markdown',
        finalUrl: 'https://zephyr.example/launch',
      });
      expect(
        await fetchSourceHtml('https://zephyr.example/notes/launch.md', { fetchImpl }),
      ).toMatchObject({ ok: true, format: 'markdown' });
      expect(
        await fetchSourceHtml('https://zephyr.example/notes/launch.txt', { fetchImpl }),
      ).toMatchObject({ ok: false, reason: 'not-html' });
    });

    it('leaves web pages and feeds as they were', async () => {
      const { asked, fetchImpl } = web({
        'https://zephyr.example/post': { body: '<html><body><p>Hello</p></body></html>' },
        'https://github.com/zephyr-labs/zephyr-7b': {
          body: '<feed/>',
          type: 'application/atom+xml',
        },
      });
      expect(await fetchSourceHtml('https://zephyr.example/post', { fetchImpl })).toMatchObject({
        ok: true,
        format: 'html',
        html: '<html><body><p>Hello</p></body></html>',
      });
      expect(
        await fetchSourceHtml('https://github.com/zephyr-labs/zephyr-7b', {
          fetchImpl,
          kind: 'feed',
        }),
      ).toMatchObject({ ok: true, format: 'html' });
      expect(asked.map((a) => a.accept)).toEqual([
        'text/html,application/xhtml+xml;q=0.9',
        'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8',
      ]);
    });

    it('a repository without a README.md says what the server said', async () => {
      const { fetchImpl } = web({});
      const result = await fetchSourceHtml('https://github.com/zephyr-labs/no-readme', {
        fetchImpl,
      });
      expect(result).toMatchObject({ ok: false, reason: 'http-error' });
      expect(!result.ok && english(result.messages.message)).toMatch(/404/);
    });
  });
});
