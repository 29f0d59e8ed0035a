import { requestJson } from './http';

/** A built-in template, as the template chooser lists it. */
export interface Template {
  id: string; language: string; name: string; description: string; journeyType: string;
  stageCount: number; stepCount: number; laneCount: number;
}

/** The built-in templates in a language (en, ar, fa). */
export function listTemplates(restBase: string, language: string): Promise<Template[]> {
  return requestJson<Template[]>('GET', `${restBase}/templates?language=${encodeURIComponent(language)}`);
}
