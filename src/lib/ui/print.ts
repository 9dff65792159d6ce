/**
 * Prints a document of its own (the worksheet) without leaving the atlas: it is written into a
 * hidden frame beside the atlas, whose print dialog the browser opens. The frame stays until the
 * next print (removing it while the dialog is open would cancel it in some browsers).
 */
export async function printDocument(html: string, beside: Element): Promise<HTMLIFrameElement> {
  beside.parentNode?.querySelector(':scope > iframe.print-document')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'print-document';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Laid out at A4 width, so that pictures decode at print size, but never seen.
  frame.style.cssText =
    'position:absolute;left:-10000px;top:0;width:210mm;height:297mm;border:0;visibility:hidden';
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener('load', () => resolve(), { once: true }),
  );
  frame.srcdoc = html;
  beside.after(frame);
  await loaded;
  const doc = frame.contentDocument;
  await Promise.all([...(doc?.images ?? [])].map((img) => img.decode().catch(() => undefined)));
  frame.contentWindow?.print();
  return frame;
}
