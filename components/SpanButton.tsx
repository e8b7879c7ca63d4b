import type { Span } from '../lib/report/report';
import { formatCount } from './format';
import { i18n } from '../utils/i18n';

/** A quoted sentence from the page; activating it scrolls the page there and highlights it. */
export function SpanButton({ span, onShow }: { span: Span; onShow: (span: Span) => void }) {
  return (
    <button
      type="button"
      class="quote"
      data-testid="span"
      onClick={() => onShow(span)}
      title={i18n.t('sidebar.showInPage')}
    >
      <span aria-hidden="true" class="quote-mark">
        “
      </span>
      {span.text}
      <span aria-hidden="true" class="quote-mark">
        ”
      </span>
    </button>
  );
}

/** A list of quoted sentences, capped with a count of the rest so long lists stay calm. */
export function SpanList({
  spans,
  onShow,
  limit = 5,
}: {
  spans: Span[];
  onShow: (span: Span) => void;
  limit?: number;
}) {
  if (!spans.length) return null;
  const shown = spans.slice(0, limit);
  return (
    <ul class="spans">
      {shown.map((span) => (
        <li key={`${span.start}-${span.end}`}>
          <SpanButton span={span} onShow={onShow} />
        </li>
      ))}
      {spans.length > shown.length && (
        <li class="more">{i18n.t('sidebar.more', [formatCount(spans.length - shown.length)])}</li>
      )}
    </ul>
  );
}
