import type { ApiImplementation, HostEvent, MethodName, Notice } from '../../shared/api/contract'
import { METHOD_NAMES } from '../../shared/api/method-names'
import { STAGE_IDS, type StageId } from '../../shared/domain/stages'
import type { Host, HostOptions } from './host'
import { keptPage, readFirstPages, type FirstPages } from './interviews/first-pages'
import { lockDataFolder, openLockedHost, openSettings, type StorageOptions } from './service'
import { nodeFileSystem } from './storage/durable-file'
import { canonicalJson } from './storage/canonical-json'
import type { UpcomingFollowUp } from './follow-ups/open-tasks'
import type { DownloadFile } from './backup/downloads'

/**
 * Opens the data folder as openHost does, but when the last run kept the board's first pages of the
 * interviews on disk (interviews/first-pages.ts), returns at once a host that answers them while the
 * interviews are read: at 50,000 interviews the first cards come in a fraction of a second instead of
 * after the 3 s the read takes. Every other call waits for the read. The settings are opened before it
 * returns, as a door may need them at once. `opened` settles once the read is done, and rejects when
 * the folder could not be opened (the door then says so and stops).
 */
export async function startHost(options: HostOptions & StorageOptions): Promise<{ host: Host; opened: Promise<Host> }> {
  const lock = await lockDataFolder(options)
  let settings: ReturnType<typeof openSettings>
  let kept: FirstPages | undefined
  try {
    settings = openSettings(options, options.now ?? (() => new Date()))
    kept = lock.held
      ? await readFirstPages(options.dataDir, options.version, options.fileSystem ?? nodeFileSystem)
      : undefined
  } catch (error) {
    lock.release()
    throw error
  }
  if (!kept) {
    const host = await openLockedHost(options, lock, settings)
    return { host, opened: Promise.resolve(host) }
  }
  // Read on the next turn, once the door has started listening and can answer with the kept pages.
  const opened = new Promise<Host>((resolve, reject) =>
    setImmediate(() => void openLockedHost(options, lock, settings).then(resolve, reject)),
  )
  return { host: new StartingHost(options.dataDir, opened, kept), opened }
}

/** The host while it reads the interviews: the kept first pages at once, everything else once it has read them. */
class StartingHost implements Host {
  readonly api: ApiImplementation
  private host: Host | undefined
  private readonly listeners = new Set<(event: HostEvent) => void>()
  /** The first pages answered from what was kept, by stage, with the limit asked for. */
  private readonly answered = new Map<StageId, number>()

  constructor(
    readonly dataDir: string,
    private readonly opened: Promise<Host>,
    private readonly kept: FirstPages,
  ) {
    // Registered before any call can wait on `opened`, so the check runs before any change does.
    opened.then(
      (host) => {
        this.host = host
        host.onEvent((event) => this.emit(event))
        void this.checkAnswered(host)
      },
      () => undefined,
    )
    const api: Record<string, (input: unknown) => Promise<unknown>> = {}
    for (const name of METHOD_NAMES) {
      api[name] = (input) => {
        if (this.host) return call(this.host, name, input)
        if (name === 'listStagePage') {
          const asked = input as Parameters<ApiImplementation['listStagePage']>[0]
          const page = keptPage(this.kept, asked)
          if (page) {
            this.answered.set(asked.stage, Math.max(asked.limit, this.answered.get(asked.stage) ?? 0))
            return Promise.resolve(page)
          }
        }
        return this.opened.then((host) => call(host, name, input))
      }
    }
    this.api = api as ApiImplementation
  }

  onEvent(listener: (event: HostEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  refreshReminders(): void {
    this.host?.refreshReminders()
  }

  addNotice(level: Notice['level'], message: string): void {
    void this.opened.then((host) => host.addNotice(level, message))
  }

  /** None yet: the tray asks again at the host's first event. */
  upcomingFollowUps(limit: number): UpcomingFollowUp[] {
    return this.host?.upcomingFollowUps(limit) ?? []
  }

  heldChanges(): number {
    return this.host?.heldChanges() ?? 0
  }

  takeDownload(id: string): DownloadFile | undefined {
    return this.host?.takeDownload(id)
  }

  async close(): Promise<void> {
    const host = await this.opened.catch(() => undefined)
    await host?.close()
  }

  private emit(event: HostEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  /**
   * The kept pages were of the interviews on disk, so the host read the same; should recovery have
   * found otherwise (a damaged snapshot rebuilt from its backup), every window reads the board again.
   */
  private async checkAnswered(host: Host): Promise<void> {
    const stages = STAGE_IDS.filter((stage) => this.answered.has(stage))
    const differs = await Promise.all(
      stages.map(async (stage) => {
        const limit = this.answered.get(stage)!
        const now = await host.api.listStagePage({ stage, limit })
        return canonicalJson(now) !== canonicalJson(keptPage(this.kept, { stage, limit }))
      }),
    ).catch(() => [true])
    if (differs.includes(true)) this.emit({ topic: 'interviews', ids: [], interviews: [] })
  }
}

function call(host: Host, name: MethodName, input: unknown): Promise<unknown> {
  return (host.api[name] as (input: unknown) => Promise<unknown>)(input)
}
