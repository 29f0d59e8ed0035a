// PLACEHOLDER until the editor core is merged (drop this file at merge).
import type { Commands } from '../editor/contract';

export const commands: Commands = new Proxy({} as Commands, {
  get: () => () => {
    throw new Error('editor core not merged yet');
  },
});
