/**
 * A speed ratio measured in alternating batches: a batch of the baseline, then a batch of the
 * subject, over and over. Vitest's benchmarks run one task after the other, so on a shared
 * two-core machine a burst of other work lands on one side only: the same code measured 0.9× to
 * 4.3× against ajv between runs. Alternating puts every burst on both sides, and the medians
 * ignore the batches a burst hit; and what is timed is this process's CPU time. A batch is long enough (a millisecond or more) for the
 * garbage collections its allocations cause to fall inside it, so those are counted.
 */
export interface Interleaved {
  /** Median CPU time of one call, in microseconds. */
  baselineMicros: number;
  subjectMicros: number;
  /** subject / baseline, of the medians. */
  ratio: number;
  rounds: number;
  batch: number;
}

export interface InterleavedOptions {
  /** Calls per batch. */
  batch: number;
  /** Measured rounds (one batch of each per round). */
  rounds?: number;
  /** Unmeasured rounds first, for the JIT to settle on both sides. */
  warmupRounds?: number;
}

/** Every result is stored here, so that the compiler cannot drop a call whose result is unused. */
export let sink: unknown;

/**
 * The CPU time this process spent on one call, in microseconds: on a shared machine the wall time
 * also counts the waits for a core. It includes the garbage collector's helper threads.
 */
function timeBatch(run: () => unknown, batch: number): number {
  const start = process.cpuUsage();
  for (let call = 0; call < batch; call++) sink = run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / batch;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function interleaved(
  baseline: () => unknown,
  subject: () => unknown,
  { batch, rounds = 400, warmupRounds = 200 }: InterleavedOptions,
): Interleaved {
  for (let round = 0; round < warmupRounds; round++) {
    timeBatch(baseline, batch);
    timeBatch(subject, batch);
  }
  const baselineTimes: number[] = [];
  const subjectTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    baselineTimes.push(timeBatch(baseline, batch));
    subjectTimes.push(timeBatch(subject, batch));
  }
  const baselineMicros = median(baselineTimes);
  const subjectMicros = median(subjectTimes);
  return { baselineMicros, subjectMicros, ratio: subjectMicros / baselineMicros, rounds, batch };
}

/** One line for the bench's output: both medians, the ratio and whether it meets `target`. */
export function describeRatio(
  what: string,
  subjectName: string,
  baselineName: string,
  result: Interleaved,
  target: number,
): string {
  const micros = (value: number) => `${value.toFixed(1)} µs`;
  return [
    `${what}: ${subjectName} ${micros(result.subjectMicros)}, ${baselineName} ${micros(result.baselineMicros)}`,
    `(CPU time, medians of ${result.rounds} alternating batches of ${result.batch} calls)`,
    `→ ${result.ratio.toFixed(2)}×; target at most ${target}×: ${result.ratio <= target ? "met" : "MISSED"}.`,
  ].join(" ");
}
