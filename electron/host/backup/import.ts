import { printParseErrorCode, visit } from 'jsonc-parser'
import { z } from 'zod'
import { MAX_NOTES_LENGTH } from '../../../shared/api/contract'
import { ApiError } from '../../../shared/api/errors'
import { idSchema } from '../../../shared/domain/fields'
import { INTERVIEWS_SCHEMA_VERSION, interviewSchema, type Interview } from '../../../shared/domain/interview'
import { cannotImport, faultRefusal, notJsonRefusal, shapeRefusal } from './import-refusals'

/** What an export file must hold to be imported: the same shape exportJson writes. */
const importFileSchema = z
  .strictObject({
    // Any other version is refused, in words, before this (shapeRefusal).
    schemaVersion: z.literal(INTERVIEWS_SCHEMA_VERSION),
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
  return new ApiError({ code: 'invalid-input', message })
}

/** What each of jsonc-parser's syntax errors means, in the words of the import message. */
const SYNTAX_ERRORS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'there is more after the end of the data',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'comments are not allowed',
  UnexpectedEndOfString: 'a string is not closed on its line',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed \\ escape',
  InvalidCharacter: 'a control character inside a string',
}

/**
 * Where and why `text` is not JSON. JSON.parse says where only on some Node versions and for some
 * errors (Node 20: never for "Unexpected token"), so the first error is found again with
 * jsonc-parser, in strict JSON mode, which reports every one with its line and column.
 */
function syntaxError(text: string, parseError: unknown): string {
  let found: { line: number; column: number; what: string } | undefined
  visit(
    text,
    {
      onError: (code, offset, _length, line, character) => {
        const what = offset >= text.length ? 'it ends too early' : SYNTAX_ERRORS[printParseErrorCode(code)]
        found ??= { line: line + 1, column: character + 1, what: what ?? 'not JSON' }
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  )
  if (found) return `it is not valid JSON at line ${found.line}, column ${found.column} (${found.what})`
  // What JSON.parse refuses and jsonc-parser takes (a byte order mark, a lone surrogate): its own words.
  const reason = parseError instanceof Error ? parseError.message : String(parseError)
  const position = /at position (\d+)/.exec(reason)
  const { line, column } = lineAndColumn(text, position ? Number(position[1]) : 0)
  return `it is not valid JSON at line ${line}, column ${column} (${reason.replace(/\s*(?:in JSON )?at position \d+.*$/, '')})`
}

/** Keys that name an object's prototype machinery: in an import they are an attack, never data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** The path of the first forbidden key in `value`, walked without recursion so no nesting depth can overflow the stack. */
function forbiddenKeyPath(value: unknown): PropertyKey[] | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }]
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push({ value: item, path: [...path, index] }))
      continue
    }
    for (const [key, child] of Object.entries(current)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key]
      stack.push({ value: child, path: [...path, key] })
    }
  }
  return undefined
}

/** Parses and validates an export file; a malformed one is refused with where it went wrong. */
export function parseImport(text: string): ImportedData {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw refuse(notJsonRefusal(text) ?? cannotImport(syntaxError(text, error)))
  }
  const forbidden = forbiddenKeyPath(raw)
  if (forbidden) {
    const key = String(forbidden.at(-1))
    throw refuse(cannotImport(`it has a key named "${key}" at ${jsonPath(forbidden)}, which an export never holds`))
  }
  const notAnExport = shapeRefusal(raw)
  if (notAnExport) throw refuse(notAnExport)
  const parsed = importFileSchema.safeParse(raw)
  if (!parsed.success) {
    const [issue] = parsed.error.issues
    throw refuse(faultRefusal(raw, issue, jsonPath(issue?.path ?? [])))
  }
  return { interviews: parsed.data.interviews, notes: new Map(Object.entries(parsed.data.notes)) }
}
