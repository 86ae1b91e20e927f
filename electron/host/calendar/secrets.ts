import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { isMissingFile, writeFileDurable } from '../storage/durable-file'

/**
 * Where calendar secrets (subscription addresses, CalDAV passwords) are kept: `calendar/secrets.json`,
 * readable only by the user (mode 0600), each value encrypted with the operating system's key store
 * when the desktop app passes a cipher (Electron's safeStorage), as plain text otherwise (the browser
 * app). The file sits outside what backups copy and exports write; nothing here is ever logged.
 */

/** What the Electron door passes in, over safeStorage. */
export interface SecretCipher {
  encrypt(plain: string): Buffer
  decrypt(encrypted: Buffer): string
}

export type SecretProtection = 'encrypted' | 'file-only'

export const SECRETS_FILE = join('calendar', 'secrets.json')
const SECRETS_SCHEMA_VERSION = 1

const secretsFileSchema = z.strictObject({
  schemaVersion: z.literal(SECRETS_SCHEMA_VERSION),
  secrets: z.record(
    z.string().max(100),
    z.strictObject({ protection: z.enum(['encrypted', 'file-only']), value: z.string() }),
  ),
})
type SecretsFile = z.output<typeof secretsFileSchema>

export class SecretUnavailableError extends Error {
  override name = 'SecretUnavailableError'
}

/** Replaced whole (storage's durable write, whose leftovers a start removes), the user's alone from its first byte. */
async function writePrivate(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileDurable(path, text, { mode: 0o600 })
}

export class SecretStore {
  private readonly path: string
  private file: SecretsFile | undefined

  constructor(
    dataDir: string,
    private readonly cipher: SecretCipher | undefined,
  ) {
    this.path = join(dataDir, SECRETS_FILE)
  }

  /** How a new secret is kept here: said in Settings › Calendars. */
  get protection(): SecretProtection {
    return this.cipher ? 'encrypted' : 'file-only'
  }

  private async load(): Promise<SecretsFile> {
    if (this.file) return this.file
    try {
      const parsed = secretsFileSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')))
      this.file = parsed.success ? parsed.data : { schemaVersion: SECRETS_SCHEMA_VERSION, secrets: {} }
    } catch (error) {
      if (!isMissingFile(error) && !(error instanceof SyntaxError)) throw error
      this.file = { schemaVersion: SECRETS_SCHEMA_VERSION, secrets: {} }
    }
    return this.file
  }

  async set(id: string, plain: string): Promise<void> {
    const file = await this.load()
    const value = this.cipher ? this.cipher.encrypt(plain).toString('base64') : plain
    const next: SecretsFile = { ...file, secrets: { ...file.secrets, [id]: { protection: this.protection, value } } }
    await writePrivate(this.path, `${JSON.stringify(next, null, 2)}\n`)
    this.file = next
  }

  async get(id: string): Promise<string> {
    const stored = (await this.load()).secrets[id]
    if (!stored) throw new SecretUnavailableError('Its address or password is missing; remove it and add it again.')
    if (stored.protection === 'file-only') return stored.value
    if (!this.cipher) {
      throw new SecretUnavailableError(
        'Its address or password was saved encrypted by the desktop app, which alone can read it. ' +
          'Open the desktop app, or remove it and add it again here.',
      )
    }
    try {
      return this.cipher.decrypt(Buffer.from(stored.value, 'base64'))
    } catch {
      throw new SecretUnavailableError('Its saved address or password can no longer be decrypted; add it again.')
    }
  }

  async delete(id: string): Promise<void> {
    const file = await this.load()
    if (!(id in file.secrets)) return
    const secrets = { ...file.secrets }
    delete secrets[id]
    const next = { ...file, secrets }
    await writePrivate(this.path, `${JSON.stringify(next, null, 2)}\n`)
    this.file = next
  }
}
