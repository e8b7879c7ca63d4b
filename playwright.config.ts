import { defineConfig } from '@playwright/test';

// e2e: the built extension (npm run build:e2e) in real Chromium and real Firefox ESR. Each spec
// runs once per browser; one worker, since two cores run one browser well and two badly.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  projects: [
    { name: 'chromium', metadata: { browser: 'chromium' } },
    { name: 'firefox', metadata: { browser: 'firefox' } },
  ],
});
