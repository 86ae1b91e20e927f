import type { Transport } from '../../shared/api/client'
import type { MethodName } from '../../shared/api/contract'
import type { ApiResult } from '../../shared/api/errors'
import type { DebriefBridge } from '../../shared/api/bridge'

/** The Electron transport: each call goes through the preload's bridge, which already answers with ApiResults. */
export function createIpcTransport(bridge: DebriefBridge): Transport {
  return {
    async call(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
      const invoke = bridge[method] as (input: unknown) => Promise<ApiResult<unknown>>
      try {
        return await invoke(input)
      } catch {
        // IPC itself failed (the main process is gone or restarting), not the host's handling.
        return {
          ok: false,
          error: { code: 'unavailable', message: "Lost the connection to Debrief's host. Restart Debrief." },
        }
      }
    },
    subscribe: (listener) => bridge.onEvent(listener),
  }
}
