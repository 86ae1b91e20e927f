import { z } from 'zod'
import { idSchema, wallDateTimeSchema } from '../domain/fields'
import { interviewFieldsSchema, interviewSchema, stageIdSchema, TASK_ACTIONS } from '../domain/interview'
import { preferencesSchema } from '../domain/settings'

/**
 * The one API between the renderer and the host. Channel names, the preload bridge, the IPC
 * handlers, the HTTP routes and the renderer client are all derived from this table, and both
 * doors validate every input with its schema before the host sees it.
 */
function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output }
}

const noInput = z.strictObject({})
const byId = z.strictObject({ id: idSchema })

export const MAX_NOTES_LENGTH = 2_000_000

const revisionSchema = z.string().max(100)

/** A change the host can undo, described for the UI ("Undid move of Acme"). */
export const changeSummarySchema = z.strictObject({
  label: z.string(),
  interviewId: idSchema,
})
export type ChangeSummary = z.output<typeof changeSummarySchema>

export const noticeSchema = z.strictObject({
  id: z.string(),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  at: z.string(),
})
export type Notice = z.output<typeof noticeSchema>

export const hostInfoSchema = z.strictObject({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(noticeSchema),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
})
export type HostInfo = z.output<typeof hostInfoSchema>

export const notesSchema = z.strictObject({
  markdown: z.string(),
  /** Opaque token of the version on disk; a write naming an older one is a conflict. */
  revision: revisionSchema,
})
export type Notes = z.output<typeof notesSchema>

export const contract = {
  listInterviews: method(z.strictObject({ includeArchived: z.boolean().default(false) }), z.array(interviewSchema)),
  getInterview: method(byId, interviewSchema),
  createInterview: method(
    z.strictObject({ fields: interviewFieldsSchema, stage: stageIdSchema.default('interviewed') }),
    interviewSchema,
  ),
  updateInterview: method(z.strictObject({ id: idSchema, fields: interviewFieldsSchema }), interviewSchema),
  /** Puts the interview in `stage`, just before `beforeId`, or last when `beforeId` is absent. */
  moveInterview: method(
    z.strictObject({ id: idSchema, stage: stageIdSchema, beforeId: idSchema.optional() }),
    interviewSchema,
  ),
  setArchived: method(z.strictObject({ id: idSchema, archived: z.boolean() }), interviewSchema),
  deleteInterview: method(byId, z.strictObject({ id: idSchema })),
  /** Marks a follow-up done, dismisses, reopens or snoozes it (snooze needs `until`, a wall-clock time). */
  updateTask: method(
    z
      .strictObject({
        interviewId: idSchema,
        taskId: idSchema,
        action: z.enum(TASK_ACTIONS),
        until: wallDateTimeSchema.optional(),
      })
      .refine((input) => (input.action === 'snooze') === (input.until !== undefined), {
        message: 'A snooze needs a time to snooze until, and only a snooze takes one',
        path: ['until'],
      }),
    interviewSchema,
  ),
  undo: method(noInput, z.strictObject({ change: changeSummarySchema.nullable() })),
  redo: method(noInput, z.strictObject({ change: changeSummarySchema.nullable() })),
  readNotes: method(byId, notesSchema),
  writeNotes: method(
    z.strictObject({
      id: idSchema,
      markdown: z.string().max(MAX_NOTES_LENGTH, { message: `Notes must be at most ${MAX_NOTES_LENGTH} characters` }),
      baseRevision: revisionSchema.optional(),
    }),
    z.strictObject({ revision: revisionSchema }),
  ),
  getPreferences: method(noInput, preferencesSchema),
  setPreferences: method(preferencesSchema, preferencesSchema),
  getHostInfo: method(noInput, hostInfoSchema),
  dismissNotice: method(z.strictObject({ id: z.string().max(100) }), z.strictObject({ id: z.string() })),
} as const

export type Contract = typeof contract
export type MethodName = keyof Contract
export const METHOD_NAMES = Object.keys(contract) as MethodName[]

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>

/** What the renderer calls: every method, typed from the table. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> }

/** What the host implements: inputs arrive already parsed by the door. */
export type ApiImplementation = { [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> }

/** Events pushed from the host to every open window. */
export const hostEventSchema = z.discriminatedUnion('topic', [
  z.strictObject({ topic: z.literal('interviews'), ids: z.array(idSchema) }),
  z.strictObject({ topic: z.literal('notes'), id: idSchema, revision: revisionSchema }),
  z.strictObject({ topic: z.literal('preferences') }),
  z.strictObject({ topic: z.literal('notices') }),
])
export type HostEvent = z.output<typeof hostEventSchema>

export function channelOf(method: MethodName): string {
  return `debrief:${method}`
}
export const EVENT_CHANNEL = 'debrief:event'
