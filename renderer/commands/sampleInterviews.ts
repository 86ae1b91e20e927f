import { loadSampleInterviews, removeSampleInterviews } from '../board/samples'
import type { Command } from './command'

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
}
