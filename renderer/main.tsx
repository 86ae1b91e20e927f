import '@vscode/codicons/dist/codicon.css'
import './styles/theme.css'
import './styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createClient } from '../shared/api/client'
import { createServices, ServicesProvider } from './services/services'
import { selectTransport } from './transport/selectTransport'
import { Workbench } from './workbench/Workbench'

const services = createServices(createClient(selectTransport()))
services.data.start()
services.theme.start()

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')

createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <Workbench />
    </ServicesProvider>
  </StrictMode>,
)
