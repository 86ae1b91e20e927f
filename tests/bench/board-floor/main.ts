import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { CARD_GAP, CARD_HEIGHT } from '../../../renderer/ui/cardElement'

/**
 * The least a React page can do to show the board's first screen: the cards Debrief paints first at
 * 1,400 × 900 (five columns of seven), in the same markup and the app's own stylesheet, with no data to
 * fetch and nothing to work out. board-floor.ts measures its cold load beside Debrief's.
 */
const COLUMNS = ['Interviewed', 'Thanked', 'Letter sent', 'Awaiting result', 'Result inquired']
const CARDS_PER_COLUMN = 7
const CARD_STEP_PX = CARD_HEIGHT + CARD_GAP

function icon(name: string) {
  return h('span', { className: `codicon codicon-${name}`, 'aria-hidden': true })
}

function Card({ column, index }: { column: number; index: number }) {
  const company = `Acme ${column * CARDS_PER_COLUMN + index}`
  return h(
    'li',
    {
      className: 'card-slot',
      style: { transform: `translateY(${4 + index * CARD_STEP_PX}px)` },
      'aria-setsize': 2000,
      'aria-posinset': index + 1,
    },
    h(
      'div',
      {
        id: `card-${column}-${index}`,
        'data-card-id': `${column}-${index}`,
        role: 'button',
        tabIndex: column === 0 && index === 0 ? 0 : -1,
        className: 'card',
        'aria-label': `${company}, Backend engineer, Fri 4 Dec, 10:00, Send a thank-you email to Dana Reyes today 17:30, Round 1, Video, 8 to do`,
        draggable: true,
      },
      h('span', { className: 'card-company', title: company }, company),
      h('span', { className: 'card-role', title: 'Backend engineer' }, 'Backend engineer'),
      h('span', { className: 'card-when' }, icon('calendar'), h('span', null, 'Fri 4 Dec, 10:00')),
      h(
        'span',
        { className: 'card-follow-up', title: 'Next follow-up' },
        icon('bell'),
        h(
          'span',
          null,
          h('span', { className: 'card-follow-up-title' }, 'Send a thank-you email to Dana Reyes'),
          ' ',
          h('span', { className: 'card-due' }, 'today 17:30'),
        ),
      ),
      h(
        'span',
        { className: 'card-tags' },
        h('span', { className: 'tag' }, 'Round 1'),
        h('span', { className: 'tag' }, icon('device-camera-video'), 'Video'),
        h('span', { className: 'tag' }, icon('checklist'), '8 to do'),
      ),
    ),
  )
}

function Board() {
  return h(
    'div',
    { className: 'board', 'data-density': 'comfortable' },
    h(
      'div',
      { className: 'board-columns' },
      COLUMNS.map((label, column) =>
        h(
          'section',
          { key: label, className: 'board-column' },
          h('header', { className: 'board-column-header' }, h('h2', { className: 'board-column-title' }, label)),
          h(
            'div',
            { className: 'card-scroll' },
            h(
              'ul',
              { className: 'card-list', style: { height: 2000 * CARD_STEP_PX } },
              Array.from({ length: CARDS_PER_COLUMN }, (_, index) => h(Card, { key: index, column, index })),
            ),
          ),
        ),
      ),
    ),
  )
}

createRoot(document.getElementById('root')!).render(h(Board))
