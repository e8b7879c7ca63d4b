import type { Span } from '../lib/report/report';
import { AlsoRetold } from './AlsoRetold';
import { ArticleFacts } from './ArticleFacts';
import { ClaimList } from './ClaimList';
import { FlagList } from './FlagList';
import { FlagPanel } from './FlagPanel';
import { IncentiveNotes } from './IncentiveNotes';
import { OmissionList } from './OmissionList';
import { SourceCard } from './SourceCard';
import { SpinScore } from './SpinScore';
import { ResizeHandle } from './ResizeHandle';
import { say } from './say';
import type { FlagsView, SidebarActions, SidebarLayout, SidebarView } from './view';
import { i18n } from '../utils/i18n';

interface Props {
  view: SidebarView;
  layout: SidebarLayout;
  actions: SidebarActions;
}

/** The flag card shows when there is a flag, a form, or news about either. */
const showsFlagPanel = (flags: FlagsView) =>
  flags.saved.length > 0 || flags.form !== null || flags.status !== null || flags.error !== null;

/** The whole sidebar: renders a SidebarView, reports the reader's actions, holds no logic. */
export function Sidebar({ view, layout, actions }: Props) {
  const onShow = (span: Span) => actions.showSpan(span);
  if (layout.collapsed) {
    const score = view.kind === 'report' ? Math.round(view.report.spin.score) : null;
    return (
      <aside class="panel collapsed" aria-label={i18n.t('sidebar.label')} data-testid="sidebar">
        <button
          type="button"
          class="expand"
          onClick={() => actions.setCollapsed(false)}
          aria-label={i18n.t('sidebar.expand')}
          data-testid="expand-button"
        >
          <span aria-hidden="true">‹</span>
          {score !== null && <span class="mini-score">{score}</span>}
        </button>
      </aside>
    );
  }
  return (
    // tabIndex -1: the controller moves focus here on open, so Esc works at once; Tab goes on from it.
    <aside class="panel" aria-label={i18n.t('sidebar.label')} data-testid="sidebar" tabIndex={-1}>
      <ResizeHandle
        width={layout.width}
        min={layout.minWidth}
        max={layout.maxWidth}
        onResize={actions.resize}
      />
      <header class="bar">
        <h1 class="brand">{i18n.t('extName')}</h1>
        <div class="bar-buttons">
          {view.kind === 'report' &&
            !showsFlagPanel(view.flags) &&
            view.flags.state === 'ready' && (
              <button
                type="button"
                class="flag-start"
                onClick={actions.flags.start}
                data-testid="flag-button"
              >
                <span aria-hidden="true">⚑ </span>
                {i18n.t('flag.start')}
              </button>
            )}
          <button
            type="button"
            class="icon"
            onClick={() => actions.setCollapsed(true)}
            aria-label={i18n.t('sidebar.collapse')}
            title={i18n.t('sidebar.collapseTitle')}
            data-testid="collapse-button"
          >
            ›
          </button>
          <button
            type="button"
            class="icon"
            onClick={actions.close}
            aria-label={i18n.t('sidebar.close')}
            title={i18n.t('sidebar.closeTitle')}
            data-testid="close-button"
          >
            ✕
          </button>
        </div>
      </header>
      {/* Busy while the parts below the score are still to come: assistive technology waits for them. */}
      <div
        class="scroll"
        data-testid="sidebar-body"
        aria-busy={view.kind === 'report' && view.restPending ? 'true' : undefined}
      >
        {view.kind === 'loading' && (
          <p role="status" class="card">
            {i18n.t('sidebar.reading')}
          </p>
        )}
        {view.kind === 'no-article' && (
          <p role="alert" class="card" data-testid="no-article">
            {say(view.message)}
          </p>
        )}
        {view.kind === 'report' && (
          <>
            {view.pageChanged && (
              <div class="card notice" role="status" data-testid="page-changed">
                <p>{i18n.t('sidebar.pageChanged')}</p>
                <button
                  type="button"
                  class="primary"
                  onClick={actions.reread}
                  data-testid="reread-button"
                >
                  {i18n.t('sidebar.readNew')}
                </button>
              </div>
            )}
            <ArticleFacts page={view.report.page} />
            {showsFlagPanel(view.flags) && <FlagPanel flags={view.flags} actions={actions.flags} />}
            <SpinScore spin={view.report.spin} onShow={onShow} />
            <FlagList flags={view.report.flags} onShow={onShow} />
            {!view.restPending && (
              <>
                <SourceCard
                  report={view.report}
                  status={view.source}
                  feed={view.feed}
                  actions={actions}
                />
                <AlsoRetold entries={view.alsoRetold ?? []} />
                <IncentiveNotes incentives={view.report.incentives} onShow={onShow} />
                <OmissionList omissions={view.report.omissions ?? []} />
                <ClaimList
                  claims={view.report.claims}
                  onShow={onShow}
                  sources={view.report.sources}
                />
              </>
            )}
          </>
        )}
        <nav class="foot" aria-label={i18n.t('sidebar.pagesNav')}>
          <button
            type="button"
            class="link"
            onClick={() => actions.openOptions('flags')}
            data-testid="all-flags"
          >
            {i18n.t('sidebar.allFlags')}
          </button>
          <button
            type="button"
            class="link"
            onClick={() => actions.openOptions('settings')}
            data-testid="open-settings"
          >
            {i18n.t('sidebar.settings')}
          </button>
        </nav>
      </div>
    </aside>
  );
}
