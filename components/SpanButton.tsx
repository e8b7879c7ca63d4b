import type { Span } from '../lib/report/report';
import { formatCount } from './format';
import { i18n } from '../utils/i18n';

/** A sentence that is one quotation from mark to mark ("“It is here.”", "\"It is.\""). */
const QUOTED_WHOLE = /^[“"][^“”"]*[”"][.,;:!?]*$/u;

/**
 * A quoted sentence from the page; activating it scrolls the page there and highlights it. A
 * sentence that is itself a quotation keeps its own marks, without ours around them.
 */
export function SpanButton({ span, onShow }: { span: Span; onShow: (span: Span) => void }) {
  const marks = !QUOTED_WHOLE.test(span.text.trim());
  return (
    <button
      type="button"
      class="quote"
      data-testid="span"
      onClick={() => onShow(span)}
      title={i18n.t('sidebar.showInPage')}
    >
      {marks && (
        <span aria-hidden="true" class="quote-mark">
          “
        </span>
      )}
      {span.text}
      {marks && (
        <span aria-hidden="true" class="quote-mark">
          ”
        </span>
      )}
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
