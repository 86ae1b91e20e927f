import { describe, expect, it } from 'vitest'
import { formatKeybinding } from './keyLabel'

describe('formatKeybinding', () => {
  it('writes keys as VS Code does on Windows and Linux', () => {
    expect(formatKeybinding('Alt+ArrowRight', false)).toBe('Alt+→')
    expect(formatKeybinding('Alt+ArrowUp', false)).toBe('Alt+↑')
    expect(formatKeybinding('$mod+Shift+KeyP', false)).toBe('Ctrl+Shift+P')
    expect(formatKeybinding('$mod+,', false)).toBe('Ctrl+,')
    expect(formatKeybinding('$mod+KeyS', false)).toBe('Ctrl+S')
    expect(formatKeybinding('Alt+KeyN', false)).toBe('Alt+N')
  })

  it('writes modifier symbols in macOS order, with no separators', () => {
    expect(formatKeybinding('$mod+Shift+KeyP', true)).toBe('⇧⌘P')
    expect(formatKeybinding('Alt+ArrowLeft', true)).toBe('⌥←')
    expect(formatKeybinding('$mod+,', true)).toBe('⌘,')
  })
})
