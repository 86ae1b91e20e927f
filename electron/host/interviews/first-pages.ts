import { join } from 'node:path'
import type { Interview } from '../../../shared/domain/interview'
import { STAGE_IDS, type StageId } from '../../../shared/domain/stages'
import { isMissingFile, writeFileDurable, type FileSystem } from '../storage/durable-file'
import { readSealedHead } from '../storage/seal'
import { storePaths } from '../storage/store-files'

/**
 * The board's first cards of every column, kept beside the interviews so that the next start shows
 * them before it has read the interviews: at 50,000 interviews reading interviews.json takes about
 * 3 s (scale.start.50k: 3,350 ms, most of it reading, decoding and collecting a 160 MB file), this
 * file about 60 KB. VS Code restores its last window the same way, from state it kept at close.
 */
export const FIRST_PAGES_FILE = 'first-pages.json'

/**
 * Cards kept per column: a 1080 px window asks for 7 (electron/web/board-start.ts), one twice as tall
 * for 14; a taller one asks for more than is kept and waits for the interviews as before.
 */
export const FIRST_PAGES_LIMIT = 16

/** A column's first cards, as listStagePage answers them. */
export interface StagePage {
  interviews: Interview[]
  more: boolean
}

export type FirstPages = Record<StageId, StagePage>

interface FirstPagesFile {
  /** The app that wrote it: another version may shape its interviews differently, so it starts as before. */
  version: string
  /** What names the interviews the pages were taken from (interviewsOnDisk). */
  takenFrom: string
  pages: FirstPages
}

/**
 * What names the interviews on disk, read without reading them: the snapshot's sealed head (its schema
 * version, seq and checksum) and the journal's length. Under one snapshot the journal only grows, one
 * acknowledged line per change (a torn line a kill left makes it longer, and it is cut at start), so
 * the same head and length mean the same interviews. Undefined when there is no sealed snapshot.
 */
export async function interviewsOnDisk(dataDir: string, fs: FileSystem): Promise<string | undefined> {
  const paths = storePaths(dataDir)
  let head: string | undefined
  try {
    const handle = await fs.open(paths.snapshot, 'r')
    try {
      head = await readSealedHead(handle)
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (isMissingFile(error)) return undefined
    throw error
  }
  if (head === undefined) return undefined
  const journal = await fs.stat(paths.journal).then(
    (stat) => stat.size,
    (error: unknown) => {
      if (isMissingFile(error)) return 0
      throw error
    },
  )
  return `${head}${journal}`
}

/**
 * The first pages kept at the last change, when they are of the interviews on disk now and were written
 * by this version; undefined otherwise (the host then answers once it has read the interviews).
 */
export async function readFirstPages(
  dataDir: string,
  version: string,
  fs: FileSystem,
): Promise<FirstPages | undefined> {
  try {
    const [text, interviews] = await Promise.all([
      fs.readFile(join(dataDir, FIRST_PAGES_FILE), 'utf8'),
      interviewsOnDisk(dataDir, fs),
    ])
    const kept = JSON.parse(text) as Partial<FirstPagesFile>
    if (interviews === undefined || kept.version !== version || kept.takenFrom !== interviews) return undefined
    return STAGE_IDS.every((stage) => Array.isArray(kept.pages?.[stage]?.interviews)) ? kept.pages : undefined
  } catch {
    // Missing, cut short or unreadable: the interviews are read as they would be without it.
    return undefined
  }
}

/** The answer to a first-page call from kept pages, or undefined when they cannot give it. */
export function keptPage(
  pages: FirstPages,
  input: { stage: StageId; after?: unknown; limit: number },
): StagePage | undefined {
  if (input.after !== undefined || input.limit > FIRST_PAGES_LIMIT) return undefined
  const page = pages[input.stage]
  return { interviews: page.interviews.slice(0, input.limit), more: page.more || page.interviews.length > input.limit }
}

export interface FirstPagesKeeperOptions {
  dataDir: string
  version: string
  fs: FileSystem
  /** Runs `task` between changes, so the pages and the name of the interviews on disk agree. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>
  /** Every column's first cards now (a column with none may be missing). */
  pages(limit: number): Map<StageId, StagePage>
  /** True while the disk does not hold what memory holds (changes held, a compaction under way). */
  unsettled(): boolean
}

/** How long after a change the pages are written: a burst of changes writes them once. */
const WRITE_AFTER_MS = 1_000

/**
 * Keeps first-pages.json up to date: written a second after the last change, and at close, when the
 * disk holds what memory does. A kill before it is written leaves the old file, whose name of the
 * interviews no longer matches, so the next start reads the interviews as before.
 */
export class FirstPagesKeeper {
  private timer: NodeJS.Timeout | undefined
  private stale = false
  private closed = false

  constructor(private readonly options: FirstPagesKeeperOptions) {}

  /** The interviews changed, or were compacted: the pages are written once things are quiet. */
  changed(): void {
    this.stale = true
    this.writeLater()
  }

  /** At start: rewritten if the kept pages are not of the interviews on disk (or missing). */
  async checkAtStart(): Promise<void> {
    const { dataDir, version, fs } = this.options
    if (!(await readFirstPages(dataDir, version, fs))) this.changed()
  }

  /** At close, in the host's queue after its last change: writes what is pending, and nothing after. */
  async closeInQueue(): Promise<void> {
    clearTimeout(this.timer)
    this.closed = true
    await this.writeInQueue()
  }

  private writeLater(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      if (this.closed) return
      void this.options.exclusive(() => this.writeInQueue()).catch(() => undefined)
    }, WRITE_AFTER_MS)
    this.timer.unref()
  }

  /**
   * Taken and written between two changes, so the pages and the name of the interviews agree; tried
   * again later while the disk has not caught up with memory.
   */
  private async writeInQueue(): Promise<void> {
    const { dataDir, version, fs, unsettled } = this.options
    if (!this.stale) return
    if (unsettled()) {
      if (!this.closed) this.writeLater()
      return
    }
    const takenFrom = await interviewsOnDisk(dataDir, fs).catch(() => undefined)
    if (takenFrom === undefined) return
    this.stale = false
    const now = this.options.pages(FIRST_PAGES_LIMIT)
    const empty: StagePage = { interviews: [], more: false }
    const pages = Object.fromEntries(STAGE_IDS.map((stage) => [stage, now.get(stage) ?? empty])) as FirstPages
    const kept: FirstPagesFile = { version, takenFrom, pages }
    // Best effort: without the file the next start reads the interviews first, as it did before.
    await writeFileDurable(join(dataDir, FIRST_PAGES_FILE), JSON.stringify(kept), { fs, sync: false }).catch(
      () => undefined,
    )
  }
}
