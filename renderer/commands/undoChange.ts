import { undoLastChange } from '../interview/undoLastChange'
import type { Command } from './command'

export const undoChange: Command = {
  id: 'edit.undoChange',
  category: 'Edit',
  title: 'Undo last change to an interview',
  run: async (ctx) => {
    await undoLastChange(ctx)
  },
}
