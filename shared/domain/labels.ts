import type { Interview } from './interview'

/** How the stored ids of an interview's choices read to a person: the form and the CSV export say these. */

export const FORMAT_LABELS: Record<Interview['format'], string> = {
  'in-person': 'In person',
  video: 'Video',
  phone: 'Phone',
}

export const INFORMER_LABELS: Record<Interview['decision']['informer'], string> = {
  interviewer: 'The interviewer',
  hr: 'HR',
  other: 'Someone else',
}

export const CHANNEL_LABELS: Record<Interview['decision']['channel'], string> = {
  '': '—',
  email: 'Email',
  phone: 'Phone',
  letter: 'Letter',
}
