import { describe, expect, it } from 'vitest';
import { selfTimes, type CpuProfile } from '../../scripts/lib/cpu-profile-summary';

const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
});

/** Two opens: the first spends 3 ms in `read`, 1 ms in the GC and 5 ms idle; the second 1 ms in `read`. */
const profiles: CpuProfile[] = [
  {
    nodes: [
      { id: 1, callFrame: frame('(root)') },
      {
        id: 2,
        callFrame: frame('read', 'chrome-extension://abc/content-scripts/sidebar.js', 8, 40),
      },
      { id: 3, callFrame: frame('(garbage collector)') },
      { id: 4, callFrame: frame('(idle)') },
    ],
    // Each sample's time is the delta to the next one.
    samples: [2, 2, 3, 4, 1],
    timeDeltas: [0, 1500, 1500, 1000, 5000],
  },
  {
    nodes: [
      {
        id: 7,
        callFrame: frame('read', 'chrome-extension://abc/content-scripts/sidebar.js', 8, 40),
      },
      { id: 8, callFrame: frame('', 'chrome-extension://abc/content-scripts/sidebar.js', 0, 9) },
    ],
    samples: [7, 8],
    timeDeltas: [0, 1000],
  },
];

describe('selfTimes', () => {
  it('gives each frame its own time per profile, longest first, without the idle time', () => {
    expect(selfTimes(profiles)).toEqual([
      { frame: 'read sidebar.js:9:41', ms: 2 },
      { frame: '(garbage collector)', ms: 0.5 },
      // The last sample of each ("(root)", the anonymous function) has no delta after it: no time.
    ]);
  });
});
