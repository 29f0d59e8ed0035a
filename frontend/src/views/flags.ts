// AUI-style flags: a message with a dismiss button, announced (role=alert for errors, role=status
// for confirmations such as "Restored version 12").
import { h } from './h';

export function showFlag(host: HTMLElement, text: string, dismissLabel: string, kind: 'error' | 'success' = 'error'): HTMLElement {
  let stack = host.querySelector<HTMLElement>(':scope > .jm-flags');
  if (!stack) {
    stack = h('div', { class: 'jm-flags' });
    host.appendChild(stack);
  }
  const close = h('button', { type: 'button', class: 'jm-button jm-icon-button', 'aria-label': dismissLabel, title: dismissLabel }, h('span', { 'aria-hidden': 'true', text: '✕' }));
  const flag = h('div', { class: `jm-flag jm-flag-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('span', { class: 'jm-flag-icon', 'aria-hidden': 'true', text: kind === 'error' ? '!' : '✓' }), h('span', { class: 'jm-flag-text', text }), close);
  close.addEventListener('click', () => flag.remove());
  stack.appendChild(flag);
  return flag;
}
