import { loadSampleInterviews, removeSampleInterviews } from '../../board/samples'
import type { Command } from '../command'

export const loadSamples: Command = {
  id: 'board.loadSamples',
  category: 'Board',
  title: 'Load sample interviews',
  run: loadSampleInterviews,
}

export const removeSamples: Command = {
  id: 'board.removeSamples',
  category: 'Board',
  title: 'Remove sample interviews',
  run: removeSampleInterviews,
  // As the board's More actions menu, which offers it only then.
  when: ({ data }) => data.state.sampleIds.length > 0,
}
