/** The notes search box's element id, apart from the view so that commands can focus it without loading it. */
export const SEARCH_INPUT_ID = 'notes-search-input'
