/* global document, window */
// The benchmark's baseline board: react-trello over the same interviews, fetched as lanes from /data.json.
import React from 'react'
import ReactDOM from 'react-dom'
import * as trello from 'react-trello'

// react-trello is CommonJS with an ES `default`; bundlers differ on how deep that lands.
const Board = [trello.default?.default, trello.default, trello].find((value) => typeof value === 'function')

const root = document.getElementById('root')

fetch('/data.json')
  .then((response) => response.json())
  .then((data) => {
    let publish = null
    // The bench moves a card through react-trello's own event bus, as a finished drag does.
    window.moveCard = (cardId, fromLaneId, toLaneId) =>
      publish({ type: 'MOVE_CARD', fromLaneId, toLaneId, cardId, index: 0 })
    ReactDOM.render(
      React.createElement(Board, {
        data,
        draggable: true,
        eventBusHandle: (bus) => {
          publish = bus.publish
        },
        style: { height: '100vh' },
      }),
      root,
    )
  })
