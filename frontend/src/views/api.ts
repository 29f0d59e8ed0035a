// The REST calls the views make themselves (personas, templates, creating a map), on the shared
// fetch helper. The map itself is loaded in mount.ts; saving belongs to the core.
import { commentsApi } from '../api/comments';
import { requestJson } from '../api/http';
import { historyApi } from '../api/history';
import { jiraApi } from '../api/jira';
import type { MapData, Persona } from '../editor/contract';
import type { ViewApi } from './context';

export interface TemplateInfo {
  id: string; language: string; name: string; description: string; journeyType: string;
  stageCount: number; stepCount: number; laneCount: number;
}

export function viewApi(restBase: string): ViewApi {
  return {
    jira: jiraApi(restBase),
    history: historyApi(restBase),
    comments: commentsApi(restBase),
    async listPersonas(spaceKey) {
      const body = await requestJson<Persona[] | { personas: Persona[] }>('GET', `${restBase}/spaces/${encodeURIComponent(spaceKey)}/personas`);
      return Array.isArray(body) ? body : body?.personas ?? [];
    },
    createPersona(spaceKey, draft) {
      return requestJson<Persona>('POST', `${restBase}/spaces/${encodeURIComponent(spaceKey)}/personas`, draft);
    },
  };
}

export function fetchMap(restBase: string, mapId: string): Promise<MapData> {
  return requestJson<MapData>('GET', `${restBase}/maps/${encodeURIComponent(mapId)}`);
}

export function listTemplates(restBase: string, language: string): Promise<TemplateInfo[]> {
  return requestJson<TemplateInfo[]>('GET', `${restBase}/templates?language=${encodeURIComponent(language)}`);
}

export function createMap(restBase: string, body: { pageId: number; template: string; language: string; macroKey: string }): Promise<MapData> {
  return requestJson<MapData>('POST', `${restBase}/maps`, body);
}
