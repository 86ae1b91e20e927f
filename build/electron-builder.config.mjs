// electron-builder 26 configuration, used by `npm run dist` (README "Packaging"). The product name,
// version, description and author come from package.json. build/check-fuses.mjs reads the same
// `electronFuses` back from the packaged binary, so this object is the one place they are set.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'app.debrief.desktop',
  directories: { output: 'release', buildResources: 'build' },
  files: ['out/**', 'package.json'],
  // The tray and Linux window icons are read by the system, so they ship as plain files beside the
  // archive (electron/main/resources.ts finds them there).
  extraResources: [
    { from: 'build/tray', to: 'tray', filter: ['*.png'] },
    { from: 'build/icons', to: 'icons', filter: ['256x256.png'] },
  ],
  // node-notifier runs helper programs, which cannot execute from inside the asar archive.
  asarUnpack: ['node_modules/node-notifier/vendor/**'],
  // No native modules: nothing to rebuild against Electron's headers, so packing needs no compiler.
  npmRebuild: false,
  extraMetadata: {
    // Electron names its Linux window (Wayland app id, X11 class) after desktopName; with
    // syncDesktopName the installed launcher is debrief.desktop with StartupWMClass=debrief, so docks
    // group the window with its launcher.
    desktopName: 'debrief.desktop',
  },
  // Flipped in the Electron binary before signing; see build/check-fuses.mjs for the read-back.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The UI is served from app:// (electron/main/app-protocol.ts); file:// pages get no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb', 'tar.gz'],
    executableName: 'debrief',
    icon: 'icons',
    category: 'Office',
    synopsis: 'Follow up after every job interview',
    syncDesktopName: true,
    // Comment comes from the description, Categories from `category`; no file types or URL schemes,
    // so the entry has no MimeType.
    desktop: {
      entry: {
        Name: 'Debrief',
        GenericName: 'Interview follow-up tracker',
        StartupWMClass: 'debrief',
        Keywords: 'interview;job;follow-up;kanban;reminder;',
      },
    },
  },
  mac: {
    target: 'dmg',
    icon: 'icon.png',
    category: 'public.app-category.productivity',
  },
  win: {
    target: 'nsis',
    icon: 'icon.png',
  },
  nsis: {
    // Uninstalling removes the program, never the user's data folder.
    deleteAppDataOnUninstall: false,
  },
}

export default config
