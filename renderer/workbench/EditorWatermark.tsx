import { keybindingLabel } from '../commands/keyLabel'
import { commandPalette } from '../commands/commandPalette'
import { newInterview } from '../commands/board/newInterview'
import { runCommand } from '../commands/registry'
import { showBoard } from '../commands/board/showBoard'
import { useServices } from '../services/services'

const SHORTCUTS = [showBoard, newInterview, commandPalette]

/** What the editor area shows with every tab closed: the way back, as VS Code's watermark does. */
export function EditorWatermark() {
  const services = useServices()
  return (
    <div className="editor-watermark">
      <ul>
        {SHORTCUTS.map((command) => (
          <li key={command.id}>
            <button type="button" className="link-button" onClick={() => runCommand(command, services)}>
              {command.title}
            </button>
            {command.keybinding && <kbd>{keybindingLabel(command.keybinding)}</kbd>}
          </li>
        ))}
      </ul>
    </div>
  )
}
