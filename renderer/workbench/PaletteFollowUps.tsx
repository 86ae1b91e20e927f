import { Command as CommandMenu, useCommandState } from 'cmdk'
import { askedIfDoneTitle } from '../format/dueLabel'
import { todayRowKey, todayRows, type TodayRow } from '../today/todayGroups'
import { useFollowUps } from '../today/useFollowUps'

/** What a row is called in the palette: its follow-up, or for an interview entered late, its question. */
function rowTitle(row: TodayRow): string {
  return row.askedIfDone ? askedIfDoneTitle(row.askedIfDone.length) : row.item.task.title
}

/**
 * Today's follow-ups in the palette, under the commands, once something is typed: "thank" finds "Send a
 * thank-you email to Dana Reyes", "acme" every follow-up of Acme. No command is named for a thank-you or
 * a result, and the palette said "No matching commands" to both (a walkthrough). Each entry's value is
 * "<company>: <title>", so the palette ranks the company as it ranks a command's category.
 */
export function PaletteFollowUps({ onOpen }: { onOpen: (row: TodayRow) => void }) {
  const { list } = useFollowUps()
  const typed = useCommandState((state) => state.search.trim() !== '')
  if (!typed || !list) return null
  return (
    <CommandMenu.Group heading="Follow-ups due" className="palette-group">
      {todayRows(list).map((row) => (
        <CommandMenu.Item
          key={todayRowKey(row)}
          value={`${row.item.company}: ${rowTitle(row)}`}
          className="palette-item palette-follow-up"
          onSelect={() => onOpen(row)}
        >
          <span className="palette-follow-up-what">
            <span className="palette-follow-up-title">{rowTitle(row)}</span>
            <span className="palette-subject palette-follow-up-company" title={row.item.company}>
              {` ${row.item.company}`}
            </span>
          </span>
          <span className="palette-when" data-overdue={row.dueNow || undefined}>
            {row.when}
          </span>
        </CommandMenu.Item>
      ))}
    </CommandMenu.Group>
  )
}
