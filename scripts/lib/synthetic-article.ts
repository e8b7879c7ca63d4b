// A synthetic news article for benchmarks: known length, the markup news sites wrap text in.

const SENTENCES = [
  'The lab said its new model may cut the cost of reading invoices by about 40% in some settings.',
  'Specialized models consistently outperform general ones, according to the company.',
  'Critics noted that the benchmark was designed and run by the vendor itself.',
  'Analysts expect procurement teams to ask how specialized a model needs to be.',
  'However, each specialized model needs training data, evaluation and maintenance.',
  'The results come from one domain and one benchmark, and they should be read that way.',
  'General models remain better for open-ended tasks that span many domains.',
  'Inference costs fell sharply last year as chips improved and competition grew.',
];

/** A synthetic article of about `words` words, varied enough to exercise every rule. */
export function syntheticHtml(words: number, seed = 1): string {
  const paragraphs: string[] = [];
  let count = 0;
  let i = seed;
  while (count < words) {
    const p: string[] = [];
    for (let k = 0; k < 4; k++, i++) {
      const s =
        SENTENCES[i % SENTENCES.length]!.replace('40%', `${(i * 7) % 90}%`) + ` (item ${i})`;
      p.push(s);
      count += s.split(' ').length;
    }
    // Markup as news sites wrap it: nested blocks, inline links, an ad slot every few paragraphs.
    const ad =
      paragraphs.length % 5 === 4
        ? '<div class="ad-slot"><span>Advertisement</span><iframe title="ad"></iframe></div>'
        : '';
    paragraphs.push(
      `<div class="row"><div class="col body-text"><p>${p.join(' ')} <a href="/topic/${i}">More on this</a>.</p></div></div>${ad}`,
    );
  }
  const links = (n: number, prefix: string) =>
    Array.from(
      { length: n },
      (_, k) => `<li><a href="/${prefix}/${k}">${prefix} item ${k}</a></li>`,
    ).join('');
  const furniture = {
    nav: `<header><nav><ul>${links(60, 'section')}</ul></nav><form><input name="q"><button>Search</button></form></header>`,
    aside: `<aside><h2>Related</h2><ul>${links(40, 'related')}</ul><div class="newsletter"><p>Subscribe to our newsletter.</p><input type="email"></div></aside>`,
    comments: `<section class="comments">${Array.from({ length: Math.ceil(paragraphs.length / 10) }, (_, k) => `<div class="comment"><b>Reader ${k}</b><p>Interesting piece, thanks.</p></div>`).join('')}</section>`,
    footer: `<footer><ul>${links(40, 'footer')}</ul><p>Copyright notice.</p></footer>`,
  };
  return `<html><head><title>Synthetic article</title><meta property="og:site_name" content="Bench News"></head><body>${furniture.nav}<main><article><h1>Synthetic article</h1><p class="byline">By A. Writer</p>${paragraphs.join('\n')}</article>${furniture.aside}${furniture.comments}</main>${furniture.footer}</body></html>`;
}
