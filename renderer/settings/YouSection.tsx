import type { GreetingStyle } from '../../shared/domain/settings'
import { SelectField, SettingsSection, TextField } from './SettingsFields'
import { SETTINGS_TARGETS } from './settingsSession'

const GREETINGS: ReadonlyArray<readonly [GreetingStyle, string]> = [
  ['first-name', 'By first name: “Dear Priya,”'],
  ['full-name', 'By full name: “Dear Priya Raman,”'],
  ['title-surname', 'By title and surname: “Dear Dr Raman,”'],
]

/** Settings › You: the name, address and signature the messages go out with, and how they greet. */
export function YouSection() {
  return (
    <SettingsSection
      headingId={SETTINGS_TARGETS.you}
      title="You"
      description="Your messages are signed with these, and the formal letter carries your address. Everything here is optional and stays on this computer."
    >
      <div className="settings-grid">
        <TextField name="you.name" label="Your name" autoComplete="name" />
        <TextField name="you.email" label="Your email" type="email" autoComplete="email" />
        <TextField name="you.phone" label="Your phone" type="tel" autoComplete="tel" />
        <SelectField name="you.greeting" label="Greet people" options={GREETINGS} />
      </div>
      <div className="settings-grid">
        <TextField
          name="you.address"
          label="Your address"
          hint="For the top of a formal letter, laid out as on an envelope."
          autoComplete="street-address"
          rows={3}
        />
        <TextField
          name="you.signature"
          label="Signature"
          hint="Lines after your name at the end of each message, such as a portfolio link."
          rows={3}
        />
      </div>
    </SettingsSection>
  )
}
