import type { Report } from '../../lib/report/report';

/** What the harness dispatches on the sidebar's host to ask for the Report it shows. */
const E2E_REPORT_REQUEST = 'unspun-e2e-report';

/**
 * E2E and demo builds only: when the harness asks (scripts/demo.mjs), the sidebar writes the
 * Report it shows into the host's `data-report`, at once (DOM events cross into the script's
 * world synchronously). On request, not on every render: turned into JSON on each render, it cost
 * the opens `npm run bench:browser` times several ms the shipped build never pays (docs/speed.md).
 */
export function writeReportOnRequest(host: HTMLElement, shown: () => Report | null): void {
  host.addEventListener(E2E_REPORT_REQUEST, () => {
    const report = shown();
    if (report) host.setAttribute('data-report', JSON.stringify(report));
    else host.removeAttribute('data-report');
  });
}
