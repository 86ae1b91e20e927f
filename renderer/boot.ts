import { createClient } from '../shared/api/client'
import { DataStore } from './services/dataStore'
import { preloadedFirstPages } from './transport/boardStart'
import { selectTransport } from './transport/selectTransport'

/**
 * The host's client and the window's data, set loading before the rest of the UI's code is evaluated:
 * main.tsx imports this module first. In the browser the board's first cards were asked for by the
 * HTML itself (preloadedFirstPages), in the desktop app they are asked for here, over IPC.
 */
export const client = createClient(selectTransport())
export const data = new DataStore(client)
data.start(preloadedFirstPages())
