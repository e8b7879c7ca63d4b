/** Attribute where e2e builds count the sidebar's unexpected errors, for the harness to read. */
const E2E_ERRORS = 'data-unspun-errors';

/**
 * An unexpected error in the sidebar: logged for developers (the reader sees a plain message
 * elsewhere). E2E builds also count it on the page's root, so tests fail on errors that were
 * caught and shown politely as much as on thrown ones.
 */
export function logError(context: string, error: unknown): void {
  console.warn(`Unspun: ${context}`, error);
  if (import.meta.env.MODE !== 'e2e') return;
  const root = document.documentElement;
  const count = Number(root.getAttribute(E2E_ERRORS) ?? 0) + 1;
  root.setAttribute(E2E_ERRORS, String(count));
  root.setAttribute(
    `${E2E_ERRORS}-last`,
    `${context}: ${String((error as Error)?.stack ?? error).slice(0, 500)}`,
  );
}

/** E2E builds only: uncaught errors and rejections of the sidebar's own code are counted too. */
export function recordUncaughtErrors(): void {
  // Once per page: every injection of the script shares this window.
  if (
    import.meta.env.MODE !== 'e2e' ||
    document.documentElement.hasAttribute('data-unspun-recording')
  )
    return;
  document.documentElement.setAttribute('data-unspun-recording', '');
  addEventListener('error', (event) => logError('uncaught', event.error ?? event.message));
  addEventListener('unhandledrejection', (event) => logError('unhandled rejection', event.reason));
}
