import './board.css'
import { monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/element/adapter'
import { autoScrollForElements } from '@atlaskit/pragmatic-drag-and-drop-auto-scroll/element'
import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { STAGE_IDS, STAGES, type StageId } from '../../shared/domain/stages'
import { useServices, useStore } from '../services/services'
import { Icon } from '../ui/Icon'
import { BoardColumn } from './BoardColumn'
import { deleteCard, findCard, moveCard, moveCardStep, moveCardToStage, setCardArchived } from './boardActions'
import { BoardToolbar } from './BoardToolbar'
import { CardMenu, type CardMenuActions } from './CardMenu'
import { isCardDrag, isColumnDrop } from './dragData'
import { EmptyBoard } from './EmptyBoard'
import { isFiltering, type BoardFilter } from '../services/boardFilters'
import type { CardHandlers } from './InterviewCard'
import type { CardHeights } from './cardHeights'
import { useCancelledInterviews } from '../calendar/cancelledInterviews'
import { neighbourCard } from './navigation'
import { OffscreenColumns, type ColumnCount } from './OffscreenColumns'
import { dropPlacement, keyboardPlacement } from './placement'
import { useShownColumns } from './useShownColumns'

/** How often relative due times ("in 2 days", "today 17:00") are brought up to date. */
const CLOCK_TICK_MS = 15_000

/** The filter in words, for "No interview matches …". */
function describeFilter(filter: BoardFilter): string {
  const query = filter.query.trim()
  if (!query) return 'that needs action today'
  return filter.needsAction ? `“${query}” that needs action today` : `“${query}”`
}

/** The workbench commands the board's buttons run: the board sits below the command registry, which runs them. */
export interface BoardCommands {
  newInterview(): void
  loadSamples(): void
  removeSamples(): void
  showCalendar(): void
  manageCalendars(): void
  importData(): void
}

/** The kanban board: one column per follow-up stage, in the workflow's order, and the archive when shown. */
export function Board({ commands }: { commands: BoardCommands }) {
  const services = useServices()
  const { board, data, workbench } = services
  const { interviews, archived, status } = useStore(data)
  const { showArchived, focusId, focusSeq, selectedId, menu, announcement, now, filter, compact } = useStore(board)
  const { sampleIds } = useStore(data)
  const samples = useMemo(() => new Set(sampleIds), [sampleIds])
  const cancelled = useCancelledInterviews()
  const view = board.view()
  const columnsRef = useRef<HTMLDivElement>(null)
  const [draggingId, setDraggingId] = useState<string | null>(null)
  const [cardHeights] = useState<CardHeights>(() => new Map())
  const shownColumns = useShownColumns(board, columnsRef, status === 'ready')

  const handlers = useMemo<CardHandlers>(
    () => ({
      open: (id, options) => workbench.openInterview(id, options),
      select: (id) => board.select(id),
      focusNeighbour: (card, move) => {
        const target = neighbourCard(board.view(), board.state.showArchived, card, move)
        if (target) board.requestFocus(target.id)
      },
      openMenu: (id, x, y) => board.openMenu({ id, x, y }),
      dragging: setDraggingId,
    }),
    [board, workbench],
  )

  // "Show archived" brings the archive, the last column, into view: off screen it would seem to do nothing.
  const archivedShown = useRef(showArchived)
  useEffect(() => {
    if (showArchived && !archivedShown.current) {
      columnsRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest', inline: 'end', behavior: 'smooth' })
    }
    archivedShown.current = showArchived
  }, [showArchived, archived])

  useEffect(() => {
    const timer = setInterval(() => board.tick(), CLOCK_TICK_MS)
    return () => clearInterval(timer)
  }, [board])

  useEffect(() => {
    const element = columnsRef.current
    const stopScroll = element
      ? autoScrollForElements({ element, canScroll: ({ source }) => isCardDrag(source.data) })
      : () => {}
    const stopMonitor = monitorForElements({
      canMonitor: ({ source }) => isCardDrag(source.data),
      // The dropped card keeps the keyboard, so the next key acts on it (before, focus fell to the tab).
      onDrop: ({ source, location }) => {
        const target = location.current.dropTargets[0]
        const card = isCardDrag(source.data) ? data.interviewById(source.data.id) : undefined
        if (!target || !card) return
        if (isColumnDrop(target.data)) {
          const column = target.data.column
          if (column === 'archived') void setCardArchived(services, card.id, true)
          else void moveCard(services, card, { stage: column }, { focus: true })
        } else if (isCardDrag(target.data) && target.data.id !== card.id) {
          const edge = extractClosestEdge(target.data)
          if (edge !== 'top' && edge !== 'bottom') return
          const stage = target.data.stage
          const placement = dropPlacement(stage, board.fullIn(stage), card.id, { id: target.data.id, edge })
          void moveCard(services, card, placement, { focus: true })
        }
      },
    })
    return () => {
      stopScroll()
      stopMonitor()
    }
  }, [services, board, data, status])

  const menuCard = menu ? findCard(services, menu.id) : undefined
  const columnHolding = (id: string | null) => {
    const card = id ? findCard(services, id) : undefined
    return card ? (card.archived ? 'archived' : card.stage) : null
  }
  // Only the column holding the card asked for is told, so a focus request renders that column alone;
  // likewise the selection (the card the palette's card commands act on, shown while focus is elsewhere)
  // and the card being dragged (a drop rendered all eight columns again: board.move.drop.10k).
  const focusColumn = columnHolding(focusId)
  const focusIn = (column: string) => (column === focusColumn ? focusId : null)
  const selectedColumn = columnHolding(selectedId)
  const selectedIn = (column: string) => (column === selectedColumn ? selectedId : null)
  // The board is one Tab stop, as VS Code's lists are (a Tab stop per card made the keyboard cross every
  // card shown to get past the board), and the arrow keys move between its cards: the selected card if
  // it is shown, else the first card.
  const shownIn = (column: StageId | 'archived') =>
    column === 'archived' ? view.archived : (view.visible.get(column) ?? [])
  const selectedShown = selectedColumn !== null && shownIn(selectedColumn).some((card) => card.id === selectedId)
  const columnIds: Array<StageId | 'archived'> = [...STAGE_IDS, ...(showArchived ? (['archived'] as const) : [])]
  const firstColumn = columnIds.find((column) => shownIn(column).length > 0)
  const tabStopIn = (column: StageId | 'archived') => {
    if (selectedShown) return column === selectedColumn ? 'selected' : null
    return column === firstColumn ? 'first' : null
  }
  const draggingColumn = columnHolding(draggingId)
  const draggingIn = (column: string) => (column === draggingColumn ? draggingId : null)
  const menuActions = useMemo<CardMenuActions | null>(() => {
    if (!menuCard) return null
    const current = () => data.interviewById(menuCard.id)
    return {
      open: () => workbench.openInterview(menuCard.id),
      moveTo: (stage) => {
        const card = current()
        if (card) void moveCardToStage(services, card, stage)
      },
      moveStep: (direction) => {
        const card = current()
        if (card) void moveCardStep(services, card, direction)
      },
      canMoveStep: (direction) => {
        const card = current()
        return (
          !!card &&
          keyboardPlacement(
            card,
            (stage) => board.visibleIn(stage),
            (stage) => board.fullIn(stage),
            direction,
          ) !== null
        )
      },
      setArchived: (value) => void setCardArchived(services, menuCard.id, value),
      remove: () => void deleteCard(services, menuCard.id),
    }
  }, [menuCard, data, services, workbench, board])

  const addInterview = useCallback(() => commands.newInterview(), [commands])
  const removeSamples = useCallback(() => commands.removeSamples(), [commands])
  const filtering = isFiltering(filter)
  // The filter box goes away with the message's button, so focus goes to the box, never to the page body.
  const clearFilter = () => {
    board.clearFilter()
    document.querySelector<HTMLElement>('.board-filter input')?.focus()
  }
  const liveRegion = (
    <div className="visually-hidden" role="status" aria-label="Board announcements">
      {announcement}
    </div>
  )

  if (status === 'loading') return <p className="board-message">Loading interviews…</p>
  if (status === 'failed') return <p className="board-message">Debrief could not load your interviews.</p>
  if (interviews.length === 0 && !archived?.length && !filter.query && !filter.needsAction) {
    return (
      <>
        <EmptyBoard
          onNewInterview={addInterview}
          onLoadSamples={() => commands.loadSamples()}
          onShowCalendar={() => commands.showCalendar()}
          onManageCalendars={() => commands.manageCalendars()}
          onImport={() => commands.importData()}
        />
        {liveRegion}
      </>
    )
  }

  const columnCounts: ColumnCount[] = STAGES.map((stage) => ({
    label: stage.label,
    count: view.visible.get(stage.id)?.length ?? 0,
  }))
  if (showArchived) columnCounts.push({ label: 'Archived', count: view.archived.length })

  return (
    <div className="board" data-density={compact ? 'compact' : 'comfortable'}>
      <BoardToolbar
        shownCount={view.shownCount}
        total={interviews.length}
        onNewInterview={addInterview}
        onRemoveSamples={removeSamples}
      />
      {filtering && view.shownCount === 0 && (
        <div className="board-no-match" role="status">
          <Icon name="search-stop" />
          <span>No interview matches {describeFilter(filter)}.</span>
          <button type="button" className="button button-secondary" onClick={clearFilter}>
            Clear filter
          </button>
        </div>
      )}
      <div ref={columnsRef} className="board-columns">
        {STAGES.map((stage, index) => (
          <BoardColumn
            key={stage.id}
            column={stage.id}
            showCards={index < shownColumns}
            opening={shownColumns !== Infinity}
            label={stage.label}
            kind={stage.kind}
            interviews={view.visible.get(stage.id) ?? []}
            total={view.full.get(stage.id)?.length ?? 0}
            sampleIds={samples}
            cancelledIds={cancelled}
            filtering={filtering}
            now={now}
            handlers={handlers}
            cardHeights={cardHeights}
            draggingId={draggingIn(stage.id)}
            focusId={focusIn(stage.id)}
            selectedId={selectedIn(stage.id)}
            tabStop={tabStopIn(stage.id)}
            focusSeq={focusIn(stage.id) ? focusSeq : 0}
            focusPending={board.focusPending}
            onFocused={board.focusDone}
          />
        ))}
        {showArchived && (
          <BoardColumn
            column="archived"
            showCards
            opening={false}
            label="Archived"
            kind="archive"
            interviews={view.archived}
            total={archived?.length ?? 0}
            sampleIds={samples}
            cancelledIds={cancelled}
            filtering={filtering}
            now={now}
            handlers={handlers}
            cardHeights={cardHeights}
            draggingId={draggingIn('archived')}
            focusId={focusIn('archived')}
            selectedId={selectedIn('archived')}
            tabStop={tabStopIn('archived')}
            focusSeq={focusIn('archived') ? focusSeq : 0}
            focusPending={board.focusPending}
            onFocused={board.focusDone}
          />
        )}
      </div>
      <OffscreenColumns rootRef={columnsRef} columns={columnCounts} />
      {liveRegion}
      {menu && menuCard && menuActions && (
        <CardMenu card={menuCard} x={menu.x} y={menu.y} actions={menuActions} onClose={() => board.closeMenu()} />
      )}
    </div>
  )
}
