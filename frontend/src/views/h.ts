// Tiny DOM builders. Text always goes in as text nodes or attributes, never as markup.

type Attr = string | number | boolean | null | undefined;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, Attr> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else if (name === 'text') el.textContent = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, Attr> = {}, ...children: Node[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) el.setAttribute(name, String(value));
  }
  children.forEach((c) => el.appendChild(c));
  return el;
}

/** A plain button with a visible label (or a glyph plus an accessible name). */
export function button(label: string, onClick: (e: MouseEvent) => void, attrs: Record<string, Attr> = {}, glyph?: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'jm-button', ...attrs });
  if (glyph !== undefined) {
    b.setAttribute('aria-label', label);
    b.title = label;
    b.appendChild(h('span', { 'aria-hidden': 'true', text: glyph }));
  } else {
    b.textContent = label;
  }
  b.addEventListener('click', onClick);
  return b;
}

let counter = 0;
/** A document-unique id for aria-labelledby and label[for]. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Only #rgb / #rrggbb colours reach a style attribute. */
export function safeColour(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value) ? value : fallback;
}

/** http(s) links only: anything else (javascript:, data:) is shown as text. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
