import { describe, expect, it } from 'vitest';
import type { Command, MapData } from '../editor/contract';
import { apply, applyOperations } from './apply';
import { commands } from './commands';
import { ID_PATTERN } from './ids';
import { ANNA, canonical, cell, sampleMap } from './test-fixture';

/** Applies the command, checks every op applied, then undoes it and expects the original map. */
function roundTrip(command: Command, map: MapData = sampleMap()): MapData {
  expect(command.ops.length).toBeGreaterThan(0);
  const done = applyOperations(map, command.ops);
  expect(done.skipped).toEqual([]);
  expect(done.map).not.toEqual(map);
  const undone = applyOperations(done.map, command.inverse);
  expect(undone.skipped).toEqual([]);
  expect(canonical(undone.map)).toEqual(canonical(map));
  // Redo after undo gives the same result again.
  expect(canonical(apply(undone.map, command.ops))).toEqual(canonical(done.map));
  return done.map;
}

describe('commands: do then undo restores the map', () => {
  const m = sampleMap();
  const cases: [string, Command][] = [
    ['addStage', commands.addStage(m, 1, 'New', 'First')],
    ['renameStage', commands.renameStage(m, 'S2', 'Buying')],
    ['moveStage', commands.moveStage(m, 'S1', 2)],
    ['deleteStage', commands.deleteStage(m, 'S2')],
    ['deleteStage (hidden step)', commands.deleteStage(m, 'S1')],
    ['setStageHidden', commands.setStageHidden(m, 'S1', true)],
    ['addStep', commands.addStep(m, 'S2', 1, 'Compares')],
    ['renameStep', commands.renameStep(m, 's3', 'Enters shop')],
    ['moveStep within its stage', commands.moveStep(m, 's3', 'S2', 1)],
    ['moveStep to another stage', commands.moveStep(m, 's3', 'S3', 1)],
    ['deleteStep', commands.deleteStep(m, 's3')],
    ['setStepHidden', commands.setStepHidden(m, 's2', false)],
    ['addLane', commands.addLane(m, 2, 'TOUCHPOINTS', 'Channels')],
    ['renameLane', commands.renameLane(m, 'L3', 'Pains')],
    ['moveLane', commands.moveLane(m, 'L4', 0)],
    ['deleteLane', commands.deleteLane(m, 'L1')],
    ['deleteLane (hidden)', commands.deleteLane(m, 'L3')],
    ['setLaneHidden', commands.setLaneHidden(m, 'L3', false)],
    ['addCard', commands.addCard(m, 'L3', 's1', 0, { text: 'Slow', severity: 'LOW' })],
    ['updateCard', commands.updateCard(m, 'c2', { text: 'Long queue', severity: null, frequency: 'OFTEN' })],
    ['moveCard within the cell', commands.moveCard(m, 'c1', 'L1', 's1', 2)],
    ['moveCard to another cell', commands.moveCard(m, 'c7', 'L1', 's4', 0)],
    ['moveCard to a lane that drops fields', commands.moveCard(m, 'c2', 'L1', 's1', 1)],
    ['duplicateCard', commands.duplicateCard(m, 'c3')],
    ['deleteCard', commands.deleteCard(m, 'c3')],
    ['deleteCard (opportunity)', commands.deleteCard(m, 'c4')],
    ['setEmotion new', commands.setEmotion(m, 's2', null, 2)],
    ['setEmotion change', commands.setEmotion(m, 's3', 7, 1)],
    ['setEmotion clear', commands.setEmotion(m, 's1', null, null)],
    ['attachPersona', commands.attachPersona(m, { id: 12, spaceKey: 'DS', name: 'Dana' })],
    ['detachPersona', commands.detachPersona(m, ANNA.id)],
    ['setMapFields', commands.setMapFields(m, { title: 'Bikes', goal: null, salesCycle: 'DAYS_30' })],
  ];
  it.each(cases)('%s', (_name, command) => {
    roundTrip(command);
  });

  it('covers every factory', () => {
    const covered = new Set(cases.map(([name]) => name.split(' ')[0]));
    expect([...covered].sort()).toEqual(Object.keys(commands).sort());
  });
});

describe('commands: details', () => {
  it('new ids match the id pattern and differ', () => {
    const a = commands.addStage(sampleMap(), 0, 'A', 'a').ops[0];
    const b = commands.addStage(sampleMap(), 0, 'A', 'a').ops[0];
    if (a.type !== 'addStage' || b.type !== 'addStage') throw new Error('unexpected');
    expect(a.stageId).toMatch(ID_PATTERN);
    expect(a.step.id).toMatch(ID_PATTERN);
    expect(a.stageId).not.toBe(b.stageId);
  });

  it('duplicateCard puts the copy right after the original with the same fields', () => {
    const map = apply(sampleMap(), commands.duplicateCard(sampleMap(), 'c1').ops);
    const ids = cell(map, 'L1', 's1');
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe('c1');
    expect(ids[2]).toBe('c3');
    expect(map.cards.find((c) => c.id === ids[1])?.fields).toEqual({ text: 'Scrolls feed' });
  });

  it('undo of deleteCard puts the card back at its index with all its fields', () => {
    const start = sampleMap();
    const command = commands.deleteCard(start, 'c3');
    const undone = apply(apply(start, command.ops), command.inverse);
    expect(cell(undone, 'L1', 's1')).toEqual(['c1', 'c3', 'c7']);
    expect(undone.cards.find((c) => c.id === 'c3')).toEqual(start.cards[2]);
  });

  it('moving a card into a lane that does not take its fields clears them first', () => {
    const command = commands.moveCard(sampleMap(), 'c2', 'L1', 's1', 0);
    expect(command.ops[0]).toEqual({ type: 'updateCard', cardId: 'c2', fields: { severity: null } });
    const moved = apply(sampleMap(), command.ops).cards.find((c) => c.id === 'c2');
    expect(moved?.fields).toEqual({ text: 'Queue', momentThatMatters: true });
  });

  it('undo of deleteStage restores hidden flags, steps, cards and scores', () => {
    const start = sampleMap();
    const command = commands.deleteStage(start, 'S2');
    const deleted = apply(start, command.ops);
    expect(deleted.cards).toHaveLength(4);
    const undone = apply(deleted, command.inverse);
    expect(undone.stages).toEqual(start.stages);
    expect(cell(undone, 'L3', 's3')).toEqual(['c2', 'c6']);
    expect(undone.cards.find((c) => c.id === 'c4')?.priority).toBe(12);
  });

  it('setEmotion inverts to the previous score or to null', () => {
    expect(commands.setEmotion(sampleMap(), 's3', 7, 1).inverse).toEqual([{ type: 'setEmotion', stepId: 's3', personaId: 7, score: -2 }]);
    expect(commands.setEmotion(sampleMap(), 's2', 7, 1).inverse).toEqual([{ type: 'setEmotion', stepId: 's2', personaId: 7, score: null }]);
  });

  it('factories for unknown elements give commands without operations', () => {
    expect(commands.deleteCard(sampleMap(), 'nope').ops).toEqual([]);
    expect(commands.renameStage(sampleMap(), 'nope', 'x').ops).toEqual([]);
    expect(commands.attachPersona(sampleMap(), ANNA).ops).toEqual([]);
  });
});
