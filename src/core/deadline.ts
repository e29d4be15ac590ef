/**
 * A time limit for one computation, checked in its long loops. Google stops a custom function
 * after 30 seconds and shows only its own English error; a formula that sets a deadline stops
 * itself a little before, with a message in the owner's words. Without a deadline (the menu's
 * run, the command line) checking costs one comparison.
 */
export interface Clock {
  now(): number;
}

/** Thrown when the deadline has passed; its message is the owner's words. */
export class OutOfTime extends Error {}

interface Deadline {
  clock: Clock;
  startedAt: number;
  endsAt: number;
  message: (seconds: number) => string;
}

let active: Deadline | null = null;

/** Runs `work` with a deadline of `limitMs` from now on `clock`; checkDeadline() throws past it. */
export function withDeadline<T>(
  clock: Clock,
  limitMs: number,
  message: (seconds: number) => string,
  work: () => T,
): T {
  const previous = active;
  const startedAt = clock.now();
  active = { clock, startedAt, endsAt: startedAt + limitMs, message };
  try {
    return work();
  } finally {
    active = previous;
  }
}

/** Throws OutOfTime once the active deadline has passed; nothing when none is set. */
export function checkDeadline(): void {
  if (active === null) return;
  const now = active.clock.now();
  if (now > active.endsAt) throw new OutOfTime(active.message(Math.round((now - active.startedAt) / 1000)));
}

/** Every this many rows or customers a loop checks the deadline: the clock is read rarely. */
export const CHECK_EVERY = 1024;
