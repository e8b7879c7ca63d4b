import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSourceHtml } from '../../lib/source/fetch-source';

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
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Olá</p></body></html>');
        break;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
        break;
      case '/redirect':
        res.writeHead(302, { location: hops > 0 ? `/redirect?n=${hops - 1}` : '/ok' }).end();
        break;
      case '/to-private':
        res.writeHead(301, { location: 'http://192.168.0.1/' }).end();
        break;
      case '/slow':
        setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 1_000);
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
const fetchLocal = (path: string, limits = {}) => fetchSourceHtml(`${base}${path}`, { allowLocal: true, limits });

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
        return new Response(null, { status: 301, headers: { location: 'http://192.168.0.1/router' } });
      },
    });
    expect(result).toMatchObject({ ok: false, reason: 'blocked-address' });
    expect(asked).toEqual(['https://public.example/post']);
  });

  it('gives up after the time limit', async () => {
    const result = await fetchLocal('/slow', { timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, reason: 'timeout' });
    expect(!result.ok && result.message).toMatch(/did not answer/);
  });

  it('stops reading past the size limit', async () => {
    const result = await fetchLocal('/huge', { maxBytes: 1_000_000 });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses what is not HTML', async () => {
    const result = await fetchLocal('/pdf');
    expect(result).toMatchObject({ ok: false, reason: 'not-html' });
    expect(!result.ok && result.message).toMatch(/application\/pdf/);
  });

  it('reports HTTP errors with their status', async () => {
    const result = await fetchLocal('/gone');
    expect(result).toMatchObject({ ok: false, reason: 'http-error' });
    expect(!result.ok && result.message).toMatch(/404/);
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
});
