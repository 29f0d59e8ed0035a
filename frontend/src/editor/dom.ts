// The editor's DOM contract: what end-to-end tests (src/test/java/io/journeymaps/browser) and
// the views agree on. Accessible names are the English UI strings; tests run in English unless
// they test another language.

export const DOM = {
  /** The server-rendered container; the editor replaces its static view with the live grid. */
  container: '.journey-map-container',
  /** Set on the container: "attached" once the editor runs, "interactive" once the grid is live. */
  editorState: 'data-editor-state',
  /** The grid: role="grid", aria-label "Journey map" (in the UI language). */
  grid: '[role=grid]',
  /** Column header of a step: role="columnheader", data-step-id. Stage header: data-stage-id.
   *  Stage, step and lane headers hold their name in [data-field=name] (beside an actions menu). */
  stepHeader: '[data-step-id][role=columnheader]',
  stageHeader: '[data-stage-id][role=columnheader]',
  /** Row header of a lane: role="rowheader", data-lane-id, data-lane-type. */
  laneHeader: '[data-lane-id][role=rowheader]',
  /** A cell: role="gridcell", data-lane-id + data-step-id. */
  cell: '[role=gridcell][data-lane-id][data-step-id]',
  /** A card: data-card-id, draggable; its text in [data-field=text]. */
  card: '[data-card-id]',
  cardText: '[data-field=text]',
  /** An emotion point: role="slider", aria-valuemin -2, aria-valuemax 2, data-step-id, data-persona-id ("" = general). */
  emotionPoint: '[role=slider][data-step-id]',
  /** Toolbar buttons by accessible name: "Add stage", "Add lane", "Undo", "Redo", "Map settings",
   *  "Map view", "Table view", "Filters", "History". Cards get "Add card" buttons in their cells. Readers
   *  get only "Map view", "Table view", "Filters" and "History" (no edit controls, no save indicator). */
  toolbar: '[role=toolbar]',
  /** Save indicator text: "Saved", "Saving…", "Offline — retrying", "Conflict". */
  saveState: '.jm-save-state',
  /** History (toolbar button "History", for readers too): a dialog holding a listbox of revisions
   *  (role=option, data-version, newest first), buttons data-action=history-preview|history-restore|
   *  history-compare, and the revision's read-only grid; compared elements carry data-diff="added"|"changed". */
  history: '.jm-history',
  historyRevision: '.jm-history [role=option][data-version]',
  /** A dialog (card editor, settings, personas, conflict, template chooser): role="dialog". */
  dialog: '[role=dialog]',
  /** The table view: a <table> with class jm-table-view, one row per card (data-card-id). */
  tableView: 'table.jm-table-view',
  /** The template chooser shown by a macro that has no map yet: data-template-id on each choice. */
  templateChoice: '[data-template-id]',
} as const;
