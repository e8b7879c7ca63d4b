import type { Span } from '../lib/analysis/report';
import { ArticleFacts } from './ArticleFacts';
import { ClaimList } from './ClaimList';
import { FlagList } from './FlagList';
import { FlagPanel } from './FlagPanel';
import { IncentiveNotes } from './IncentiveNotes';
import { OmissionList } from './OmissionList';
import { SourceCard } from './SourceCard';
import { SpinScore } from './SpinScore';
import { ResizeHandle } from './ResizeHandle';
import type { FlagsView, SidebarActions, SidebarLayout, SidebarView } from './view';

interface Props {
  view: SidebarView;
  layout: SidebarLayout;
  actions: SidebarActions;
}

/** The flag card shows when there is a flag, a form, or news about either. */
const showsFlagPanel = (flags: FlagsView) => flags.saved.length > 0 || flags.form !== null || flags.status !== null || flags.error !== null;

/** The whole sidebar: renders a SidebarView, reports the reader's actions, holds no logic. */
export function Sidebar({ view, layout, actions }: Props) {
  const onShow = (span: Span) => actions.showSpan(span);
  if (layout.collapsed) {
    const score = view.kind === 'report' ? Math.round(view.report.spin.score) : null;
    return (
      <aside class="panel collapsed" aria-label="Unspun" data-testid="sidebar">
        <button type="button" class="expand" onClick={() => actions.setCollapsed(false)} aria-label="Expand Unspun" data-testid="expand-button">
          <span aria-hidden="true">‹</span>
          {score !== null && <span class="mini-score">{score}</span>}
        </button>
      </aside>
    );
  }
  return (
    // tabIndex -1: the controller moves focus here on open, so Esc works at once; Tab goes on from it.
    <aside class="panel" aria-label="Unspun" data-testid="sidebar" tabIndex={-1}>
      <ResizeHandle width={layout.width} min={layout.minWidth} max={layout.maxWidth} onResize={actions.resize} />
      <header class="bar">
        <h1 class="brand">Unspun</h1>
        <div class="bar-buttons">
          {view.kind === 'report' && !showsFlagPanel(view.flags) && view.flags.state === 'ready' && (
            <button type="button" class="flag-start" onClick={actions.flags.start} data-testid="flag-button">
              <span aria-hidden="true">⚑ </span>Flag as misleading
            </button>
          )}
          <button type="button" class="icon" onClick={() => actions.setCollapsed(true)} aria-label="Collapse Unspun" title="Collapse" data-testid="collapse-button">
            ›
          </button>
          <button type="button" class="icon" onClick={actions.close} aria-label="Close Unspun" title="Close (Esc)" data-testid="close-button">
            ✕
          </button>
        </div>
      </header>
      <div class="scroll" data-testid="sidebar-body">
        {view.kind === 'loading' && (
          <p role="status" class="card">
            Reading this page…
          </p>
        )}
        {view.kind === 'no-article' && (
          <p role="alert" class="card" data-testid="no-article">
            {view.message}
          </p>
        )}
        {view.kind === 'report' && (
          <>
            {view.pageChanged && (
              <div class="card notice" role="status" data-testid="page-changed">
                <p>This page now shows another article. What you see below is about the previous one.</p>
                <button type="button" class="primary" onClick={actions.reread} data-testid="reread-button">
                  Read the new article
                </button>
              </div>
            )}
            <ArticleFacts page={view.report.page} />
            {showsFlagPanel(view.flags) && <FlagPanel flags={view.flags} actions={actions.flags} />}
            <SpinScore spin={view.report.spin} onShow={onShow} />
            <FlagList flags={view.report.flags} onShow={onShow} />
            <SourceCard report={view.report} status={view.source} actions={actions} />
            <IncentiveNotes incentives={view.report.incentives} onShow={onShow} />
            <OmissionList omissions={view.report.omissions ?? []} />
            <ClaimList claims={view.report.claims} onShow={onShow} />
          </>
        )}
        <nav class="foot" aria-label="Unspun’s pages">
          <button type="button" class="link" onClick={() => actions.openOptions('flags')} data-testid="all-flags">
            All your flags
          </button>
          <button type="button" class="link" onClick={() => actions.openOptions('settings')} data-testid="open-settings">
            Settings
          </button>
        </nav>
      </div>
    </aside>
  );
}
