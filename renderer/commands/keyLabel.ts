/** Keys as VS Code writes them in its menus and palette. */
const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backslash: '\\',
  Minus: '-',
  Equal: '=',
  Escape: 'Escape',
  Enter: 'Enter',
  Delete: 'Delete',
  Backspace: 'Backspace',
  Space: 'Space',
  Tab: 'Tab',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
}

function keyName(part: string): string {
  if (KEY_NAMES[part]) return KEY_NAMES[part]
  if (/^Key[A-Z]$/.test(part)) return part.slice(3)
  if (/^Digit\d$/.test(part)) return part.slice(5)
  // A character binding such as "$mod+," or a function key ("F6").
  return part.length === 1 ? part.toUpperCase() : part
}

/**
 * A tinykeys binding ("$mod+Shift+KeyP", "Alt+ArrowRight") as the user reads it: "Ctrl+Shift+P",
 * "Alt+→"; on macOS with the modifier symbols and no separators: "⇧⌘P", "⌥→".
 */
export function formatKeybinding(binding: string, mac: boolean): string {
  // "$mod+," splits into "$mod", "" and "": the empty parts are the "+" or "," key itself.
  const parts = binding.split('+')
  const keys = parts.flatMap((part, index) => {
    if (part !== '') return [part]
    return index === parts.length - 1 && parts[index - 1] === '' ? ['+'] : []
  })
  const modifiers = new Set(keys.slice(0, -1))
  const key = keyName(keys[keys.length - 1] ?? '')
  if (mac) {
    // macOS order: Control, Option, Shift, Command.
    const symbols = [
      modifiers.has('Control') ? '⌃' : '',
      modifiers.has('Alt') ? '⌥' : '',
      modifiers.has('Shift') ? '⇧' : '',
      modifiers.has('$mod') || modifiers.has('Meta') ? '⌘' : '',
    ]
    return `${symbols.join('')}${key}`
  }
  const names = [
    modifiers.has('$mod') || modifiers.has('Control') ? 'Ctrl' : '',
    modifiers.has('Shift') ? 'Shift' : '',
    modifiers.has('Alt') ? 'Alt' : '',
    modifiers.has('Meta') ? 'Win' : '',
  ].filter(Boolean)
  return [...names, key].join('+')
}

/** "$mod+Shift+KeyP" as the user reads it: "Ctrl+Shift+P", "Alt+→", or "⇧⌘P" on macOS. */
export function keybindingLabel(binding: string): string {
  return formatKeybinding(binding, /Mac|iPhone|iPad/.test(navigator.platform))
}
