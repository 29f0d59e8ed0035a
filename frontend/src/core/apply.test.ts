import { describe, expect, it } from 'vitest';
import { apply, applyOperation, applyOperations } from './apply';
import { rememberPersonas } from './personas';
import { cell, sampleMap } from './test-fixture';

describe('applyOperation: structure', () => {
  it('adds a stage with its first step at the index', () => {
    const map = apply(sampleMap(), [{ type: 'addStage', stageId: 'N', index: 1, name: ' New ', step: { id: 'n1', name: 'First' } }]);
    expect(map.stages.map((s) => s.id)).toEqual(['S1', 'N', 'S2', 'S3']);
    expect(map.stages[1]).toEqual({ id: 'N', name: 'New', hidden: false, steps: [{ id: 'n1', name: 'First', hidden: false }] });
  });

  it('refuses ids already used by any element', () => {
    expect(applyOperation(sampleMap(), { type: 'addLane', laneId: 'c1', index: 0, laneType: 'TEXT', name: 'X' })).toBeNull();
    expect(applyOperation(sampleMap(), { type: 'addStep', stageId: 'S1', stepId: 'L1', index: 0, name: 'X' })).toBeNull();
  });

  it('deleting a stage removes its steps, their cards and their emotion scores', () => {
    const map = apply(sampleMap(), [{ type: 'deleteStage', stageId: 'S2' }]);
    expect(map.stages.map((s) => s.id)).toEqual(['S1', 'S3']);
    expect(map.cards.map((c) => c.id)).toEqual(['c1', 'c3', 'c7', 'c9']);
    expect(map.emotions).toEqual([{ stepId: 's1', personaId: null, score: 1 }, { stepId: 's5', personaId: 8, score: 2 }]);
  });

  it('keeps the last stage and the last step of a stage', () => {
    const one = apply(sampleMap(), [{ type: 'deleteStage', stageId: 'S1' }, { type: 'deleteStage', stageId: 'S2' }]);
    expect(applyOperation(one, { type: 'deleteStage', stageId: 'S3' })).toBeNull();
    expect(applyOperation(one, { type: 'deleteStep', stepId: 's5' })).toBeNull();
    expect(applyOperation(sampleMap(), { type: 'moveStep', stepId: 's5', stageId: 'S1', index: 0 })).toBeNull();
  });

  it('moves a step into another stage at the index among the target steps', () => {
    const map = apply(sampleMap(), [{ type: 'moveStep', stepId: 's2', stageId: 'S2', index: 1 }]);
    expect(map.stages[0].steps.map((s) => s.id)).toEqual(['s1']);
    expect(map.stages[1].steps.map((s) => s.id)).toEqual(['s3', 's2', 's4']);
  });

  it('moves count the index without the moved element and pull it to the end when too large', () => {
    expect(apply(sampleMap(), [{ type: 'moveStage', stageId: 'S1', index: 2 }]).stages.map((s) => s.id)).toEqual(['S2', 'S3', 'S1']);
    expect(apply(sampleMap(), [{ type: 'moveLane', laneId: 'L4', index: 99 }]).lanes.map((l) => l.id)).toEqual(['L1', 'L2', 'L3', 'L4']);
    expect(apply(sampleMap(), [{ type: 'moveLane', laneId: 'L4', index: 0 }]).lanes.map((l) => l.id)).toEqual(['L4', 'L1', 'L2', 'L3']);
  });

  it('deleting a lane removes its cards only', () => {
    const map = apply(sampleMap(), [{ type: 'deleteLane', laneId: 'L1' }]);
    expect(map.cards.map((c) => c.id)).toEqual(['c2', 'c4', 'c6', 'c9']);
    expect(map.emotions).toHaveLength(5);
  });

  it('renames trim and refuse empty names', () => {
    expect(apply(sampleMap(), [{ type: 'renameLane', laneId: 'L1', name: '  Doing ' }]).lanes[0].name).toBe('Doing');
    expect(applyOperation(sampleMap(), { type: 'renameStep', stepId: 's1', name: '   ' })).toBeNull();
  });
});

