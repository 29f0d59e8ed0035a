// A static demo page for visual checks in a browser: the editor on fake stores (no server).
import '../../styles/journey-map.css';
import '../../styles/editor.css';
import { attachAll } from '../../bootstrap';
import type { MapData } from '../../editor/contract';
import { bigMap, fixtureMap } from './fixtures';
import { createFakeStore, fakeCommands } from './fakeStore';
import { fakeApi } from './render';

const maps: Record<string, MapData> = {
  '1': fixtureMap(),
  '2': fixtureMap({ id: 2, direction: 'RTL', title: 'رحلة شراء سيارة', language: 'ar' }),
  '3': bigMap(1000),
};
const w = window as unknown as { jmDemo: unknown; jmMeasure(el: HTMLElement): Promise<number> };
const deps = {
  createStore: (map: MapData, config: { canEdit: boolean }) => createFakeStore(map, config.canEdit),
  commands: fakeCommands,
  fetchMap: async (_r: string, id: string) => maps[id],
  api: () => fakeApi([{ id: 5, spaceKey: 'DEMO', name: 'Sara', colour: '#FF5630' }, { id: 6, spaceKey: 'DEMO', name: 'Omid', jobTitle: 'Teacher' }]),
};
w.jmDemo = attachAll(document, deps);
/** Milliseconds from the map data being there to the grid being interactive. */
w.jmMeasure = async (el) => {
  let t0 = 0;
  const [editor] = attachAll(el.parentElement!, { ...deps, fetchMap: async (_r, id) => { t0 = performance.now(); return maps[id]; } });
  await editor.ready;
  return performance.now() - t0;
};
