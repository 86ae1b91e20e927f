import { z } from 'zod'
import { idSchema } from '../domain/fields'

/** One method of the contract: the schema its input is checked with at the door, and its answer's. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output }
}

export const noInput = z.strictObject({})
export const byId = z.strictObject({ id: idSchema })
