// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Sidebar } from '../../../components/Sidebar';
import type { SidebarActions, SidebarView } from '../../../components/view';
import { analyze } from '../../../lib/analysis/analyze';
import { articleOf, FILLER } from '../support/article';
import { READY_FLAGS } from '../support/flags-view';

const report = analyze(
  articleOf(['The lab says its compact model beat frontier APIs on invoices.', FILLER], {
    title: 'Retold',
  }),
);
/** Actions that do nothing: these tests only read what is shown. */
const actions = new Proxy({} as SidebarActions, {
  get: (_, name) => (name === 'flags' ? new Proxy({}, { get: () => () => {} }) : () => {}),
});

function body(view: SidebarView): Element {
  const root = document.createElement('div');
  render(
    <Sidebar
      view={view}
      layout={{ width: 400, minWidth: 320, maxWidth: 720, collapsed: false }}
      actions={actions}
    />,
    root,
  );
  return root.querySelector('[data-testid="sidebar-body"]')!;
}

describe('Sidebar', () => {
  it('says it is busy while the parts below the score are still to come, and not once they are there', () => {
    const view = { kind: 'report', report, source: { kind: 'none' }, flags: READY_FLAGS } as const;
    const pending = body({ ...view, restPending: true });
    expect(pending.getAttribute('aria-busy')).toBe('true');
    expect(pending.querySelector('[data-testid="spin-score"]')).not.toBeNull();
    expect(pending.querySelector('[data-testid="source-search"]')).toBeNull();
    const done = body({ ...view, restPending: false });
    expect(done.hasAttribute('aria-busy')).toBe(false);
    expect(done.querySelector('[data-testid="source-search"]')).not.toBeNull();
  });

  it('is not busy while it reads the page: its status line is announced', () => {
    const reading = body({ kind: 'loading' });
    expect(reading.hasAttribute('aria-busy')).toBe(false);
    expect(reading.querySelector('[role="status"]')).not.toBeNull();
  });
});
