// First: starts loading the board while the rest of the code is evaluated.
import { client, data } from './boot'
import '@vscode/codicons/dist/codicon.css'
import './styles/theme.css'
import './styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { afterFirstScreen, firstPagesIn } from './services/firstScreen'
import { createServices, ServicesProvider } from './services/services'
import { Workbench } from './workbench/Workbench'
import { startBrowserReminders } from './workbench/browserReminders'

const services = createServices(client, data)
services.theme.start()
services.board.followDensity()
startBrowserReminders(services)

/** How long the first render waits for the board's first pages before it shows the board without them. */
const FIRST_RENDER_WAIT_MS = 150

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')

void firstPagesIn(data, FIRST_RENDER_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <Workbench />
      </ServicesProvider>
    </StrictMode>,
  ),
)

// The desktop window stays hidden until its board is painted, so it never opens blank (electron/main/window.ts).
void afterFirstScreen(data).then(() => window.debrief?.signalFirstPaint())
