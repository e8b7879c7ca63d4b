import type { Omission } from '../lib/analysis/report';

const KIND_WORDS: Record<Omission['kind'], string> = {
  caveat: 'Caveat',
  limit: 'Limit',
  'trade-off': 'Trade-off',
  number: 'Number',
};

/** What the source said that the page left out: caveats, limits, trade-offs and numbers. */
export function OmissionList({ omissions }: { omissions: Omission[] }) {
  if (!omissions.length) return null;
  return (
    <section class="card" aria-labelledby="unspun-omissions-heading" data-testid="omissions">
      <h2 id="unspun-omissions-heading" class="section-title">Left out from the source</h2>
      <ul class="omissions">
        {omissions.slice(0, 8).map((o) => (
          <li key={o.fragmentUrl} data-testid="omission" data-kind={o.kind}>
            <span class="pill">{KIND_WORDS[o.kind]}</span>{' '}
            <a href={o.fragmentUrl} target="_blank" rel="noopener noreferrer">
              {o.text}
            </a>
          </li>
        ))}
      </ul>
      {omissions.length > 8 && <p class="meta">and {omissions.length - 8} more</p>}
    </section>
  );
}
