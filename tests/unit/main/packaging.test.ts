import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'
import { SENTINEL } from '@electron/fuses/dist/constants'
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper'
import { AppInfo, Packager, Platform, type LinuxPackager } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/** Packaging is checked without Electron: the builder's own config loading, schema and .desktop writer. */
const root = join(import.meta.dirname, '../../..')
const configFile = join(root, 'build/electron-builder.config.mjs')
const checkFuses = join(root, 'build/check-fuses.mjs')

async function linuxPackager() {
  const packager = new Packager({ projectDir: root, config: configFile, targets: Platform.LINUX.createTarget() })
  await packager.validateConfig() // throws on any option electron-builder 26 does not know
  // Set by build(), which would go on to download Electron; the desktop entry only needs the app's names.
  Reflect.set(packager, '_appInfo', new AppInfo(packager, null))
  // createHelper is private in the typings; it is how build() makes the Linux packager.
  const createHelper = Reflect.get(packager, 'createHelper') as (platform: Platform) => Promise<LinuxPackager>
  return createHelper.call(packager, Platform.LINUX)
}

/** PNG width and height, from the IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(path)
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

describe('the electron-builder configuration', () => {
  it('passes electron-builder 26 validation and takes name and version from package.json', async () => {
    const linux = await linuxPackager()
    const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, string>

    expect(linux.appInfo.id).toBe('app.debrief.desktop')
    expect(linux.appInfo.productName).toBe(packageJson.productName)
    expect(linux.appInfo.version).toBe(packageJson.version)
    expect(linux.executableName).toBe('debrief')
  }, 30_000)

  it('installs debrief.desktop with a name, comment, Office category, window class and no file types', async () => {
    const linux = await linuxPackager()
    const helper = new LinuxTargetHelper(linux)
    const entry = await helper.computeDesktopEntry(linux.platformSpecificBuildOptions)
    const keys = Object.fromEntries(
      entry
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    )

    expect(helper.getDesktopFileName()).toBe('debrief')
    expect(keys).toMatchObject({ Name: 'Debrief', Categories: 'Office;', StartupWMClass: 'debrief', Icon: 'debrief' })
    expect(keys.Comment).toMatch(/^Follow up after every job interview/)
    expect(keys).not.toHaveProperty('MimeType')
  })
})

describe('the icons', () => {
  it('has the 1024 px source for the macOS and Windows icons and a Linux icon per size, named by its size', () => {
    expect(pngSize(join(root, 'build/icon.png'))).toEqual({ width: 1024, height: 1024 })
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(root, `build/icons/${size}x${size}.png`))).toEqual({ width: size, height: size })
    }
  })

  it('has tray icons at 1x and 2x, in colour and as a macOS template', () => {
    for (const name of ['tray', 'trayTemplate']) {
      expect(pngSize(join(root, `build/tray/${name}.png`))).toEqual({ width: 16, height: 16 })
      expect(pngSize(join(root, `build/tray/${name}@2x.png`))).toEqual({ width: 32, height: 32 })
    }
  })
})

describe('build/check-fuses.mjs', () => {
  let folder: string
  /** The fuses the packaged app must have: no Node mode, no NODE_OPTIONS, no inspector, code only from its asar. */
  const required = {
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  }

  /** A stand-in for an Electron binary: junk around a fuse wire of nine fuses, as Electron's own. */
  async function fakeBinary(name: string, fuses: Partial<Record<FuseV1Options, boolean>>): Promise<string> {
    const path = join(folder, name)
    const wire = Buffer.concat([Buffer.from([1, 9]), Buffer.from('110101011')])
    writeFileSync(path, Buffer.concat([Buffer.alloc(64, 7), Buffer.from(SENTINEL), wire, Buffer.alloc(64, 7)]))
    await flipFuses(path, { version: FuseVersion.V1, ...fuses })
    return path
  }

  function run(...args: string[]) {
    const result = spawnSync(process.execPath, [checkFuses, ...args], { cwd: root, encoding: 'utf8' })
    return { status: result.status, output: `${result.stdout}${result.stderr}` }
  }

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'debrief-fuses-'))
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('passes a binary whose fuses are as the configuration says', async () => {
    const { status, output } = run(await fakeBinary('good', required))
    expect(output).toMatch(/all 7 fuses as configured/)
    expect(status).toBe(0)
  })

  it('fails, naming each fuse, when one did not flip', async () => {
    const bad = await fakeBinary('bad', {
      ...required,
      [FuseV1Options.RunAsNode]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: false,
    })
    const { status, output } = run(await fakeBinary('good', required), bad)

    expect(status).toBe(1)
    expect(output).toMatch(/runAsNode is on, expected off/)
    expect(output).toMatch(/onlyLoadAppFromAsar is off, expected on/)
    expect(output).toMatch(/good: all 7 fuses as configured/)
  })

  it('fails on a file that is not an Electron binary, and when there is nothing to check', () => {
    const notElectron = join(folder, 'notes.txt')
    writeFileSync(notElectron, 'hello')
    expect(run(notElectron)).toMatchObject({ status: 1, output: expect.stringMatching(/could not read its fuses/) })

    const withoutRelease = existsSync(join(root, 'release')) ? null : run()
    if (withoutRelease) {
      expect(withoutRelease).toMatchObject({ status: 1, output: expect.stringMatching(/run "npm run dist" first/) })
    }
  })
})
