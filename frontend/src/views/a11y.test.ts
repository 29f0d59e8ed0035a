import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DOM } from '../editor/dom';
import { fixtureMap } from './testing/fixtures';
import { byName, renderEditor } from './testing/render';

afterEach(() => { document.body.innerHTML = ''; });

async function seriousViolations(root: Element): Promise<string[]> {
  // Colour contrast needs layout, which jsdom does not do; the browser check covers it.
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  it('finds nothing serious in the editor grid', async () => {
    document.documentElement.lang = 'en';
    const { root } = renderEditor(fixtureMap());
    expect(await seriousViolations(root)).toEqual([]);
  });

  it('finds nothing serious in the reader grid, the table view and a right-to-left map', async () => {
    const { root } = renderEditor(fixtureMap({ direction: 'RTL' }), { canEdit: false, lang: 'ar' });
    expect(await seriousViolations(root)).toEqual([]);
    byName(root, 'عرض الجدول').click();
    expect(root.querySelector(DOM.tableView)).not.toBeNull();
    expect(await seriousViolations(root)).toEqual([]);
  });

  it('finds nothing serious in the card dialog', async () => {
    const { root } = renderEditor(fixtureMap());
    byName(root.querySelector('[data-card-id="c7"]')!, 'Edit card').click();
    expect(await seriousViolations(document.querySelector(DOM.dialog)!)).toEqual([]);
  });
});
