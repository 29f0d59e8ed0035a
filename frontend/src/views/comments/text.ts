// Comment bodies are plain text: line breaks stay (CSS pre-wrap) and http(s) addresses become links.
// Everything goes in as text nodes or attributes, never as markup.
import { h, safeHref } from '../h';

const URL_PATTERN = /https?:\/\/[^\s<>"'“”«»]+/gi;
/** Punctuation that ends a sentence rather than the address ("see https://x.org."). */
const TRAILING = /[.,;:!?)\]}'»”]+$/;

export function commentBody(body: string): HTMLElement {
  const p = h('p', { class: 'jm-comment-body', dir: 'auto' });
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) p.appendChild(document.createTextNode(body.slice(last, start)));
    p.appendChild(h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', text: raw }));
    last = start + raw.length;
  }
  if (last < body.length) p.appendChild(document.createTextNode(body.slice(last)));
  return p;
}
