/**
 * The standalone page's quiet notice that a new version of the atlas is waiting (its service
 * worker has installed one): a line and a Reload button, in the atlas's language. The page never
 * reloads by itself; the reader chooses when, or dismisses the notice.
 */
import { translate, type Lang } from '../i18n/messages.ts';

export interface UpdateNotice {
  /** The live region (always in the page, empty until shown, so screen readers hear it). */
  readonly element: HTMLElement;
  show(): void;
  /** Re-renders in the current language, if shown. */
  refresh(): void;
}

/**
 * @example updateNotice(document, () => atlas.lang as Lang, () => updateSW(true)).show()
 */
export function updateNotice(doc: Document, lang: () => Lang, onReload: () => void): UpdateNotice {
  const element = doc.createElement('div');
  element.className = 'update-notice';
  element.setAttribute('role', 'status');
  doc.body.append(element);
  let shown = false;

  function render(): void {
    const l = lang();
    element.lang = l;
    const text = doc.createElement('span');
    text.textContent = translate(l, 'offline.updated');
    const reload = doc.createElement('button');
    reload.type = 'button';
    reload.textContent = translate(l, 'offline.reload');
    reload.addEventListener('click', () => {
      reload.disabled = true;
      onReload();
    });
    const dismiss = doc.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'dismiss';
    dismiss.textContent = '×';
    dismiss.setAttribute('aria-label', translate(l, 'offline.dismiss'));
    dismiss.title = translate(l, 'offline.dismiss');
    dismiss.addEventListener('click', () => {
      shown = false;
      element.replaceChildren();
    });
    element.replaceChildren(text, reload, dismiss);
  }

  return {
    element,
    show() {
      shown = true;
      render();
    },
    refresh() {
      if (shown) render();
    },
  };
}
