/**
 * Runs a move's steps one task apart, so that none of them makes a long task with the
 * others: a click's task already carries the browser's hit tests and mouse events.
 * Returns a function that drops the steps not yet run.
 */
export function runInTasks(steps: Iterator<void>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const next = () => {
    if (!steps.next().done) timer = setTimeout(next);
  };
  timer = setTimeout(next);
  return () => clearTimeout(timer);
}

/** Runs steps written for `runInTasks` at once. */
export function runNow(steps: Iterator<void>): void {
  while (!steps.next().done);
}
