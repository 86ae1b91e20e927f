import { outsideText, type Command } from '../command'
import { stepHistory } from '../../services/history'

export const undoChange: Command = {
  id: 'edit.undoChange',
  category: 'Edit',
  title: 'Undo last change to an interview',
  keybinding: '$mod+KeyZ',
  // In a text field Ctrl+Z undoes typing, as everywhere else.
  keybindingScope: outsideText,
  run: async (services) => void (await stepHistory(services, 'undo')),
}
