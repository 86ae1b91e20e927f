import { describe, expect, it } from 'vitest'
import { notesSaveItem } from './notesSaveItem'

describe('the status bar’s notes item', () => {
  it('says nothing of notes saved or saving: the save state beside it says so, once', () => {
    // "Notes saved" stood beside "All changes saved" (a walkthrough).
    expect(notesSaveItem('saved', 0)).toBeNull()
    expect(notesSaveItem('saving', 0)).toBeNull()
    expect(notesSaveItem('none', 0)).toBeNull()
  })

  it('speaks only while the notes need the user', () => {
    expect(notesSaveItem('failed', 0)?.text).toBe('Notes not saved')
    expect(notesSaveItem('conflict', 0)?.text).toBe('Notes conflict')
    expect(notesSaveItem('saved', 1)?.text).toBe('Notes not on disk yet')
  })
})
