import { describe, expect, it } from 'vitest'
import { saveState } from './saveState'

const clean = { savingKeys: [], failedKeys: [], dirtyKeys: [] }

describe('the status bar’s save state', () => {
  it('counts the notes in: saving or not saved while notes are, never "All changes saved" beside them', () => {
    expect(saveState(clean, 'saving', 0).text).toBe('Saving…')
    expect(saveState(clean, 'failed', 0).text).toBe('Not saved')
    expect(saveState(clean, 'conflict', 0).text).toBe('Not saved')
    expect(saveState(clean, 'saved', 0).text).toBe('All changes saved')
    expect(saveState(clean, 'none', 0).text).toBe('All changes saved')
  })

  it('says a form saving, failed or edited first, then what the disk has not taken yet', () => {
    expect(saveState({ ...clean, savingKeys: ['a'], failedKeys: ['b'] }, 'saved', 0).text).toBe('Saving…')
    expect(saveState({ ...clean, failedKeys: ['b'], dirtyKeys: ['c'] }, 'saved', 0).text).toBe('Not saved')
    expect(saveState({ ...clean, dirtyKeys: ['c'] }, 'saved', 2).text).toBe('Unsaved changes')
    expect(saveState(clean, 'saved', 2).text).toMatch(/not on disk yet$/)
  })
})
