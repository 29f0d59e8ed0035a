// Everything the editor needs from the page it runs in (Confluence or the standalone host),
// behind one small module that tests replace.

interface AjsGlobal {
  contextPath?: () => string;
  I18n?: { getText?: (key: string, ...args: unknown[]) => string };
}

declare global {
  interface Window {
    AJS?: AjsGlobal;
  }
}

/** The web application's context path ("" or e.g. "/confluence"), from AJS or the page's meta tag. */
export function contextPath(doc: Document = document): string {
  const ajs = doc.defaultView?.AJS;
  if (ajs && typeof ajs.contextPath === 'function') {
    return trimSlash(ajs.contextPath());
  }
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="ajs-context-path"]');
  return trimSlash(meta?.content ?? '');
}

function trimSlash(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path;
}
