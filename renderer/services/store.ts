/** A value that changes over time, readable by React through useSyncExternalStore. */
export class Store<T> {
  #state: T
  readonly #listeners = new Set<() => void>()

  constructor(initial: T) {
    this.#state = initial
  }

  get state(): T {
    return this.#state
  }

  protected update(change: Partial<T>): void {
    this.#state = { ...this.#state, ...change }
    for (const listener of this.#listeners) listener()
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  readonly getSnapshot = (): T => this.#state
}
