// The iframe embed (embed.html): a <war-atlas> filling the frame, set up from the URL and driven
// by postMessage (protocol in lib/embed/messages.ts). It never writes to any address bar.
import { defineWarAtlas, type WarAtlasElement } from './lib/index.ts';
import {
  MESSAGE_TYPE,
  originAllowed,
  parseAllowedOrigins,
  parseHostMessage,
  type FrameEvent,
} from './lib/embed/messages.ts';

const params = new URLSearchParams(location.search);
const atlas = document.querySelector('war-atlas') as WarAtlasElement;
for (const name of ['year', 'place', 'lang', 'controls', 'relief', 'compare', 'quiz'] as const) {
  const value = params.get(name);
  if (value !== null && value.length <= 64) atlas.setAttribute(name, value);
}
if (params.has('autoplay')) atlas.setAttribute('autoplay', '');
const allowed = parseAllowedOrigins(params.get('origin'));

defineWarAtlas('war-atlas', { base: new URL('./', location.href).href });

const inFrame = window.parent !== window;
function post(message: Omit<FrameEvent, 'type'>): void {
  if (!inFrame) return;
  const data: FrameEvent = { type: MESSAGE_TYPE, ...message };
  // With an allow-list, events go only to those origins; without one, to whoever embeds us.
  for (const origin of allowed ?? ['*']) window.parent.postMessage(data, origin);
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !originAllowed(event.origin, allowed)) return;
  const command = parseHostMessage(event.data);
  if (!command) return;
  if (command.action === 'setYear') atlas.year = command.year;
  else if (command.action === 'selectPlace') atlas.place = command.place;
  else if (command.action === 'play') atlas.play();
  else if (command.action === 'snapshot') void sendSnapshot();
  else if (command.action === 'timelapse') void sendTimelapse(command.from, command.to);
  else if (command.action === 'compare') atlas.compare = command.year;
  else atlas.pause();
});

/** A picture of the view for the parent (a slide, a worksheet), under the same origin rules. */
async function sendSnapshot(): Promise<void> {
  try {
    const blob = await atlas.snapshot();
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
      reader.readAsDataURL(blob);
    });
    post({ event: 'snapshot', dataUrl });
  } catch (error) {
    post({ event: 'snapshot', error: error instanceof Error ? error.message : String(error) });
  }
}

/** A time-lapse video for the parent, as a Blob (structured clone carries it across). */
async function sendTimelapse(from?: number, to?: number): Promise<void> {
  try {
    post({ event: 'timelapse', blob: await atlas.timelapse({ from, to }) });
  } catch (error) {
    post({ event: 'timelapse', error: error instanceof Error ? error.message : String(error) });
  }
}

atlas.addEventListener('ready', () => {
  post({ event: 'ready', year: atlas.year, place: atlas.place });
  reportHeight();
});
atlas.addEventListener('yearchange', () => post({ event: 'yearchange', year: atlas.year }));
atlas.addEventListener('placeselect', () => {
  post({ event: 'placeselect', place: atlas.place });
  reportHeight();
});

let lastHeight = 0;
function reportHeight(): void {
  const height = atlas.preferredHeight();
  if (height === lastHeight) return;
  lastHeight = height;
  post({ event: 'resize', height });
}
new ResizeObserver(reportHeight).observe(document.documentElement);
