/** The follow-up workflow: which tasks an interview needs, when they fall due, and what the user does to them. */
export * from './call-windows'
export * from './generate'
export * from './regenerate'
export * from './stage-hook'
export * from './task-kinds'
export * from './task-state'
export * from './time-zone'
export type { IsoDay, TimeOfDay, WallDateTime } from './wall-time'
