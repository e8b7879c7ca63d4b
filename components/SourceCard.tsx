import { useState } from 'preact/hooks';
import type { Report } from '../lib/report/report';
import type { Message } from '../lib/words/message';
import { formatDate, formatShare, hostLabel } from './format';
import { say } from './say';
import type { FeedSearch, SidebarActions, SourceStatus } from './view';
import { i18n } from '../utils/i18n';

interface Props {
  report: Report;
  status: SourceStatus;
  feed?: FeedSearch;
  actions: Pick<SidebarActions, 'compareSource' | 'grantInWindow' | 'readSourceTab'>;
}

/** The primary source: what was found, its card once read, and how to get it compared. */
export function SourceCard({ report, status, feed, actions }: Props) {
  const [address, setAddress] = useState('');
  const source = report.source;
  return (
    <section class="card" aria-labelledby="unspun-source-heading" data-testid="source-card">
      <h2 id="unspun-source-heading" class="section-title">
        {i18n.t('source.heading')}
      </h2>
      {status.kind === 'self' && <p>{i18n.t('source.self')}</p>}
      {source && (
        <div class="source">
          <a
            href={source.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="source-link"
            class="source-title"
          >
            {source.title}
          </a>
          <p class="meta">
            {[
              source.author?.name && i18n.t('source.by', [source.author.name]),
              source.host.platform ? i18n.t('source.on', [source.host.name]) : source.publisher,
              formatDate(source.published),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {report.sources && report.sources.length > 1 && (
            <>
              <h3 class="subtitle">{i18n.t('source.alsoCompared')}</h3>
              <ul class="also-compared" data-testid="also-compared">
                {report.sources.slice(1).map((other) => (
                  <li key={other.url}>
                    <a href={other.url} target="_blank" rel="noopener noreferrer">
                      {other.title}
                    </a>
                    {other.author?.name && (
                      <span class="meta"> · {i18n.t('source.by', [other.author.name])}</span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.reuse && report.reuse.share > 0 && (
            <p class="meta">{i18n.t('source.reused', [formatShare(report.reuse.share)])}</p>
          )}
        </div>
      )}
      {status.kind === 'needs-permission' && (
        <div class="notice" data-testid="source-permission">
          {/* An extension page: only it may ask the browser for the permission, and the page can't script it. */}
          <iframe
            class="grant"
            src={status.grantFrameUrl}
            title={i18n.t('source.allowFrame', [status.site])}
            data-testid="grant-frame"
          />
          <button
            type="button"
            class="link"
            onClick={() => actions.grantInWindow(status.url)}
            data-testid="grant-window-button"
          >
            {i18n.t('source.openWindow')}
          </button>
        </div>
      )}
      {status.kind === 'fetching' && (
        <p role="status">{i18n.t('source.reading', [hostLabel(status.url)])}</p>
      )}
      {status.kind === 'reading-tab' && (
        <p role="status" data-testid="source-reading-tab">
          {i18n.t('source.readingTab', [hostLabel(status.url)])}
        </p>
      )}
      {status.kind === 'failed' && (
        <p role="alert" class="notice" data-testid="source-error">
          {i18n.t('source.failed', [say(status.message)])}
        </p>
      )}
      {status.kind === 'failed' && status.tab && (
        <div class="tab-offer" data-testid="source-tab-offer">
          {status.tab === 'open' && <p class="meta">{i18n.t('source.tabOffer')}</p>}
          <button
            type="button"
            // The reader's own click only: a page script could click in the sidebar to have a tab
            // opened with the reader's session and its text shown in the sidebar on its page.
            onClick={(event) => event.isTrusted && actions.readSourceTab(status.url)}
            data-testid="open-source-tab"
          >
            {status.tab === 'open' ? i18n.t('source.openTab') : i18n.t('source.rereadTab')}
          </button>
        </div>
      )}
      {!source && report.sourceCandidates.length > 0 && (
        <>
          <h3 class="subtitle">{i18n.t('source.candidates')}</h3>
          <ul class="candidates" data-testid="source-candidates">
            {report.sourceCandidates.slice(0, 5).map((c) => (
              <li key={c.url} data-testid="source-candidate">
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {hostLabel(c.url)}
                </a>
                <span class="meta">{i18n.t('source.sure', [formatShare(c.confidence)])}</span>
                {c.messages.reasons.length > 0 && (
                  <p class="meta reasons">{c.messages.reasons.map(say).join('; ')}</p>
                )}
                {status.kind !== 'fetching' && status.kind !== 'reading-tab' && (
                  <button
                    type="button"
                    onClick={() => actions.compareSource(c.url)}
                    data-testid="compare-button"
                  >
                    {i18n.t('source.compare')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {!source && status.kind !== 'self' && !report.sourceCandidates.length && (
        <div data-testid="source-search">
          <p>{i18n.t('source.noneFound')}</p>
          <ul class="tried">
            {report.messages.sourceSearch.map((line, n) => (
              <li key={n}>{say(line)}</li>
            ))}
          </ul>
        </div>
      )}
      {!source && feed && (
        <FeedResults
          feed={feed}
          busy={status.kind === 'fetching' || status.kind === 'reading-tab'}
          onCompare={actions.compareSource}
        />
      )}
      {!source && status.kind !== 'self' && (
        <form
          class="paste"
          onSubmit={(event) => {
            event.preventDefault();
            if (address.trim()) actions.compareSource(address.trim());
          }}
        >
          <label for="unspun-source-address">
            {report.sourceCandidates.length ? i18n.t('source.pasteOr') : i18n.t('source.pasteIf')}
          </label>
          <div class="row">
            <input
              id="unspun-source-address"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={address}
              onInput={(event) => setAddress(event.currentTarget.value)}
            />
            <button type="submit">{i18n.t('source.compareButton')}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** Posts found in the credited publisher's feed, offered for the reader to confirm. */
function FeedResults({
  feed,
  busy,
  onCompare,
}: {
  feed: FeedSearch;
  busy: boolean;
  onCompare: (url: string) => void;
}) {
  if (feed.state === 'searching')
    return <p role="status">{i18n.t('source.feedSearching', [feed.feedName])}</p>;
  if (feed.state === 'none')
    return (
      <div data-testid="feed-none">
        <p class="meta">{i18n.t('source.feedNone', [feed.feedName])}</p>
        <FeedNotes notes={feed.notes} />
      </div>
    );
  if (feed.state === 'failed')
    return (
      <p class="notice" data-testid="feed-error">
        {i18n.t('source.feedFailed', [feed.feedName, say(feed.message)])}
      </p>
    );
  return (
    <div data-testid="feed-results">
      <h3 class="subtitle">
        {feed.from === 'memory'
          ? i18n.t('source.memoryFound')
          : i18n.t('source.feedFound', [feed.feedName])}
      </h3>
      <ul class="candidates">
        {feed.matches.map((m) => (
          <li key={m.url} data-testid="feed-candidate" data-url={m.url}>
            <a href={m.url} target="_blank" rel="noopener noreferrer">
              {m.title}
            </a>
            <span class="meta">{i18n.t('source.sure', [formatShare(m.confidence)])}</span>
            <p class="meta reasons">{m.messages.reasons.map(say).join('; ')}</p>
            {!busy && (
              <button type="button" onClick={() => onCompare(m.url)} data-testid="feed-compare">
                {i18n.t('source.compare')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <FeedNotes notes={feed.notes} />
    </div>
  );
}

/** Why posts with the page's title were not offered (they could not be read). */
function FeedNotes({ notes }: { notes?: Message[] | undefined }) {
  if (!notes?.length) return null;
  return (
    <>
      {notes.map((note, i) => (
        <p key={i} class="notice" data-testid="feed-note">
          {say(note)}
        </p>
      ))}
    </>
  );
}
