import type { FuzzCall } from './fuzz-inputs'

/** How one door answered a run of malformed calls. Anything but a clear 4xx refusal is a finding. */
export interface DoorTally {
  door: string
  calls: number
  /** Refused with a 4xx status (or, over IPC, an error whose code maps to one) and a message. */
  refused: number
  byStatus: Record<string, number>
  findings: string[]
}

export function newTally(door: string): DoorTally {
  return { door, calls: 0, refused: 0, byStatus: {}, findings: [] }
}

export interface DoorAnswer {
  status: number
  ok: boolean
  message: string
}

/** Records one answer; `seed` and the call's kind go into every finding so it can be replayed. */
export function record(tally: DoorTally, call: FuzzCall, answer: DoorAnswer | Error, seed: number): void {
  tally.calls++
  const where = `${tally.door} ${call.method.slice(0, 40)} (${call.kind}, seed ${seed}, call ${tally.calls})`
  if (answer instanceof Error) {
    tally.findings.push(`${where}: threw ${answer.message.slice(0, 200)}`)
    return
  }
  tally.byStatus[answer.status] = (tally.byStatus[answer.status] ?? 0) + 1
  if (answer.ok) tally.findings.push(`${where}: accepted a malformed call`)
  else if (answer.status < 400 || answer.status > 499) tally.findings.push(`${where}: answered ${answer.status}`)
  else if (!answer.message.trim()) tally.findings.push(`${where}: refused without a message`)
  else tally.refused++
}

export function describeTally(tally: DoorTally): string {
  const statuses = Object.entries(tally.byStatus)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')
  return `${tally.door}: ${tally.calls} malformed calls, ${tally.refused} refused with a clear 4xx (${statuses}), ${tally.findings.length} findings`
}
