import type { HostEvent, MethodInput, MethodName, MethodOutput } from './contract'
import type { InterviewView } from '../calendar/prompt'
import type { ApiResult } from './errors'

/**
 * `window.debrief` in the desktop app: the preload's bridge. Every contract method, answering with
 * the ApiResult envelope, plus the host's events and the app menu's commands.
 */
export type DebriefBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>
} & {
  onEvent(listener: (event: HostEvent) => void): () => void
  /** Menu commands by id (MENU_COMMANDS in shared/api/menu-commands.ts). */
  onCommand(listener: (commandId: string) => void): () => void
  /** A click on a reminder or a tray line asks the window to open that interview, on that follow-up when named. */
  onOpenInterview(listener: (target: OpenTarget) => void): () => void
  /** Prints a letter or call script to a PDF file the user picks in a save dialog (electron/main/letter-pdf.ts). */
  printLetterToPdf(letter: LetterPdfRequest): Promise<ApiResult<LetterPdfResult>>
  /** The window's first screen (the board's first cards) is painted: the main process may show the window. */
  signalFirstPaint(): void
}

/**
 * What a reminder or tray click opens: an interview, and the follow-up to show first when there is one;
 * or, for a calendar reminder, the quick debrief after it or the preparation view before it.
 */
export interface OpenTarget {
  interviewId: string
  taskId?: string
  view?: InterviewView
}

/** What to print: plain text only, which the main process escapes into its own page. */
export interface LetterPdfRequest {
  /** A line above the text, such as the letter's subject; '' for none. */
  heading: string
  body: string
  /** The file name the save dialog suggests. */
  fileName: string
}

/** Where the PDF went, or that the user cancelled the save dialog. */
export type LetterPdfResult = { saved: true; path: string } | { saved: false }

export const LETTER_PDF_CHANNEL = 'debrief:print-letter-pdf'

export const OPEN_INTERVIEW_CHANNEL = 'debrief:open-interview'

export const FIRST_PAINT_CHANNEL = 'debrief:first-paint'
