import { z } from 'zod'
import { idSchema } from './fields'

/**
 * What a window had open when it last changed, so the next start shows it again, as VS Code restores
 * its editors: the tabs (interviews by id; an unsaved "new interview" form is not kept), the active
 * one, where each was scrolled to, and the side bar's view.
 */
export const savedTabSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['board', 'insights', 'settings']) }),
  z.strictObject({ kind: z.literal('interview'), interviewId: idSchema }),
])
export type SavedTab = z.output<typeof savedTabSchema>

export const MAX_SAVED_TABS = 100

/** The side bar's views, in the activity bar's order. */
export const SIDEBAR_VIEWS = ['interviews', 'search', 'today', 'calendar'] as const
export type SidebarView = (typeof SIDEBAR_VIEWS)[number]

/** Keys of the drafts' maps: a follow-up's id, a message choice ("thank-you:<task id>"), a person's id or ''. */
const draftKey = z.string().max(200)

/**
 * The messages being written on an interview's tab (renderer/messages/messageDrafts.ts), as edited: a
 * reload or a restart lost an edited offer reply while the status bar said "All changes saved" (a
 * walkthrough).
 */
export const savedDraftsSchema = z.strictObject({
  taskId: idSchema.optional(),
  choiceKeys: z.record(draftKey, draftKey).optional(),
  notePoint: z.string().max(2_000).optional(),
  choices: z.record(
    draftKey,
    z.strictObject({
      recipientIds: z.array(idSchema).max(100).optional(),
      edited: z
        .record(draftKey, z.strictObject({ subject: z.string().max(2_000), body: z.string().max(100_000) }))
        .optional(),
    }),
  ),
})
export type SavedDrafts = z.output<typeof savedDraftsSchema>

export const windowStateSchema = z.strictObject({
  tabs: z.array(savedTabSchema).max(MAX_SAVED_TABS),
  /** Index into `tabs`; null with no tab open. */
  active: z.number().int().min(0).max(MAX_SAVED_TABS).nullable(),
  /** Scroll offsets by tab index, in CSS pixels: [left, top]. */
  scroll: z
    .array(z.tuple([z.number().min(0).max(10_000_000), z.number().min(0).max(10_000_000)]).nullable())
    .max(MAX_SAVED_TABS)
    .default([]),
  /** The side bar's view and whether it showed; absent in a file written before it was kept. */
  sidebar: z.strictObject({ view: z.enum(SIDEBAR_VIEWS), visible: z.boolean() }).optional(),
  /** By interview id, for the interviews among `tabs`; absent in a file written before drafts were kept. */
  drafts: z.record(idSchema, savedDraftsSchema).optional(),
})
export type WindowState = z.output<typeof windowStateSchema>
