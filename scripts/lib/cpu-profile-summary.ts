/**
 * Where the time of a set of V8 CPU profiles went (DevTools protocol `Profiler.stop`'s profile,
 * or Node's `--cpu-prof`): each frame's own time, averaged per profile. `npm run bench:browser --
 * --profile DIR` prints it for the sidebar's opens, which is how the first browser.i18n call's
 * cost was found (docs/speed.md).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** The parts of a V8 CPU profile read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples?: number[];
  /** Microseconds between samples; the first is from the profile's start. */
  timeDeltas?: number[];
}

export interface FrameTime {
  /** "name script:line:column", or the VM's own state ("(program)", "(garbage collector)"). */
  frame: string;
  /** Own time per profile, ms. */
  ms: number;
}

function frameName({ functionName, url, lineNumber, columnNumber }: CallFrame): string {
  const name = functionName || '(anonymous)';
  if (!url) return name;
  return `${name} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
}

/**
 * Each frame's own time per profile, the longest first; the idle time is left out. A sample's
 * time is the delta to the next sample (the last sample's is unknown and counts as none).
 */
export function selfTimes(profiles: readonly CpuProfile[]): FrameTime[] {
  const total = new Map<string, number>();
  for (const profile of profiles) {
    const frames = new Map(profile.nodes.map((n) => [n.id, frameName(n.callFrame)]));
    (profile.samples ?? []).forEach((id, i) => {
      const frame = frames.get(id);
      const us = profile.timeDeltas?.[i + 1] ?? 0;
      if (frame && frame !== '(idle)' && us > 0) total.set(frame, (total.get(frame) ?? 0) + us);
    });
  }
  return [...total]
    .map(([frame, us]) => ({ frame, ms: us / 1000 / profiles.length }))
    .sort((a, b) => b.ms - a.ms);
}
