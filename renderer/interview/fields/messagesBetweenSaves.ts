import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form'

/** A leaf of react-hook-form's error tree: one field's message. */
function isFieldError(node: unknown): boolean {
  return typeof node === 'object' && node !== null && typeof (node as { type?: unknown }).type === 'string'
}

/** The errors in `found` at the places `shown` has one too; undefined when none is left. */
function keepShown(found: unknown, shown: unknown): unknown {
  if (isFieldError(found)) return isFieldError(shown) ? found : undefined
  if (typeof found !== 'object' || found === null) return undefined
  const within = (shown ?? {}) as Record<string, unknown>
  const kept: Record<string, unknown> | unknown[] = Array.isArray(found) ? [] : {}
  let any = false
  for (const [key, value] of Object.entries(found)) {
    const inner = keepShown(value, within[key])
    if (inner === undefined) continue
    ;(kept as Record<string, unknown>)[key] = inner
    any = true
  }
  return any ? kept : undefined
}

/** What the form shows now: its messages, and whether a save is checking it. */
export interface ShownMessages<T extends FieldValues> {
  errors: FieldErrors<T>
  isSubmitting: boolean
}

/**
 * After a failed save the form checks again as the user types (reValidateMode onChange): that clears a
 * message once its field is right, but it also put one on a field still being typed or just added (a
 * new interviewer's "Name is required" the moment the card appeared, "Must be a time zone" at the
 * third letter of a zone). Between saves, only messages already shown are updated or cleared; a new one
 * waits for the next save, which checks everything.
 */
export function messagesBetweenSaves<T extends FieldValues, Context, Output>(
  resolver: Resolver<T, Context, Output>,
): { resolver: Resolver<T, Context, Output>; follow: (shown: () => ShownMessages<T>) => void } {
  let shown: () => ShownMessages<T> = () => ({ errors: {}, isSubmitting: true })
  return {
    resolver: async (values, context, options) => {
      const result = await resolver(values, context, options)
      const now = shown()
      if (now.isSubmitting) return result
      const errors = (keepShown(result.errors, now.errors) ?? {}) as FieldErrors<T>
      return { ...result, errors } as Awaited<ReturnType<Resolver<T, Context, Output>>>
    },
    /** Where the form's state is read, once the form exists. */
    follow: (state) => {
      shown = state
    },
  }
}
