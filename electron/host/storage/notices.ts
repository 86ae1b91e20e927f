import { randomUUID } from 'node:crypto'
import { existsSync, renameSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Notice } from '../../../shared/api/contract'
import { nodeFileSystem, syncFolder, syncFolderSync, type FileSystem } from './durable-file'

/** What the user is told, and how damaged files are moved out of the way (never deleted) before telling them. */

export function createNotice(level: Notice['level'], message: string, at: Date): Notice {
  return { id: randomUUID(), level, message, at: at.toISOString() }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** YYYYMMDD-HHmmss in local time: the suffix of a file set aside, readable in a file manager. */
export function fileTimestamp(date: Date): string {
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  )
}

function asideCandidates(path: string, at: Date): string[] {
  const base = `${path}.corrupt-${fileTimestamp(at)}`
  return [base, ...Array.from({ length: 99 }, (_, index) => `${base}-${index + 2}`)]
}

async function exists(fs: FileSystem, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  )
}

/** Moves a damaged file out of the way, never over an earlier one, and returns where it went. */
export async function setAside(path: string, at: Date, fs: FileSystem = nodeFileSystem): Promise<string> {
  for (const candidate of asideCandidates(path, at)) {
    if (await exists(fs, candidate)) continue
    await fs.rename(path, candidate)
    await syncFolder(dirname(path), fs)
    return candidate
  }
  throw new Error(`Could not find a free name to set ${path} aside`)
}

export function setAsideSync(path: string, at: Date): string {
  const target = asideCandidates(path, at).find((candidate) => !existsSync(candidate))
  if (!target) throw new Error(`Could not find a free name to set ${path} aside`)
  renameSync(path, target)
  syncFolderSync(dirname(path))
  return target
}
