/** The Today view's element id, apart from the view so that commands can focus it without loading it. */
export const TODAY_VIEW_ID = 'today-view'
