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

/** The arguments FileHandle.write takes for a buffer or a string, as one buffer slice. */
function sliceOf(args: unknown[]): { bytes: Buffer; position: number | null } {
  const [data, second, third, fourth] = args
  if (typeof data === 'string') {
    return {
      bytes: Buffer.from(data, (typeof third === 'string' ? third : 'utf8') as BufferEncoding),
      position: (second as number | null) ?? null,
    }
  }
  const buffer = Buffer.from(data as Uint8Array)
  const offset = typeof second === 'number' ? second : 0
  const length = typeof third === 'number' ? third : buffer.length - offset
  return { bytes: buffer.subarray(offset, offset + length), position: (fourth as number | null | undefined) ?? null }
}

/**
 * Real files on a disk with `room` bytes left (undefined: as much as the real disk has), behaving as
 * a nearly full disk does: a write takes what fits and returns the short count, and only the next
 * write, with nothing left, fails with ENOSPC. `maxPerWrite` makes every write short (a pipe, a
 * network disk) without any failing. `shortWrites` and `refusals` count what happened.
 */
export function fillingFileSystem(
  options: { room?: number; maxPerWrite?: number; only?: (path: string) => boolean } = {},
): FileSystem & { room: number | undefined; shortWrites: number; refusals: number } {
  const wrapper = { ...fsp, room: options.room, shortWrites: 0, refusals: 0 } as FileSystem & {
    room: number | undefined
    shortWrites: number
    refusals: number
  }
  wrapper.open = (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args)
    if (options.only && !options.only(String(args[0]))) return handle
    const write = handle.write.bind(handle) as (...args: unknown[]) => Promise<{ bytesWritten: number }>
    return Object.assign(handle, {
      write: async (...writeArgs: unknown[]) => {
        const { bytes, position } = sliceOf(writeArgs)
        const limit = Math.min(wrapper.room ?? Infinity, options.maxPerWrite ?? Infinity)
        if (bytes.length > 0 && limit <= 0) {
          wrapper.refusals++
          throw failure('ENOSPC', 'write')
        }
        const taken = bytes.subarray(0, Math.min(bytes.length, limit))
        const result = await write(taken, 0, taken.length, position)
        if (taken.length < bytes.length) wrapper.shortWrites++
        if (wrapper.room !== undefined) wrapper.room -= result.bytesWritten
        return { ...result, buffer: writeArgs[0] }
      },
    })
  }) as typeof fsp.open
  return wrapper
}
