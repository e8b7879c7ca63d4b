import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Driver } from './driver';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core run in the page (loaded through the automation protocol, so neither a page's nor an
 * extension page's CSP blocks it): the serious and critical violations within `include`.
 */
export async function seriousViolations(
  driver: Driver,
  include: string[][] = [['html']],
): Promise<string[]> {
  await driver.runScript(axeSource);
  return driver.evaluate(async (scope: string[][]) => {
    const axe = (window as unknown as { axe: any }).axe;
    const result = await axe.run({ include: scope }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; nodes: { target: unknown }[] }) =>
          `${v.id}: ${JSON.stringify(v.nodes.slice(0, 2).map((n) => n.target))}`,
      );
  }, include);
}
