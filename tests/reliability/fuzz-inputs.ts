import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract'
import { DEFAULT_PREFERENCES } from '../../shared/domain/settings'
import type { Random } from './random'

/**
 * Generated malformed calls for both doors. Every call is checked against the contract before it is
 * sent, so each one must be refused: a call the schema would accept is mutated again. Calls naming an
 * interview that does not exist are well-formed but point nowhere, and must be refused as not found.
 */

export interface KnownData {
  interviewId: string
  taskId: string
}

export interface FuzzCall {
  method: string
  /** The value the IPC door receives (may hold values JSON cannot carry). */
  input: unknown
  /** The HTTP body: the input as JSON, with the markers below written as raw JSON. */
  body: string
  kind: string
}

/** JSON has no literal for these; the body text carries them as 1e999 and 10,000 nested arrays. */
const INFINITY_MARK = '\u0000infinity\u0000'
const DEEP_MARK = '\u0000deep\u0000'
const DEEP_LEVELS = 10_000

function deepValue(): unknown {
  let value: unknown = []
  for (let level = 1; level < DEEP_LEVELS; level++) value = [value]
  return value
}

const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '',
  '\u0000',
  '\ud800',
  '\u202eevil',
  'then',
  '__defineGetter__',
]

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\u202e\u200f\u061c',
  '\ufeff',
  '\u200b\u200d',
  '🧨'.repeat(300),
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '2025-02-30',
  '2025-13-01',
  '0000-00-00',
  '+275760-09-13',
  '-271821-04-19',
  '9999-12-31T24:00',
  '2025-03-07T25:61',
  '2025-03-07T14:00:00.000Z',
  '99:99',
  '24:00',
  'Mars/Olympus_Mons',
  '../../etc/passwd',
  '..\\..\\windows',
  '<script>alert(1)</script>',
  '{"__proto__":{"polluted":true}}',
  '00000000-0000-0000-0000-00000000000g',
  '__proto__',
  'constructor',
]

function hugeString(random: Random): string {
  const length = random.chance(0.1) ? 2_000_001 : random.pick([201, 1_001, 5_001, 100_000])
  return random.pick(['a', '\u202e', '\u0000', '😀', '\ud800']).repeat(length)
}

/** A value chosen to break a field: wrong types, edge numbers, hostile strings, deep nesting. */
function hostileValue(random: Random, jsonOnly: boolean): unknown {
  const roll = random.int(0, 9)
  if (roll <= 3) return random.pick(HOSTILE_STRINGS)
  if (roll === 4) return hugeString(random)
  if (roll === 5)
    return random.pick<unknown>([
      INFINITY_MARK,
      -1,
      0,
      1.5,
      51,
      2 ** 53 + 1,
      -(2 ** 31),
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e21,
    ])
  if (roll === 6) return random.pick<unknown>([null, true, false, [], {}, [null], [{}], { '': '' }])
  if (roll === 7) return random.chance(0.02) ? DEEP_MARK : { __proto__: null, polluted: true }
  if (roll === 8) return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')
  if (jsonOnly) return random.pick(HOSTILE_STRINGS)
  // What structured clone carries over IPC and JSON cannot.
  return random.pick<unknown>([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    undefined,
    new Date(8.64e15 + 1),
    new Date(Number.NaN),
    new Date('2025-03-07'),
    10n ** 30n,
    new Map([['id', 'x']]),
    new Set([1]),
    new Uint8Array(16),
    /x/g,
    Object.assign(new Array<unknown>(3), { 2: 1 }),
  ])
}

function validFields() {
  return {
    company: 'Fuzz Inc',
    role: 'Engineer',
    date: '2025-03-07',
    time: '14:00',
    timeZone: 'Europe/Berlin',
    interviewers: [{ id: '6f1c2b0e-8a3d-4c5e-9f70-1a2b3c4d5e6f', name: 'Dana Reyes' }],
    decision: { expectedDate: '2025-03-20', channel: 'email' },
  }
}

