import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError } from '../../shared/api/errors'
import { fields, makeTempDir, open, type TestHost } from '../unit/host/support'
import { snapshotFolder } from './web-fixture'
import { downloadText } from '../support/downloads'

const opened: Array<{ host: TestHost; cleanup: () => Promise<void> }> = []

afterEach(async () => {
  for (const { host, cleanup } of opened.splice(0)) {
    await host.host.close()
    await cleanup()
  }
})

async function freshHost(): Promise<TestHost> {
  const { dir, cleanup } = await makeTempDir()
  const host = await open(dir)
  opened.push({ host, cleanup })
  return host
}

/** A real export of `count` interviews, pretty-printed as exportData writes it. */
async function exportOf(count: number): Promise<string> {
  const source = await freshHost()
  for (let index = 0; index < count; index++) {
    await source.client.createInterview({ fields: fields(`Company ${index}`) })
  }
  return await downloadText(source.host, source.client.exportData({ format: 'json' }))
}

async function refusal(host: TestHost, json: string): Promise<string> {
  return host.client.importData({ json }).then(
    () => 'imported',
    (error: ApiError) => error.message,
  )
}

describe('an import file that is not valid JSON', () => {
  it('is refused with the line and column of every kind of syntax error, not the end of the file', async () => {
    const host = await freshHost()
    const before = await snapshotFolder(host.host.dataDir)
    const text = await exportOf(3)
    const lines = text.split('\n')
    expect(lines.length).toBeGreaterThan(50)

    // A stray letter on line 3 (Node 20's JSON.parse gives no position for it).
    const stray = [...lines.slice(0, 2), `x${lines[2]}`, ...lines.slice(3)].join('\n')
    expect(await refusal(host, stray)).toMatch(/not valid JSON at line 3, column 1 \(an unexpected character\)/)
    // A missing comma between two properties, deep in the file.
    const line20 = lines[19]!
    const noComma = [...lines.slice(0, 19), line20.replace(/,$/, ''), ...lines.slice(20)].join('\n')
    expect(line20.endsWith(',')).toBe(true)
    expect(await refusal(host, noComma)).toMatch(/not valid JSON at line 21, column \d+ \(a comma was expected\)/)
    // A trailing comma, a comment, single quotes, a raw line break in a string.
    expect(await refusal(host, '{\n  "schemaVersion": 1,\n}')).toMatch(/line 3, column 1 \(a property name/)
    expect(await refusal(host, '{\n  // note\n  "schemaVersion": 1}')).toMatch(
      /line 2, column 3 \(comments are not allowed\)/,
    )
    expect(await refusal(host, "{\n\n  'schemaVersion': 1}")).toMatch(/line 3, column 3 \(an unexpected character\)/)
    expect(await refusal(host, '{"a": "one\ntwo"}')).toMatch(/line 1, column 7 \(a string is not closed on its line\)/)
    expect(await refusal(host, `${text}\n{}`)).toMatch(
      new RegExp(`line ${lines.length + 1}, column 1 \\(there is more after the end of the data\\)`),
    )

    expect(await host.client.listInterviews({ includeArchived: true })).toEqual([])
    expect(await snapshotFolder(host.host.dataDir)).toEqual(before)
  })
})

describe('an import file with prototype keys', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses "%s" with its path, changing nothing', async (key) => {
    const host = await freshHost()
    const before = await snapshotFolder(host.host.dataDir)
    const text = await exportOf(1)
    const exported = JSON.parse(text) as { interviews: Array<Record<string, unknown>> }

    const inNotes = text.replace('"notes": {}', `"notes": {\n    "${key}": { "polluted": true }\n  }`)
    expect(inNotes).not.toBe(text)
    expect(await refusal(host, inNotes)).toMatch(new RegExp(`key named "${key}" at notes\\.${key}\\b`))
    const inInterview = text.replace('"company":', `"${key}": { "isAdmin": true },\n      "company":`)
    expect(inInterview).not.toBe(text)
    expect(await refusal(host, inInterview)).toMatch(new RegExp(`key named "${key}" at interviews\\[0\\]\\.${key}\\b`))

    expect(exported.interviews).toHaveLength(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(await host.client.listInterviews({ includeArchived: true })).toEqual([])
    expect(await snapshotFolder(host.host.dataDir)).toEqual(before)
  })
})
