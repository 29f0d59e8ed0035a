// Touchpoint channel icons: small stroked inline SVGs (no emoji, no external files).
import { svg } from './h';

const PATHS: Record<string, string> = {
  WEB: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M1.5 8h13M8 1.5c-3 3-3 10 0 13M8 1.5c3 3 3 10 0 13',
  MOBILE_APP: 'M5.5 1.5h5a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1h-5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1M7 12.5h2',
  EMAIL: 'M1.5 3.5h13v9h-13zM1.5 4l6.5 5 6.5-5',
  CHAT: 'M2 3h12v8H7l-3 3v-3H2z',
  PHONE: 'M4 1.5h2.5l1 3.5-1.8 1.2a8 8 0 0 0 4.1 4.1l1.2-1.8 3.5 1V12c0 1.4-1 2.5-2.5 2.5A11 11 0 0 1 1.5 4C1.5 2.6 2.6 1.5 4 1.5z',
  SOCIAL: 'M4 6a2 2 0 1 0 0 4a2 2 0 1 0 0-4M12 2a2 2 0 1 0 0 4a2 2 0 1 0 0-4M12 10a2 2 0 1 0 0 4a2 2 0 1 0 0-4M5.8 7l4.4-2.2M5.8 9l4.4 2.2',
  IN_PERSON: 'M8 2a3 3 0 1 0 0 6a3 3 0 1 0 0-6M2.5 15c0-3 2.5-5 5.5-5s5.5 2 5.5 5',
  ADVERTISING: 'M2 6h3l7-3.5v11L5 10H2zM5 10l1 4',
  CONTENT: 'M3 1.5h10v13H3zM5.5 5h5M5.5 8h5M5.5 11h3',
  EVENT: 'M1.5 3h13v11.5h-13zM1.5 6.5h13M5 1.5v3M11 1.5v3',
  SELF_SERVICE: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M6 6a2 2 0 1 1 2.7 1.9C8.2 8.1 8 8.5 8 9.2M8 11.2v.6',
  OTHER: 'M3 7.5h1v1H3zM7.5 7.5h1v1h-1zM12 7.5h1v1h-1z',
};

export function channelIcon(channel: string): SVGSVGElement {
  return svg('svg', {
    class: 'jm-channel-icon', viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': 'true', focusable: 'false',
    fill: 'none', stroke: 'currentColor', 'stroke-width': 1.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
  }, svg('path', { d: PATHS[channel] ?? PATHS.OTHER }));
}

/** The comment bubble of badges and comment actions; with plus, the "start a thread" variant. */
export function commentIcon(plus = false): SVGSVGElement {
  return svg('svg', {
    class: 'jm-comment-icon', viewBox: '0 0 16 16', width: 12, height: 12, 'aria-hidden': 'true', focusable: 'false',
    fill: 'none', stroke: 'currentColor', 'stroke-width': 1.4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round',
  }, svg('path', { d: plus ? `${PATHS.CHAT}M8 5v4M6 7h4` : PATHS.CHAT }));
}
