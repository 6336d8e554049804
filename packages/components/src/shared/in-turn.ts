// Deliveries waiting for their turn, page-wide, and who waits for the queue to empty.
const queue: Array<() => void> = [];
let waiting: Array<() => void> = [];
let busy = false;

/**
 * Runs `deliver` now when no other delivery is under way, else in a task of its own after the
 * ones before it, each once the browser has painted what the previous one rendered. A feed
 * shared by five elements would otherwise render them all in one long task: the first card
 * of the page waited for the last element, and the page did not answer input meanwhile.
 * Elements ask for their feed in document order, so the top of the page comes first.
 */
export function inTurn(deliver: () => void): void {
  queue.push(deliver);
  if (!busy) next();
}

function next(): void {
  const deliver = queue.shift();
  busy = deliver !== undefined;
  if (!deliver) {
    for (const resolve of waiting) resolve();
    waiting = [];
    return;
  }
  // Scheduled first, so that a delivery that throws does not stop the others. A hidden page
  // paints nothing: there the next one need not wait for a frame (nor for a background tab's
  // timers, slowed down to one a second).
  if (document.visibilityState === 'hidden') void Promise.resolve().then(next);
  else afterPaint(next);
  deliver();
}

// After the next frame; a tab hidden meanwhile has no frames, so a timer ends the wait.
function afterPaint(then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    setTimeout(then);
  };
  requestAnimationFrame(go);
  setTimeout(go, 100);
}

/** Resolves once every delivery queued so far has run (at once when none is waiting). */
export function turnsDone(): Promise<void> {
  return busy ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}
