import type { CalendarSuggestion } from '../../shared/calendar/api'

/** "With Ivan Petrov, Ana Ruiz · arranged by Rita Recruiter": who the interview will list. */
export function peopleLine(prefill: Pick<CalendarSuggestion['prefill'], 'interviewers' | 'arrangers'>): string {
  const names = (people: { name: string }[]) => people.map((person) => person.name).join(', ')
  const parts = [
    prefill.interviewers.length > 0 ? `With ${names(prefill.interviewers)}` : '',
    prefill.arrangers.length > 0 ? `arranged by ${names(prefill.arrangers)}` : '',
  ].filter(Boolean)
  return parts.join(' · ')
}
