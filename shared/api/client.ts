import { ApiError, type ApiResult } from './errors'
import type { Api, HostEvent, MethodName } from './contract'

/** How a client reaches the host: IPC in Electron, HTTP in the browser. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<ApiResult<unknown>>
  subscribe(listener: (event: HostEvent) => void): () => void
}

export interface Client extends Api {
  onEvent(listener: (event: HostEvent) => void): () => void
}

/**
 * The one typed client of the contract; each method unwraps the host's result or throws ApiError.
 * Methods are made on first use from their name, so the client imports only the contract's types: the
 * contract's values would load zod and build every schema before the renderer's first paint, and the
 * host checks each name and input at its door anyway. `then` is no method, so a client is never
 * mistaken for a promise.
 */
export function createClient(transport: Transport): Client {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>()
  const onEvent = (listener: (event: HostEvent) => void) => transport.subscribe(listener)
  return new Proxy({} as Client, {
    get(_target, name) {
      if (name === 'onEvent') return onEvent
      if (typeof name !== 'string' || name === 'then') return undefined
      let call = methods.get(name)
      if (!call) {
        call = async (input: unknown) => {
          const result = await transport.call(name as MethodName, input ?? {})
          if (!result.ok) throw new ApiError(result.error)
          return result.value
        }
        methods.set(name, call)
      }
      return call
    },
  })
}
