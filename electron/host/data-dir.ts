import { posix, win32 } from 'node:path'

export const PRODUCT_NAME = 'Debrief'
export const DATA_DIR_FLAG = '--data-dir'
export const DATA_DIR_ENV = 'DEBRIEF_DATA_DIR'

export interface DataDirInputs {
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  platform: NodeJS.Platform
  homedir: string
  /** What relative overrides resolve against. */
  cwd?: string
}

function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    let value: string
    if (arg === DATA_DIR_FLAG) value = argv[index + 1] ?? ''
    else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) value = arg.slice(DATA_DIR_FLAG.length + 1)
    else continue
    if (!value || value.startsWith('--')) throw new Error(`${DATA_DIR_FLAG} needs a folder after it`)
    return value
  }
  return undefined
}

/** The folder Electron's app.getPath('userData') names for the product, so both apps share one folder. */
function defaultDataDir({ env, platform, homedir }: DataDirInputs): string {
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(homedir, 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support', PRODUCT_NAME)
  // The XDG spec ignores a relative XDG_CONFIG_HOME.
  const configHome = env.XDG_CONFIG_HOME && posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : undefined
  return posix.join(configHome ?? posix.join(homedir, '.config'), PRODUCT_NAME)
}

/** The data folder: `--data-dir`, else $DEBRIEF_DATA_DIR, else the platform's app-data folder. Always absolute. */
export function resolveDataDir(inputs: DataDirInputs): string {
  const path = inputs.platform === 'win32' ? win32 : posix
  const override = dataDirFlag(inputs.argv) || inputs.env[DATA_DIR_ENV]
  if (override) return path.resolve(inputs.cwd ?? process.cwd(), override)
  return defaultDataDir(inputs)
}
