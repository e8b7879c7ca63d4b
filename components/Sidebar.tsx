import type { Span } from '../lib/analysis/report';
import { ArticleFacts } from './ArticleFacts';
import { ClaimList } from './ClaimList';
import { FlagList } from './FlagList';
import { IncentiveNotes } from './IncentiveNotes';
import { OmissionList } from './OmissionList';
import { SourceCard } from './SourceCard';
import { SpinScore } from './SpinScore';
import type { SidebarActions, SidebarView } from './view';

/** The whole sidebar: renders a SidebarView, reports the reader's actions, holds no logic. */
export function Sidebar({ view, actions }: { view: SidebarView; actions: SidebarActions }) {
  const onShow = (span: Span) => actions.showSpan(span);
  return (
    <aside class="panel" aria-label="Unspun" data-testid="sidebar">
      <header class="bar">
        <h1 class="brand">Unspun</h1>
        <button type="button" class="icon" onClick={actions.close} aria-label="Close Unspun" title="Close (Esc)" data-testid="close-button">
          ✕
        </button>
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
            <SpinScore spin={view.report.spin} onShow={onShow} />
            <FlagList flags={view.report.flags} onShow={onShow} />
            <SourceCard report={view.report} status={view.source} actions={actions} />
            <IncentiveNotes incentives={view.report.incentives} onShow={onShow} />
            <OmissionList omissions={view.report.omissions ?? []} />
            <ClaimList claims={view.report.claims} onShow={onShow} />
          </>
        )}
      </div>
    </aside>
  );
}
