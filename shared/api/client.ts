import { ApiError, type ApiResult } from './errors'
import { METHOD_NAMES, type Api, type HostEvent, type MethodName } from './contract'

/** How a client reaches the host: IPC in Electron, HTTP in the browser. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<ApiResult<unknown>>
  subscribe(listener: (event: HostEvent) => void): () => void
}

export interface Client extends Api {
  onEvent(listener: (event: HostEvent) => void): () => void
}

/** The one typed client of the contract; each method unwraps the host's result or throws ApiError. */
export function createClient(transport: Transport): Client {
  const methods = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (input: unknown) => {
        const result = await transport.call(method, input ?? {})
        if (!result.ok) throw new ApiError(result.error)
        return result.value
      },
    ]),
  ) as unknown as Api
  return { ...methods, onEvent: (listener) => transport.subscribe(listener) }
}
