import * as fsp from 'node:fs/promises'
import type { FileSystem } from '../../electron/host/storage/durable-file'

/** What a file handle does that writes: while failing, these fail too, on handles opened before as well. */
const HANDLE_WRITES = ['write', 'writeFile', 'truncate', 'sync', 'datasync'] as const

function failure(code: string, operation: string): Error {
  return Object.assign(new Error(`${code}: simulated failure, ${operation}`), { code })
}

/**
 * Real file operations, except that the ones named fail with `code` while `failing` is true. With
 * 'open' among them, writes through handles fail as well, as on a disk that fills up or turns read-only.
 */
export function failingFileSystem(
  code: string,
  operations: Array<keyof FileSystem> = ['open', 'rename'],
): FileSystem & { failing: boolean } {
  const wrapper = { ...fsp, failing: false } as FileSystem & { failing: boolean }
  for (const name of operations) {
    const real = fsp[name] as (...args: unknown[]) => Promise<unknown>
    Object.assign(wrapper, {
      [name]: (...args: unknown[]) => (wrapper.failing ? Promise.reject(failure(code, name)) : real(...args)),
    })
  }
  if (operations.includes('open')) {
    const open = wrapper.open
    wrapper.open = (async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args)
      for (const method of HANDLE_WRITES) {
        const real = handle[method].bind(handle) as (...args: unknown[]) => Promise<unknown>
        Object.assign(handle, {
          [method]: (...args: unknown[]) => (wrapper.failing ? Promise.reject(failure(code, method)) : real(...args)),
        })
      }
      return handle
    }) as typeof fsp.open
  }
  return wrapper
}
