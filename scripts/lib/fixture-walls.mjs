// Sources as the web serves them to a script, for the fixture web: a bot check that answers
// Unspun's cookie-less fetch with 403 and lets a browser tab through once its script has run, a
// page whose article is built by script after load, a sign-in wall, and a site that asks to wait
// (429 with Retry-After). The text is made up here; the restatements are in tests/e2e.

/** The made-up source every wall stands in front of. */
export const WALLED_SOURCE = {
  title: 'A smaller model for reading receipts',
  paragraphs: [
    'Our team trained a compact vision model to read printed receipts from grocery stores and pharmacies.',
    'On a held-out set of twelve thousand receipts it read the total amount correctly in 88% of cases.',
    'The model runs on a phone without a network connection, so receipts never leave the device.',
    'We have only tested it on receipts printed in English and Spanish, and it still struggles with faded thermal paper.',
  ],
};

const page = (title, body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const article = () =>
  page(
    WALLED_SOURCE.title,
    `<article><h1>${WALLED_SOURCE.title}</h1>${WALLED_SOURCE.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`,
  );
const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

/** The bot check's cookie: a tab gets it by running the check's script; a cookie-less fetch never has it. */
const PASSED = 'fixture_check=passed';

/** A bot check (403 and a script that sets a cookie and reloads), then the article. */
function challenge(req, res) {
  if ((req.headers.cookie ?? '').includes(PASSED)) return res.writeHead(200, html).end(article());
  const check = `<script>setTimeout(function () { document.cookie = '${PASSED}; path=/; secure'; location.reload(); }, 300);</script>`;
  res.writeHead(403, html).end(page('Just a moment...', '<p>Checking your browser.</p>', check));
}

/** The HTML holds no article: a script builds it after the page has loaded. */
function scriptBuilt(_req, res) {
  const build = `<script>addEventListener('load', function () { setTimeout(function () {
    var text = ${JSON.stringify(WALLED_SOURCE)};
    var main = document.getElementById('app'); main.textContent = '';
    var h = document.createElement('h1'); h.textContent = text.title; main.appendChild(h);
    text.paragraphs.forEach(function (t) { var p = document.createElement('p'); p.textContent = t; main.appendChild(p); });
  }, 400); });</script>`;
  res
    .writeHead(200, html)
    .end(page(WALLED_SOURCE.title, '<main id="app"><p>Loading…</p></main>', build));
}

/** A sign-in form and nothing else, to a script and to a tab alike (the reader has no account). */
function loginWall(_req, res) {
  res
    .writeHead(200, html)
    .end(
      page(
        'Sign in',
        '<form><h1>Sign in</h1><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form>',
      ),
    );
}

/** Too many requests: come back in two minutes. */
function busy(_req, res) {
  res
    .writeHead(429, { ...html, 'retry-after': '120' })
    .end(page('Too many requests', '<p>Too many requests.</p>'));
}

/** The walled sources at their fixture addresses. */
export const WALL_ROUTES = {
  'https://challenge.example/blog/receipts': challenge,
  'https://challenge.example/blog/receipts-open': challenge,
  'https://script-built.example/blog/receipts': scriptBuilt,
  'https://members.example/blog/receipts': loginWall,
  'https://busy.example/blog/receipts': busy,
};
