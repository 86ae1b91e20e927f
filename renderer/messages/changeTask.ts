import type { MethodInput } from '../../shared/api/contract'
import type { Interview, TaskStatus } from '../../shared/domain/interview'
import type { Services } from '../services/services'

const SHOWN_AT_ONCE: Partial<Record<MethodInput<'updateTask'>['action'], TaskStatus>> = {
  done: 'done',
  dismiss: 'dismissed',
}

/**
 * Changes one follow-up through the host, in line with the interview's other changes: a done or
 * skipped task leaves the list at once, and only the answer to the last change in flight is shown
 * (two quick "Mark sent" never bring the first one's task back). Resolves with the host's record.
 */
export function changeTask(
  { client, data }: Pick<Services, 'client' | 'data'>,
  interview: Interview,
  input: MethodInput<'updateTask'>,
): Promise<Interview | null> {
  const status = SHOWN_AT_ONCE[input.action]
  const provisional = status
    ? { ...interview, tasks: interview.tasks.map((task) => (task.id === input.taskId ? { ...task, status } : task)) }
    : null
  return data.change(provisional, interview.id, () => client.updateTask(input))
}
