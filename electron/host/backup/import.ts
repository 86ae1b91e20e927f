import { z } from 'zod'
import { MAX_NOTES_LENGTH } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import { idSchema } from '../../../shared/domain/fields'
import { INTERVIEWS_SCHEMA_VERSION, interviewSchema, type Interview } from '../../../shared/domain/interview'

/** What an export file must hold to be imported: the same shape exportJson writes. */
const importFileSchema = z
  .strictObject({
    schemaVersion: z.literal(INTERVIEWS_SCHEMA_VERSION, {
      message: `Must be ${INTERVIEWS_SCHEMA_VERSION}, the data version this Debrief reads`,
    }),
    interviews: z.array(interviewSchema),
    notes: z.record(idSchema, z.string().max(MAX_NOTES_LENGTH)).default({}),
  })
  .superRefine((file, context) => {
    const ids = new Set<string>()
    file.interviews.forEach((interview, index) => {
      if (ids.has(interview.id)) {
        context.addIssue({
          code: 'custom',
          path: ['interviews', index, 'id'],
          message: 'Another interview has this id',
        })
      }
      ids.add(interview.id)
    })
    for (const id of Object.keys(file.notes)) {
      if (!ids.has(id)) context.addIssue({ code: 'custom', path: ['notes', id], message: 'No interview has this id' })
    }
  })

export interface ImportedData {
  interviews: Interview[]
  notes: Map<string, string>
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: before.length - lineStart + 1 }
}

/** `interviews[3].company`, as a user would find it in the file. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

function refuse(message: string): ApiError {
  return new ApiError({
    code: 'invalid-input',
    message: `This file cannot be imported: ${message}. Nothing was changed.`,
  })
}

/** Parses and validates an export file; a malformed one is refused with where it went wrong. */
export function parseImport(text: string): ImportedData {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(reason)
    const { line, column } = lineAndColumn(text, position ? Number(position[1]) : text.length)
    const what = reason
      .replace(/\s*(?:in JSON )?at position \d+.*$/, '')
      .replace(/^Unexpected end of JSON input$/, 'it ends too early')
    throw refuse(`it is not valid JSON at line ${line}, column ${column} (${what})`)
  }
  const parsed = importFileSchema.safeParse(raw)
  if (!parsed.success) {
    const [issue] = parsed.error.issues
    const where = issue?.path.length ? ` at ${jsonPath(issue.path)}` : ''
    throw refuse(`${issue?.message ?? 'it does not match the export format'}${where}`)
  }
  return { interviews: parsed.data.interviews, notes: new Map(Object.entries(parsed.data.notes)) }
}
