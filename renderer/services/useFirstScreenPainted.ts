import { useEffect, useState } from 'react'
import { afterFirstScreen } from './firstScreen'
import { useServices } from './services'

/** False until the window's first screen is painted (firstScreen.ts): what it does not need waits for it. */
export function useFirstScreenPainted(): boolean {
  const { data } = useServices()
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let live = true
    void afterFirstScreen(data).then(() => live && setPainted(true))
    return () => {
      live = false
    }
  }, [data])
  return painted
}
