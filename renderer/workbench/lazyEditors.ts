import { lazy } from 'react'

/**
 * The editors the board's first paint does not need, each in its own chunk: the interview record with
 * its notes (react-hook-form, CodeMirror, markdown-it), Insights and Settings. Each loads the first time
 * its tab shows, under the editor area's Suspense fallback.
 */
const loadInterviewEditor = () => import('../interview/InterviewEditor')
const loadInsightsView = () => import('../insights/InsightsView')
const loadSettingsEditor = () => import('../settings/SettingsEditor')

export const InterviewEditor = lazy(() => loadInterviewEditor().then((module) => ({ default: module.InterviewEditor })))
export const InsightsView = lazy(() => loadInsightsView().then((module) => ({ default: module.InsightsView })))
export const SettingsEditor = lazy(() => loadSettingsEditor().then((module) => ({ default: module.SettingsEditor })))
