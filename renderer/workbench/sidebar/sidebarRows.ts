import type { Interview } from '../../../shared/domain/interview'
import { STAGES, type StageId } from '../../../shared/domain/stages'

/** A long stage lists its first entries until asked for all, so its list stays short to read. */
export const SHOWN_AT_FIRST = 50

/** Every row of the list is one line this tall (sidebar.css), so rows are placed without measuring. */
export const ROW_HEIGHT = 24
/** The space after a stage's last entry. */
export const GROUP_GAP = 4

interface RowBase {
  /** Stable across changes, so the list keeps a row's element (and its focus) while others move. */
  key: string
  stage: StageId
  /** Height in px, the gap after a stage's last entry included. */
  size: number
}

/** A stage's heading, which folds its entries away. */
export interface StageRow extends RowBase {
  kind: 'stage'
  label: string
  count: number
  expanded: boolean
}

/** An entry of a stage's list, or the button that shows the rest: `position` of `setSize` in that list. */
export interface EntryRow extends RowBase {
  kind: 'interview' | 'more'
  position: number
  setSize: number
}

export interface InterviewRow extends EntryRow {
  kind: 'interview'
  interview: Interview
}

export interface MoreRow extends EntryRow {
  kind: 'more'
  /** How many the stage holds, all of which the button shows. */
  count: number
}

export type SidebarRow = StageRow | InterviewRow | MoreRow

/**
 * The side bar's list as the rows it draws, in stage order: each stage's heading, then (unless folded)
 * its first entries, or all of them once asked, and the button that shows the rest.
 */
export function sidebarRows(
  groups: ReadonlyMap<StageId, readonly Interview[]>,
  folded: ReadonlySet<StageId>,
  showingAll: ReadonlySet<StageId>,
): SidebarRow[] {
  const rows: SidebarRow[] = []
  for (const { id: stage, label } of STAGES) {
    const members = groups.get(stage)
    if (!members) continue
    const expanded = !folded.has(stage)
    rows.push({ kind: 'stage', key: `stage:${stage}`, stage, size: ROW_HEIGHT, label, count: members.length, expanded })
    if (!expanded) continue
    const shown = showingAll.has(stage) ? members.length : Math.min(members.length, SHOWN_AT_FIRST)
    const more = shown < members.length
    const setSize = shown + (more ? 1 : 0)
    for (let index = 0; index < shown; index++) {
      const interview = members[index]!
      const last = index === setSize - 1
      rows.push({
        kind: 'interview',
        key: interview.id,
        stage,
        size: last ? ROW_HEIGHT + GROUP_GAP : ROW_HEIGHT,
        interview,
        position: index + 1,
        setSize,
      })
    }
    if (more) {
      const size = ROW_HEIGHT + GROUP_GAP
      rows.push({ kind: 'more', key: `more:${stage}`, stage, size, count: members.length, position: setSize, setSize })
    }
  }
  return rows
}
