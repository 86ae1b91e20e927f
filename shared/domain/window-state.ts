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
})
export type WindowState = z.output<typeof windowStateSchema>
