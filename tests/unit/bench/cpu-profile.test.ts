import { describe, expect, it } from 'vitest';
import { addSelfTime, type CpuProfile, largest } from '../../../scripts/bench/cpu-profile';
import { addStages } from '../../../scripts/bench-page-stages';

/** A call tree root → detect → tokenize, findPeople → (garbage collector), plus the profiler's own entries. */
function profile(): CpuProfile {
  const node = (id: number, functionName: string, children: number[] = []) => ({
    id,
    callFrame: { functionName },
    children,
  });
  return {
    nodes: [
      node(1, '(root)', [2, 3, 4]),
      node(2, '(idle)'),
      node(3, '(program)'),
      node(4, 'detect', [5, 6]),
      node(5, 'tokenize'),
      node(6, 'findPeople', [7, 8]),
      node(7, '(garbage collector)'),
      node(8, 'helper'),
    ],
    samples: [2, 3, 4, 5, 5, 6, 7, 8, 8, 8],
    timeDeltas: [1000, 2000, 100, 200, 300, 400, 500, 600, 700, 800],
  };
}

describe('cpu profile sums', () => {
  it('sums self time by function, leaving idle and the profiler out', () => {
    const self = new Map<string, number>();
    const total = addSelfTime(profile(), (n) => n.callFrame.functionName, self);
    expect(total).toBeCloseTo(3.6);
    expect(self.get('helper')).toBeCloseTo(2.1);
    expect(self.has('(idle)')).toBe(false);
    expect(self.has('(program)')).toBe(false);
    expect(largest(self, 2).map(([name]) => name)).toEqual(['helper', 'tokenize']);
  });

  it('skips samples whose key is null', () => {
    const self = new Map<string, number>();
    const total = addSelfTime(profile(), (n) => (n.callFrame.functionName === 'helper' ? null : 'kept'), self);
    expect(total).toBeCloseTo(1.5);
  });

  it.each([
    ['tokens', 0.5],
    ['names and people', 0.4 + 0.6 + 0.7 + 0.8],
    ['detection (rest)', 0.1],
  ])('counts a sample for the innermost stage on its stack: %s', (stage, ms) => {
    const stages = new Map<string, number>();
    addStages(profile(), stages);
    expect(stages.get(stage)).toBeCloseTo(ms);
  });

  it('counts the garbage collector as its own stage wherever it runs', () => {
    const stages = new Map<string, number>();
    const functions = new Map<string, number>();
    const total = addStages(profile(), stages, functions);
    expect(stages.get('garbage collector')).toBeCloseTo(0.5);
    expect(stages.get('names and people')).toBeCloseTo(2.5);
    expect(functions.get('names and people › helper')).toBeCloseTo(2.1);
    expect(total).toBeCloseTo(3.6);
  });
});
