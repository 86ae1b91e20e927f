import type { ApiImplementation } from '../../shared/api/contract'

/** How long a host that no window asks (started at login into the tray) waits before the work that can wait. */
const UNASKED_START_MS = 2_000

/**
 * Holds start-up work that can wait until the host has sent its first answer, so that the first cards
 * come before it: the first reminder check took 2.7 s of a 50,000-interview start (cpu profile of
 * serve-web, load ~5 on 2 cores) and ran before the host listened. A host nobody asks starts the work
 * after UNASKED_START_MS.
 */
export class AfterFirstAnswer {
  private readonly tasks: Array<() => void> = []
  private readonly unasked: NodeJS.Timeout
  private state: 'waiting' | 'released' | 'cancelled' = 'waiting'

  constructor(unaskedMs = UNASKED_START_MS) {
    this.unasked = setTimeout(() => this.release(), unaskedMs)
    this.unasked.unref()
  }

  /** Runs `task` once the first answer has gone out, or at once if it has. */
  run(task: () => void): void {
    if (this.state === 'released') task()
    else if (this.state === 'waiting') this.tasks.push(task)
  }

  /** The same methods, each telling when it has answered (or failed). */
  watch(api: ApiImplementation): ApiImplementation {
    const answered = () => this.release()
    const watched: Record<string, (input: unknown) => Promise<unknown>> = {}
    for (const [name, method] of Object.entries(api) as Array<[string, (input: unknown) => Promise<unknown>]>) {
      watched[name] = (input) => {
        const answer = method(input)
        if (this.state === 'waiting') void answer.then(answered, answered)
        return answer
      }
    }
    return watched as ApiImplementation
  }

  /** The host is closing: the work that waits is dropped. */
  cancel(): void {
    clearTimeout(this.unasked)
    this.state = 'cancelled'
    this.tasks.length = 0
  }

  private release(): void {
    if (this.state !== 'waiting') return
    clearTimeout(this.unasked)
    this.state = 'released'
    // After the door has sent the answer: it does so in the promise callbacks that follow this one.
    setImmediate(() => {
      for (const task of this.tasks.splice(0)) if (this.state === 'released') task()
    })
  }
}
