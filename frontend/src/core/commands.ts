import type { Commands } from '../editor/contract';
import * as cards from './commands-cards';
import * as structure from './commands-structure';

/**
 * Every edit the views can make, as a command with its operations and their inverse. A factory
 * given an element that does not exist returns a command without operations (the store ignores it).
 */
export const commands: Commands = {
  addStage: structure.addStage,
  renameStage: structure.renameStage,
  moveStage: structure.moveStage,
  deleteStage: structure.deleteStage,
  setStageHidden: structure.setStageHidden,
  addStep: structure.addStep,
  renameStep: structure.renameStep,
  moveStep: structure.moveStep,
  deleteStep: structure.deleteStep,
  setStepHidden: structure.setStepHidden,
  addLane: structure.addLane,
  renameLane: structure.renameLane,
  moveLane: structure.moveLane,
  deleteLane: structure.deleteLane,
  setLaneHidden: structure.setLaneHidden,
  addCard: cards.addCard,
  updateCard: cards.updateCard,
  moveCard: cards.moveCard,
  duplicateCard: cards.duplicateCard,
  deleteCard: cards.deleteCard,
  setEmotion: cards.setEmotion,
  attachPersona: cards.attachPersona,
  detachPersona: cards.detachPersona,
  setMapFields: cards.setMapFields,
};
