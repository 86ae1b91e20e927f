import type { InterviewStore } from './interview-store'

export interface CompactorOptions {
  store: InterviewStore
  /** The host's queue: the compaction's two short steps run in it, between user changes. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>
  /** Changes are held in memory (the disk refuses them): no compaction until they are written. */
  holding: () => boolean
  /** Makes durable what the journal vouches for before its lines are folded (notes of batches). */
  beforeReplace: () => Promise<void>
  /** A compaction failed; the journal still holds every change. */
  onFailure: (error: unknown) => void
  /** A compaction replaced the snapshot and started a new journal. */
  onCompacted: () => void
}

/**
 * Compaction as a state, not a queue of requests: at most one is asked for, however many changes
 * trigger it before it starts; one runs at a time, off the queue user changes wait in
 * (InterviewStore.compactInBackground); and closing drops it, since the journal holds every change.
 * Before, each change past the threshold queued a whole-snapshot rewrite: an import of 10,000
 * interviews queued 10,000 of them, hours of work that every later change and SIGTERM waited behind.
 */
export class Compactor {
  private asked = false
  private running: Promise<void> | undefined
  private stopped = false

  constructor(private readonly options: CompactorOptions) {}

  /** After changes: asks for one compaction if the journal's growth warrants it. */
  ask(): void {
    const { store, holding } = this.options
    if (this.asked || this.running || this.stopped || !store.wantsCompaction || holding()) return
    this.asked = true
    // Started once the change's answer is on its way, so the change never waits for it.
    setImmediate(() => {
      this.asked = false
      if (this.stopped || !store.wantsCompaction) return
      this.running = this.run().then((done) => {
        this.running = undefined
        if (done) this.options.onCompacted()
        // Changes that came in meanwhile may have grown the journal past its threshold again; after a
        // failure, the next change asks again rather than a loop against a refusing disk.
        if (done) this.ask()
      })
    })
  }

  /** Asked for or under way: the files on disk are being replaced. */
  get busy(): boolean {
    return this.asked || this.running !== undefined
  }

  /** Stops a running compaction at its next slice (nothing is replaced) and resolves once it has. */
  async stop(): Promise<void> {
    this.stopped = true
    await this.running
  }

  private async run(): Promise<boolean> {
    try {
      return await this.options.store.compactInBackground({
        exclusive: this.options.exclusive,
        stopped: () => this.stopped,
        beforeReplace: this.options.beforeReplace,
      })
    } catch (error) {
      if (!this.stopped) this.options.onFailure(error)
      return false
    }
  }
}