describe('applyOperation: cards', () => {
  it('adds a card at its index within the cell', () => {
    const map = apply(sampleMap(), [{ type: 'addCard', cardId: 'n', laneId: 'L1', stepId: 's1', index: 1, fields: { text: 'x', owner: null } }]);
    expect(cell(map, 'L1', 's1')).toEqual(['c1', 'n', 'c3', 'c7']);
    expect(map.cards.find((c) => c.id === 'n')).toEqual({ id: 'n', laneId: 'L1', stepId: 's1', fields: { text: 'x' }, jiraLinks: [] });
  });

  it('appends after the last card of the cell, or at the end for an empty cell', () => {
    const map = apply(sampleMap(), [
      { type: 'addCard', cardId: 'a', laneId: 'L1', stepId: 's1', index: 3 },
      { type: 'addCard', cardId: 'b', laneId: 'L1', stepId: 's5', index: 0 },
    ]);
    expect(map.cards.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'a', 'c8', 'c9', 'b']);
  });

  it('refuses cards in the emotion lane', () => {
    expect(applyOperation(sampleMap(), { type: 'addCard', cardId: 'n', laneId: 'L2', stepId: 's1', index: 0 })).toBeNull();
  });

  it('updates given fields only, null clears, and recomputes opportunity priority', () => {
    const map = apply(sampleMap(), [
      { type: 'updateCard', cardId: 'c4', fields: { feasible: 1, text: null } },
      { type: 'updateCard', cardId: 'c9', fields: { feasible: 1, viable: 1, desirable: 2 } },
    ]);
    const c4 = map.cards.find((c) => c.id === 'c4');
    expect(c4?.fields).toEqual({ feasible: 1, viable: 4, desirable: 5 });
    expect(c4?.priority).toBe(10);
    expect(map.cards.find((c) => c.id === 'c9')?.priority).toBe(4);
  });

  it('moves a card to another cell and gives it or takes away the priority', () => {
    const map = apply(sampleMap(), [{ type: 'moveCard', cardId: 'c5', laneId: 'L4', stepId: 's3', index: 0 }]);
    expect(cell(map, 'L4', 's3')).toEqual(['c5', 'c4']);
    expect(map.cards.find((c) => c.id === 'c5')?.priority).toBeNull();
    const back = apply(map, [{ type: 'moveCard', cardId: 'c5', laneId: 'L1', stepId: 's3', index: 0 }]);
    expect(back.cards.find((c) => c.id === 'c5')).not.toHaveProperty('priority');
  });

  it('moves a card within its cell counting the index without it', () => {
    const map = apply(sampleMap(), [{ type: 'moveCard', cardId: 'c1', laneId: 'L1', stepId: 's1', index: 2 }]);
    expect(cell(map, 'L1', 's1')).toEqual(['c3', 'c7', 'c1']);
  });

  it('keeps untouched parts identical (structural sharing)', () => {
    const before = sampleMap();
    const after = apply(before, [{ type: 'updateCard', cardId: 'c3', fields: { text: 'y' } }]);
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
    expect(after.emotions).toBe(before.emotions);
    expect(after.cards[0]).toBe(before.cards[0]);
    expect(after.cards[2]).not.toBe(before.cards[2]);
  });
});

describe('applyOperation: emotions, personas, map fields', () => {
  it('sets, replaces and removes scores; persona scores need an attached persona', () => {
    let map = apply(sampleMap(), [
      { type: 'setEmotion', stepId: 's1', personaId: null, score: -2 },
      { type: 'setEmotion', stepId: 's2', personaId: 8, score: 1 },
      { type: 'setEmotion', stepId: 's3', personaId: null, score: null },
    ]);
    expect(map.emotions).toEqual([
      { stepId: 's1', personaId: null, score: -2 },
      { stepId: 's3', personaId: 7, score: -2 },
      { stepId: 's4', personaId: 7, score: 0 },
      { stepId: 's5', personaId: 8, score: 2 },
      { stepId: 's2', personaId: 8, score: 1 },
    ]);
    expect(applyOperation(map, { type: 'setEmotion', stepId: 's1', personaId: 99, score: 1 })).toBeNull();
    expect(applyOperation(map, { type: 'setEmotion', stepId: 's1', personaId: null, score: 3 })).toBeNull();
    map = apply(map, [{ type: 'detachPersona', personaId: 7 }]);
    expect(map.personas.map((p) => p.id)).toEqual([8]);
    expect(map.emotions.some((e) => e.personaId === 7)).toBe(false);
  });

  it('attaches a persona with its known record; attaching twice changes nothing', () => {
    rememberPersonas([{ id: 31, spaceKey: 'DS', name: 'Cleo' }]);
    const map = apply(sampleMap(), [{ type: 'attachPersona', personaId: 31 }]);
    expect(map.personas[2]).toEqual({ id: 31, spaceKey: 'DS', name: 'Cleo' });
    expect(applyOperation(map, { type: 'attachPersona', personaId: 31 })).toBe(map);
  });

  it('sets map fields; a blank title is refused', () => {
    const map = apply(sampleMap(), [{ type: 'setMapFields', fields: { title: ' T ', goal: null, direction: 'RTL' } }]);
    expect([map.title, map.goal, map.direction]).toEqual(['T', null, 'RTL']);
    expect(applyOperation(map, { type: 'setMapFields', fields: { title: '' } })).toBeNull();
  });

  it('reports the operations it left out', () => {
    const result = applyOperations(sampleMap(), [
      { type: 'deleteCard', cardId: 'nope' },
      { type: 'renameStage', stageId: 'S1', name: 'A' },
      { type: 'updateCard', cardId: 'c1', fields: {} },
    ]);
    expect(result.skipped).toEqual([0, 2]);
    expect(result.map.stages[0].name).toBe('A');
  });
});
