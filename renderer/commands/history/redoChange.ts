import { outsideText, type Command } from '../command'
import { stepHistory } from '../../services/history'

export const redoChange: Command = {
  id: 'edit.redoChange',
  category: 'Edit',
  title: 'Redo last undone change to an interview',
  keybinding: '$mod+Shift+KeyZ',
  keybindingScope: outsideText,
  run: async (services) => void (await stepHistory(services, 'redo')),
}
