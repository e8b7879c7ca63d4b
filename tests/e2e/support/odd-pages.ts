// Pages too big or too odd to keep as files, made at run time for the hardening tests.

const SENTENCES = [
  'The lab said its new model may cut the cost of reading invoices in some settings.',
  'Specialized models consistently outperform general ones, according to the company.',
  'Critics noted that the benchmark was designed and run by the vendor itself.',
  'Analysts expect procurement teams to ask how specialized a model needs to be.',
  'Each specialized model needs its own training data, evaluation and maintenance.',
  'The results come from one domain and one benchmark, and they should be read that way.',
  'General models remain better for open-ended tasks that span many domains.',
  'Inference costs fell sharply last year as chips improved and competition grew.',
];

/** Prose of about `chars` characters, numbered so no two sentences are the same. */
function prose(chars: number, start = 0): string[] {
  const out: string[] = [];
  let n = 0;
  for (let i = start; n < chars; i++) {
    const s = SENTENCES[i % SENTENCES.length]!.replace('.', ` (${i}).`);
    out.push(s);
    n += s.length + 1;
  }
  return out;
}

const page = (title: string, body: string, attrs = 'lang="en"') =>
  `<!doctype html><html ${attrs}><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1><p class="byline">By A. Writer</p>${body}</article></main><footer>Footer</footer></body></html>`;

export const ODD_PAGES: Record<string, { title: string; html: () => string }> = {
  'huge-5mb': {
    title: 'A five-megabyte article',
    html: () => {
      const sentences = prose(5_000_000);
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 6)
        paragraphs.push(`<p>${sentences.slice(i, i + 6).join(' ')}</p>`);
      return page('A five-megabyte article', paragraphs.join('\n'));
    },
  },
  'one-paragraph-1mb': {
    title: 'One paragraph of a megabyte',
    html: () => page('One paragraph of a megabyte', `<p>${prose(1_000_000).join(' ')}</p>`),
  },
  'deep-dom': {
    title: 'An article nested five thousand deep',
    html: () => {
      const depth = 5_000;
      const text = prose(6_000)
        .map((s) => `<p>${s}</p>`)
        .join('');
      return page(
        'An article nested five thousand deep',
        `${'<div>'.repeat(depth)}${text}${'</div>'.repeat(depth)}`,
      );
    },
  },
  'right-to-left': {
    title: 'نماذج الذكاء الاصطناعي المتخصصة',
    html: () => {
      const ar = [
        'قالت الشركة إن نموذجها الجديد قد يخفض تكلفة قراءة الفواتير في بعض الحالات.',
        'النماذج المتخصصة تتفوق دائما على النماذج العامة، بحسب الشركة.',
        'أشار النقاد إلى أن المعيار صممته الشركة البائعة نفسها وأجرته.',
        'تأتي النتائج من مجال واحد ومعيار واحد، وينبغي قراءتها على هذا الأساس.',
      ];
      const body = Array.from(
        { length: 12 },
        (_, i) => `<p>${ar.map((s) => s.replace('.', ` (${i}).`)).join(' ')}</p>`,
      ).join('');
      return page('نماذج الذكاء الاصطناعي المتخصصة', body, 'lang="ar" dir="rtl"');
    },
  },
  frames: {
    title: 'A page whose article is in a frame',
    html: () =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A page whose article is in a frame</title></head><body><h1>Framed reader</h1><iframe title="article" style="width:100%;height:600px" srcdoc="${page(
        'The framed article',
        prose(4_000)
          .map((s) => `<p>${s}</p>`)
          .join(''),
      ).replace(/"/g, '&quot;')}"></iframe></body></html>`,
  },
};
