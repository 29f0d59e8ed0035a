import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { byName, renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

const rowIds = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>(`${DOM.tableView} tbody tr`)).map((r) => r.dataset.cardId);

function setFilter(root: HTMLElement, name: string, value: string) {
  const sel = root.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!;
  sel.value = value;
  sel.dispatchEvent(new Event('change'));
}

describe('table view', () => {
  it('lists every card as a row in map order', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    byName(root, 'Table view').click();
    expect(byName(root, 'Table view').getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector(DOM.grid)).toBeNull();
    expect(rowIds(root)).toEqual(['c1', 'c2', 'c3', 'c4', 'c8', 'c5', 'c6', 'c7', 'c9']);
    const cells = Array.from(root.querySelectorAll(`${DOM.tableView} tr[data-card-id="c4"] td`)).map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['Awareness', 'Reads reviews', 'Pain points']);
    expect(cells[4]).toContain('High');
  });

  it('sorts by a column header, toggling aria-sort', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    byName(root, 'Table view').click();
    root.querySelector<HTMLButtonElement>('[data-sort=text]')!.click();
    const th = () => root.querySelector<HTMLButtonElement>('[data-sort=text]')!.parentElement!;
    expect(th().getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds(root)[0]).toBe('c6');
    root.querySelector<HTMLButtonElement>('[data-sort=text]')!.click();
    expect(th().getAttribute('aria-sort')).toBe('descending');
    expect(rowIds(root)[0]).toBe('c8');
    expect(root.querySelector('[data-sort=stage]')!.parentElement!.getAttribute('aria-sort')).toBe('none');
  });

  it('searches the rows', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    byName(root, 'Table view').click();
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'dealer';
    search.dispatchEvent(new Event('input'));
    expect(rowIds(root)).toEqual(['c5']);
  });

  it('applies the filters to both views', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    byName(root, 'Filters').click();
    expect(byName(root, 'Filters').getAttribute('aria-expanded')).toBe('true');
    setFilter(root, 'severity', 'HIGH');
    expect(Array.from(root.querySelectorAll<HTMLElement>(DOM.card)).map((c) => c.dataset.cardId)).toEqual(['c4']);
    byName(root, 'Table view').click();
    expect(rowIds(root)).toEqual(['c4']);
    setFilter(root, 'severity', '');
    setFilter(root, 'linked', 'unlinked');
    expect(rowIds(root)).not.toContain('c4');
    setFilter(root, 'linked', '');
    setFilter(root, 'jiraStatus', 'indeterminate');
    expect(rowIds(root)).toEqual(['c4']);
    setFilter(root, 'jiraStatus', '');
    setFilter(root, 'laneType', 'METRICS');
    expect(rowIds(root)).toEqual(['c7']);
    byName(root, 'Map view').click();
    expect(Array.from(root.querySelectorAll<HTMLElement>(DOM.laneHeader)).map((l) => l.dataset.laneId)).toEqual(['met']);
  });

  it('filters the emotion curve by persona', () => {
    const { root } = renderEditor(fixtureMap(), { canEdit: false });
    byName(root, 'Filters').click();
    setFilter(root, 'personaId', '5');
    const points = Array.from(root.querySelectorAll<HTMLElement>(DOM.emotionPoint));
    expect(new Set(points.map((p) => p.dataset.personaId))).toEqual(new Set(['5']));
  });
});
