import { createClient } from '../shared/api/client'
import { DataStore } from './services/dataStore'
import { selectTransport } from './transport/selectTransport'

/**
 * The host's client and the window's data, set loading before the rest of the UI's code is evaluated:
 * main.tsx imports this module first, so the board's first cards are on their way while React and the
 * workbench load.
 */
export const client = createClient(selectTransport())
export const data = new DataStore(client)
data.start()
