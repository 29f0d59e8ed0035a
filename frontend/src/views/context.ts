// What every view module gets: the store, the command factories, strings and the view's own state
// (mode, filters, which cell has focus). Views never change the map themselves: they build a
// command and hand it to ctx.run.
import type { HistoryApi } from '../api/history';
import type { CommentsApi } from '../api/comments';
import type { JiraApi } from '../api/jira';
import type { Command, Commands, EditorStore, Persona } from '../editor/contract';
import type { Translate } from '../messages';
import type { CommentsUi } from './comments/ui';
import type { Filters } from './filters';

export interface ViewApi {
  listPersonas(spaceKey: string): Promise<Persona[]>;
  createPersona(spaceKey: string, draft: Record<string, unknown>): Promise<Persona>;
  /** The Jira endpoints; absent where the host has none. */
  jira?: JiraApi;
  /** The map's revisions (list, preview, compare, restore); absent where the host has none. */
  history?: HistoryApi;
  /** The comment endpoints; absent where the host has none (then no comment UI). */
  comments?: CommentsApi;
}

export type SortKey = 'stage' | 'step' | 'lane' | 'text' | 'details' | 'jira';

export interface ViewState {
  mode: 'map' | 'table';
  filters: Filters;
  filtersOpen: boolean;
  search: string;
  sort: { key: SortKey; dir: 'ascending' | 'descending' } | null;
  /** The grid's active cell (roving tabindex): "laneId|stepId". */
  activeCell: string | null;
  /** Something to do once the next render is in the DOM (e.g. rename a new stage). */
  afterRender: Array<() => void>;
}

export interface ViewContext {
  store: EditorStore;
  cmds: Commands;
  t: Translate;
  canEdit: boolean;
  api: ViewApi;
  state: ViewState;
  /** The editor's root element (dialogs and flags attach next to it). */
  root: HTMLElement;
  run(command: Command): void;
  /** Re-renders the body (grid or table) keeping focus where it was. */
  refresh(): void;
  announce(text: string): void;
  flag(text: string): void;
  /** Comments of the map (badges, side panel); absent without a comments API. */
  comments?: CommentsUi;
}

export function mapDir(ctx: ViewContext): 'ltr' | 'rtl' {
  return ctx.store.map.direction === 'RTL' ? 'rtl' : 'ltr';
}

export function newViewState(): ViewState {
  return {
    mode: 'map',
    filters: { personaId: '', laneType: '', severity: '', jiraStatus: '', linked: '' },
    filtersOpen: false,
    search: '',
    sort: null,
    activeCell: null,
    afterRender: [],
  };
}
