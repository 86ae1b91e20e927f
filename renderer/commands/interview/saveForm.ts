import { formToSave, shownEditorPanel, submitToSave } from '../../ui/formToSave'
import type { Command } from '../command'

/** Notes save as they are typed: there Ctrl/Cmd+S only keeps the browser from offering to save the page. */
export const saveForm: Command = {
  id: 'workbench.save',
  category: 'File',
  title: 'Save',
  keybinding: '$mod+KeyS',
  run: () => void submitToSave(formToSave(document.activeElement, shownEditorPanel())),
}
