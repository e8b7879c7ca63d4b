// A small stand-in for the web, for e2e tests and the demo: serves the seed fixture pages and the
// primary-source fixtures at their real addresses. Browsers reach it as their HTTP proxy, so
// https://huggingface.co/... stays the address the extension sees (the code under test is the
// code that ships), while every byte comes from this machine. HTTPS is tunnelled (CONNECT) to a
// local TLS server with a test-only certificate that the browsers are told to accept.
import { readFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf } from './make-pdf.mjs';
import { WALL_ROUTES } from './fixture-walls.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = path.join(root, 'seeds');
const pagesDir = path.join(root, 'tests/e2e/pages');

/** The seed cases (pages and sources) with their real addresses. */
export function loadCases() {
  return JSON.parse(readFileSync(path.join(seedsDir, 'cases.json'), 'utf8'));
}

/** The fixture PDF's pages (made-up text; tests/e2e/pages/source-pdf.html restates it). */
export const PDF_REPORT = [
  [
    'Ledger Reader: a document model for invoices',
    'We trained Ledger Reader, a small document model, on forty thousand invoices from three accounting firms. On our held-out set it read the invoice total correctly in 91% of cases.',
    'A general model we compared it with read the total correctly in 84% of cases on the same set.',
  ],
  [
    'Limitations',
    'The held-out set comes from the same three firms, so we do not know how the model does on invoices from other countries or in other layouts.',
    'We have not asked an independent reviewer to repeat these tests.',
  ],
];

function keyOf(url) {
  const u = new URL(url);
  return `${u.hostname}${u.pathname.replace(/\/$/, '') || '/'}`;
}

/**
 * Starts the fixture web on loopback. `routes` adds or overrides addresses:
 * { 'https://host/path': { status, headers, body } | (req, res) => void }.
 */
export async function startFixtureInternet({ routes = {}, log = () => {} } = {}) {
  const byAddress = new Map();
  /** Pages made by a test at run time (too big or too odd to keep as files), by loopback path. */
  const generated = new Map();
  for (const c of loadCases()) {
    byAddress.set(keyOf(c.url), {
      file: path.join(seedsDir, c.fixture),
      type: 'text/html; charset=utf-8',
    });
  }
  // Publisher feeds written for the tests, at their real addresses.
  const feedIndex = JSON.parse(readFileSync(path.join(seedsDir, 'feeds/index.json'), 'utf8'));
  for (const f of feedIndex.feeds)
    byAddress.set(keyOf(f.url), {
      file: path.join(seedsDir, 'feeds', f.file),
      type: 'application/rss+xml; charset=utf-8',
    });
  // Posts those feeds list that are not seed sources (the thin feed's impostor).
  for (const p of feedIndex.posts ?? [])
    byAddress.set(keyOf(p.url), {
      file: path.join(seedsDir, 'feeds', p.file),
      type: 'text/html; charset=utf-8',
    });
  // A lab's report as a PDF with a text layer, and the same as a scan (pictures of pages only).
  const pdf = {
    status: 200,
    headers: { 'content-type': 'application/pdf', 'cache-control': 'no-store' },
  };
  byAddress.set(keyOf('https://pdf.example/report.pdf'), {
    ...pdf,
    body: makePdf({ title: 'Ledger Reader: a document model for invoices', pages: PDF_REPORT }),
  });
  byAddress.set(keyOf('https://pdf.example/scan.pdf'), {
    ...pdf,
    body: makePdf({ pages: PDF_REPORT, scanned: true }),
  });
  // Sources behind a bot check, a sign-in wall or a 429, and one built by script (fixture-walls.mjs).
  for (const [url, handler] of Object.entries(WALL_ROUTES)) byAddress.set(keyOf(url), handler);
  for (const [url, handler] of Object.entries(routes)) byAddress.set(keyOf(url), handler);

  const requests = [];
  const serve = (scheme) => (req, res) => {
    const target = new URL(
      req.url.startsWith('http') ? req.url : `${scheme}://${req.headers.host}${req.url}`,
    );
    requests.push({ url: target.href, method: req.method, cookie: req.headers.cookie ?? null });
    log(`${req.method} ${target.href}`);
    const local = target.hostname === '127.0.0.1' || target.hostname === 'localhost';
    if (local) return serveLocal(target, res);
    const route = byAddress.get(keyOf(target.href));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found on the fixture web');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    if (route.file) {
      res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
      res.end(readFileSync(route.file));
      return;
    }
    res.writeHead(route.status ?? 200, {
      'content-type': 'text/html; charset=utf-8',
      ...(route.headers ?? {}),
    });
    res.end(route.body ?? '');
  };

  /** http://127.0.0.1:PORT/fixtures/000.html, /sources/..., /pages/NAME.html, /csp/fixtures/... */
  function serveLocal(target, res) {
    let p = decodeURIComponent(target.pathname);
    const made = generated.get(p);
    if (made !== undefined) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...made.headers,
      });
      res.end(made.html);
      return;
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (p.startsWith('/csp/')) {
      headers['content-security-policy'] = "default-src 'none'";
      p = p.slice(4);
    }
    const base = p.startsWith('/pages/') ? pagesDir : seedsDir;
    const rel = p.startsWith('/pages/') ? p.slice('/pages/'.length) : p.slice(1);
    const file = path.resolve(base, rel);
    if (!file.startsWith(base + path.sep) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const sidecar = file.replace(/\.html$/, '.headers.json');
    if (existsSync(sidecar)) Object.assign(headers, JSON.parse(readFileSync(sidecar, 'utf8')));
    res.writeHead(200, headers);
    res.end(readFileSync(file));
  }

  const certDir = path.join(root, 'tests/e2e/certs');
  const tls = https.createServer(
    {
      key: readFileSync(path.join(certDir, 'key.pem')),
      cert: readFileSync(path.join(certDir, 'cert.pem')),
    },
    serve('https'),
  );
  await new Promise((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const tlsPort = tls.address().port;

  const proxy = http.createServer(serve('http'));
  proxy.on('connect', (req, socket, head) => {
    // Every HTTPS host of the fixture web is answered by the one local TLS server.
    const upstream = net.connect(tlsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = proxy.address().port;
  const sockets = new Set();
  for (const server of [proxy, tls])
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });

  return {
    port,
    /** Base address for pages served directly on loopback. */
    origin: `http://127.0.0.1:${port}`,
    /** `host:port` to give browsers as their proxy. */
    proxy: `127.0.0.1:${port}`,
    requests,
    setRoute(url, handler) {
      byAddress.set(keyOf(url), handler);
    },
    /** Serves `html` at http://127.0.0.1:PORT{path}, with extra response headers if given. */
    setPage(path, html, headers = {}) {
      generated.set(path, { html, headers });
    },
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([proxy, tls].map((s) => new Promise((r) => s.close(() => r()))));
    },
  };
}
