/** Errors as they cross a door: plain data, so IPC and HTTP carry them the same way. */
export const API_ERROR_CODES = ['invalid-input', 'not-found', 'conflict', 'unavailable', 'storage', 'internal'] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

export interface FieldIssue {
  /** Dotted path of the field, e.g. `fields.interviewers.0.email`. */
  path: string
  message: string
}

export interface ApiErrorData {
  code: ApiErrorCode
  message: string
  issues?: FieldIssue[]
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData }

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly issues: FieldIssue[]

  constructor(data: ApiErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.issues = data.issues ?? []
  }

  toData(): ApiErrorData {
    return { code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) }
  }
}

const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
  storage: 507,
  internal: 500,
}

export function httpStatusOf(code: ApiErrorCode): number {
  return HTTP_STATUS[code]
}
