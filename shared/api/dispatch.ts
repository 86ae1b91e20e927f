import type { z } from 'zod'
import { contract, METHOD_NAMES, type ApiImplementation, type MethodName } from './contract'
import { ApiError, type ApiResult, type FieldIssue } from './errors'

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name)
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}

/** Turns validation issues into one line a user can act on, naming the field. */
export function describeIssues(issues: FieldIssue[]): string {
  const [first, ...rest] = issues
  if (!first) return 'Invalid input'
  const head = first.path ? `${first.path}: ${first.message}` : first.message
  return rest.length ? `${head} (and ${rest.length} more)` : head
}

/**
 * The door every call passes through, in both the Electron and the browser app: the method must
 * exist, the input must match its schema, and every failure comes back as data, never a throw.
 */
export async function dispatch(
  implementation: ApiImplementation,
  method: string,
  rawInput: unknown,
  /** Where a failure that is not the caller's fault is logged (shared code has no console of its own). */
  logFailure: (message: string, error: unknown) => void,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'not-found', message: `Unknown method: ${method.slice(0, 100)}` } }
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const issues = issuesOf(parsed.error)
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(issues), issues } }
  }
  try {
    const run = implementation[method] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await run(parsed.data) }
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toData() }
    logFailure(`[debrief] ${method} failed:`, error)
    return {
      ok: false,
      error: { code: 'internal', message: `Debrief could not complete ${method}; the log has the details.` },
    }
  }
}
