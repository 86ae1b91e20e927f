import type { Notice } from '../../shared/api/contract'
import { useServices, useStore } from './services'

/**
 * How many changes the host keeps in memory because the disk refused them, from its notices. While
 * there are any, nothing may say "saved": the editor has handed its text over, but the disk does not have it.
 */
export function heldChangesOf(notices: readonly Notice[]): number {
  return notices.reduce((sum, notice) => sum + (notice.unsavedChanges ?? 0), 0)
}

export function useHeldChanges(): number {
  return heldChangesOf(useStore(useServices().data).notices)
}

/** "1 change" / "3 changes", for the save states. */
export function heldChangesLabel(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`
}
