import type { Command } from '../command'

export const toggleArchived: Command = {
  id: 'board.toggleArchived',
  category: 'Board',
  title: 'Show or hide archived interviews',
  run: ({ board, workbench }) => {
    workbench.showBoard()
    return board.setShowArchived(!board.state.showArchived)
  },
}

export const toggleNeedsAction: Command = {
  id: 'board.toggleNeedsAction',
  category: 'Board',
  title: 'Show only interviews that need action today',
  run: ({ board, workbench }) => {
    workbench.showBoard()
    board.setNeedsAction(!board.state.filter.needsAction)
  },
}

export const toggleCompact: Command = {
  id: 'board.toggleCompact',
  category: 'View',
  title: 'Toggle compact board',
  run: ({ board, workbench }) => {
    workbench.showBoard()
    void board.setCompact(!board.state.compact)
  },
}
