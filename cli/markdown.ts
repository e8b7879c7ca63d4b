import type { EnglishReport } from '../lib/report/in-english';

/** A readable summary of a Report, in Markdown. */
export function reportMarkdown(report: EnglishReport): string {
  const lines: string[] = [];
  lines.push(`# ${report.page.title}`, '');
  lines.push(
    `${[report.page.publisher, report.page.byline && `by ${report.page.byline}`, report.page.published?.slice(0, 10), `${report.page.wordCount} words`].filter(Boolean).join(' · ')}`,
  );
  lines.push(`Kind of site: ${report.page.role} (${report.page.roleReasons.join('; ')})`, '');
  lines.push(
    `## Spin score: ${report.spin.score}/100`,
    '',
    report.spin.basis === 'page+source'
      ? 'Judged against the primary source.'
      : 'Judged from the page alone.',
    '',
  );
  for (const c of report.spin.components.filter((c) => c.points > 0))
    lines.push(`- ${c.label}: +${c.points}`);
  lines.push('');
  if (report.source) {
    lines.push('## Primary source', '', `${report.source.title} — ${report.source.url}`);
    if (report.source.author)
      lines.push(
        `Written by ${report.source.author.name} (${report.source.author.evidence.join('; ')})`,
      );
    if (report.reuse)
      lines.push(
        `Copied from the source: ${Math.round(report.reuse.share * 100)}% of the page's words`,
      );
    lines.push('');
  } else if (report.sourceCandidates.length) {
    lines.push('## Possible sources', '');
    for (const c of report.sourceCandidates.slice(0, 5))
      lines.push(`- ${c.url} (${Math.round(c.confidence * 100)}%: ${c.reasons.join('; ')})`);
    lines.push('');
  }
  lines.push('## What to question', '');
  if (!report.flags.length) lines.push('Nothing stood out.');
  for (const f of report.flags) {
    lines.push(`- **${f.title}** (${f.severity}). ${f.detail}`);
    for (const s of f.spans.slice(0, 3)) lines.push(`  > ${s.text}`);
  }
  if (report.incentives.length) {
    const roles = {
      author: 'wrote the source',
      platform: 'hosts the source',
      'page-publisher': 'publishes this page',
    };
    lines.push('', '## Who benefits', '');
    for (const i of report.incentives)
      lines.push(
        `- **${i.org}** (${roles[i.role]}). ${i.note}${i.citations.length ? ` Sources: ${i.citations.map((c) => c.url).join(', ')}` : ''}`,
      );
  }
  const checked = report.claims.filter((c) => c.status !== 'unchecked');
  if (checked.length) {
    lines.push('', '## Claims against the source', '');
    for (const c of checked)
      lines.push(
        `- [${c.status}, ${c.strength}] ${c.text}${c.match ? `\n  source [${c.match.strength}]: ${c.match.text}` : ''}`,
      );
  }
  if (report.omissions?.length) {
    lines.push('', '## Left out from the source', '');
    for (const o of report.omissions) lines.push(`- (${o.kind}) ${o.text}`);
  }
  return lines.join('\n') + '\n';
}