/** A well-formed input for each method, which the mutations then break. */
function baseInput(method: string, known: KnownData): Record<string, unknown> {
  const id = known.interviewId
  const bases: Partial<Record<MethodName, Record<string, unknown>>> = {
    listInterviews: { includeArchived: true },
    getInterview: { id },
    createInterview: { fields: validFields(), stage: 'thanked' },
    updateInterview: { id, fields: validFields() },
    moveInterview: { id, stage: 'offer' },
    setArchived: { id, archived: true },
    deleteInterview: { id },
    updateTask: { interviewId: id, taskId: known.taskId, action: 'snooze', until: '2025-04-01T10:00' },
    readNotes: { id },
    writeNotes: { id, markdown: '# Notes', baseRevision: 'abc' },
    setPreferences: { ...DEFAULT_PREFERENCES },
    dismissNotice: { id: 'none' },
    restoreBackup: { name: '2025-03-10' },
    exportData: { format: 'csv' },
    importData: { json: '{"schemaVersion":1,"interviews":[]}' },
  }
  return structuredClone(bases[method as MethodName] ?? {})
}

type Path = Array<string | number>

/** Every object and array inside `value`, with its path, so a mutation can land at any depth. */
function containers(value: unknown, path: Path = []): Array<{ path: Path; node: object }> {
  if (value === null || typeof value !== 'object') return []
  const found = [{ path, node: value }]
  for (const [key, inner] of Object.entries(value)) {
    found.push(...containers(inner, [...path, Array.isArray(value) ? Number(key) : key]))
  }
  return found
}

function setOwn(target: object, key: string | number, value: unknown): void {
  // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it, not a prototype change.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function mutate(input: Record<string, unknown>, random: Random, jsonOnly: boolean): { value: unknown; kind: string } {
  const roll = random.int(0, 9)
  if (roll === 0) return { value: hostileValue(random, jsonOnly) ?? 'undefined', kind: 'whole input replaced' }
  const spots = containers(input)
  const spot = random.pick(spots)
  const keys = Object.keys(spot.node)
  if (roll <= 3 || keys.length === 0) {
    setOwn(spot.node, random.pick(HOSTILE_KEYS), hostileValue(random, jsonOnly))
    return { value: input, kind: 'extra or hostile key' }
  }
  const key = random.pick(keys)
  if (roll <= 4) {
    delete (spot.node as Record<string, unknown>)[key]
    return { value: input, kind: 'missing field' }
  }
  setOwn(spot.node, Array.isArray(spot.node) ? Number(key) : key, hostileValue(random, jsonOnly))
  return { value: input, kind: 'wrong value' }
}

function accepted(method: string, value: unknown): boolean {
  if (!(method in contract)) return false
  try {
    return contract[method as MethodName].input.safeParse(value ?? {}).success
  } catch {
    // A schema that throws on this input is exactly what the door must survive: keep it.
    return false
  }
}

/** The body text: markers become raw JSON that JSON.stringify cannot produce. */
function toBody(value: unknown): string {
  const text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? String(inner) : inner))
  return (text ?? 'null')
    .replaceAll(JSON.stringify(INFINITY_MARK), '1e999')
    .replaceAll(JSON.stringify(DEEP_MARK), `${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)}`)
}

function withMarkersResolved(value: unknown): unknown {
  if (value === INFINITY_MARK) return Number.POSITIVE_INFINITY
  if (value === DEEP_MARK) return deepValue()
  if (value === null || typeof value !== 'object' || !(Array.isArray(value) || isPlain(value))) return value
  for (const [key, inner] of Object.entries(value)) setOwn(value, key, withMarkersResolved(inner))
  return value
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

const UNKNOWN_METHODS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'LISTINTERVIEWS', 'undo ', '\ud800']

/** One malformed call; `jsonOnly` keeps to what an HTTP body can say. */
export function malformedCall(random: Random, known: KnownData, jsonOnly: boolean): FuzzCall {
  if (random.chance(0.03)) {
    const method = random.pick([...UNKNOWN_METHODS, 'x'.repeat(random.int(1, 300))])
    return { method, input: {}, body: '{}', kind: 'unknown method' }
  }
  const method = random.pick(METHOD_NAMES)
  if (random.chance(0.05) && method !== 'dismissNotice' && 'id' in baseInput(method, known)) {
    const input = { ...baseInput(method, known), id: crypto.randomUUID() }
    if (accepted(method, input)) return { method, input, body: JSON.stringify(input), kind: 'no such interview' }
  }
  for (;;) {
    const { value, kind } = mutate(baseInput(method, known), random, jsonOnly)
    if (accepted(method, withMarkersResolved(structuredClone(value)))) continue
    const body = toBody(value)
    return { method, input: withMarkersResolved(value), body, kind }
  }
}
