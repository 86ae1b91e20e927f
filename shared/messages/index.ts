/** The messages of the follow-up workflow: templates, LinkedIn character counting, mail links and calendar export. */
export * from './calendar'
export * from './characters'
export * from './context'
export * from './mailto'
export * from './registry'
export * from './templates'
export { callWindowText, placeholdersIn } from './wording'
