// A menu button: aria-haspopup/aria-expanded, a role=menu list, arrow keys, Escape closes.
import { h } from './h';

export interface MenuItem { label: string; run(): void; disabled?: boolean }

export function menuButton(label: string, glyph: string, items: () => MenuItem[], attrs: Record<string, string> = {}): HTMLElement {
  const wrap = h('span', { class: 'jm-menu-wrap' });
  const btn = h('button', { type: 'button', class: 'jm-button jm-icon-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': label, title: label, ...attrs },
    h('span', { 'aria-hidden': 'true', text: glyph }));
  wrap.appendChild(btn);
  let menu: HTMLElement | null = null;
  const close = (focusButton: boolean) => {
    if (!menu) return;
    menu.remove();
    menu = null;
    btn.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', outside, true);
    if (focusButton) btn.focus();
  };
  const outside = (e: Event) => {
    if (!wrap.contains(e.target as Node)) close(false);
  };
  const open = () => {
    menu = h('ul', { class: 'jm-menu', role: 'menu', 'aria-label': label });
    for (const item of items()) {
      const li = h('li', { role: 'menuitem', tabindex: -1, 'aria-disabled': item.disabled ? 'true' : null, text: item.label });
      const activate = () => {
        if (item.disabled) return;
        close(true);
        item.run();
      };
      li.addEventListener('click', activate);
      li.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      });
      menu.appendChild(li);
    }
    menu.addEventListener('keydown', (e) => {
      const entries = Array.from(menu!.querySelectorAll<HTMLElement>('[role=menuitem]'));
      const i = entries.indexOf(document.activeElement as HTMLElement);
      e.stopPropagation();
      if (e.key === 'ArrowDown') entries[(i + 1) % entries.length].focus();
      else if (e.key === 'ArrowUp') entries[(i - 1 + entries.length) % entries.length].focus();
      else if (e.key === 'Home') entries[0].focus();
      else if (e.key === 'End') entries[entries.length - 1].focus();
      else if (e.key === 'Escape' || e.key === 'Tab') close(e.key === 'Escape');
      else return;
      e.preventDefault();
    });
    wrap.appendChild(menu);
    btn.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', outside, true);
    menu.querySelector<HTMLElement>('[role=menuitem]:not([aria-disabled])')?.focus();
  };
  btn.addEventListener('click', (e) => {
    e.stopPropagation();
    if (menu) close(true);
    else open();
  });
  btn.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && !menu) {
      e.preventDefault();
      e.stopPropagation();
      open();
    }
  });
  return wrap;
}
