/**
 * The snapshot: the map picture with title, year, the legend of what is drawn, a scale bar and
 * the credits, drawn on one canvas for a slide or a worksheet.
 */
import type { MapPicture } from '../map/capture.ts';
import { INK, PAPER } from '../map/colors.ts';
import { UI_FAMILY } from '../ui/fonts.ts';
import type { LegendEntry } from './legend.ts';
import { scaleBar, wrapText } from './layout.ts';

export interface SnapshotText {
  title: string;
  years: string;
  subtitle: string;
  year: number;
  /** "Selected: Sayram", or null. */
  place: string | null;
  legendTitle: string;
  legend: LegendEntry[];
  credits: string;
  km: string;
}

const MUTED = '#675d50';
const RULE = '#b7a88a';
const font = (size: number, weight: 400 | 700 = 400, italic = false) =>
  `${italic ? 'italic ' : ''}${weight} ${size}px "${UI_FAMILY}", Georgia, serif`;

/** Loads the interface font's faces (and the subsets these strings need) before drawing. */
async function loadFonts(sample: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  await Promise.all(
    [font(16, 700), font(16), font(16, 400, true)].map((f) => document.fonts.load(f, sample).catch(() => [])),
  );
}

function drawSymbol(
  ctx: CanvasRenderingContext2D,
  symbol: LegendEntry['symbol'],
  x: number,
  y: number,
  r: number,
) {
  const w = 30 * r;
  const h = 12 * r;
  /** A horizontal stroke through the symbol's middle, `inset` short of each end. */
  const strokeAcross = (inset: number) => {
    ctx.beginPath();
    ctx.moveTo(x + inset, y);
    ctx.lineTo(x + w - inset, y);
    ctx.stroke();
  };
  ctx.save();
  switch (symbol.kind) {
    case 'fill':
      ctx.globalAlpha = symbol.opacity ?? 1;
      ctx.fillStyle = symbol.color;
      ctx.fillRect(x, y - h / 2, w, h);
      break;
    case 'hatch':
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = 1.5 * r;
      ctx.setLineDash([3 * r, 2 * r]);
      ctx.strokeRect(x, y - h / 2, w, h);
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.rect(x, y - h / 2, w, h);
      ctx.clip();
      for (let sx = x - h; sx < x + w; sx += 6 * r) {
        ctx.moveTo(sx, y + h / 2);
        ctx.lineTo(sx + h, y - h / 2);
      }
      ctx.stroke();
      break;
    case 'line':
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = (symbol.width ?? 2) * r;
      ctx.lineCap = symbol.dash && symbol.dash[0]! < 3 ? 'round' : 'butt';
      ctx.setLineDash((symbol.dash ?? []).map((d) => d * r));
      strokeAcross(2 * r);
      break;
    case 'band':
      ctx.strokeStyle = symbol.color;
      ctx.globalAlpha = 0.35;
      ctx.lineWidth = 7 * r;
      ctx.filter = `blur(${2 * r}px)`;
      strokeAcross(4 * r);
      break;
    case 'dot':
      ctx.fillStyle = symbol.color;
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 2 * r;
      ctx.beginPath();
      ctx.arc(x + w / 2, y, 5 * r, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      break;
  }
  ctx.restore();
}

const sampleOf = (text: SnapshotText) =>
  [text.title, text.subtitle, text.place ?? '', text.credits, ...text.legend.map((e) => e.label)].join(' ');

/** Where each part of the picture goes, for a map `mapWidth` × `mapHeight` device px at ratio `r`. */
function layout(text: SnapshotText, mapWidth: number, mapHeight: number, r: number) {
  const margin = 24 * r;
  const width = mapWidth + 2 * margin;
  const measureCanvas = document.createElement('canvas').getContext('2d')!;

  // Legend: as many columns of at least 230 px as fit, sharing the width.
  const cols = Math.max(1, Math.floor((width - 2 * margin) / (230 * r)));
  const colWidth = (width - 2 * margin) / cols;
  const rowHeight = 20 * r;
  const legendRows = Math.ceil(text.legend.length / cols);
  measureCanvas.font = font(11 * r);
  const creditLines = wrapText(text.credits, width - 2 * margin, (s) => measureCanvas.measureText(s).width);

  // Each legend label wrapped to its column (Kazakh ones run long), each row as tall as its
  // longest label, the symbol beside the first line.
  measureCanvas.font = font(12 * r);
  const lineHeight = 14 * r;
  const labelLines = text.legend.map((e) =>
    wrapText(e.label, colWidth - 40 * r, (s) => measureCanvas.measureText(s).width),
  );
  const rowHeights = Array.from({ length: legendRows }, (_, row) => {
    let most = 1;
    for (let col = 0; col < cols; col++)
      most = Math.max(most, labelLines[col * legendRows + row]?.length ?? 0);
    return rowHeight + (most - 1) * lineHeight;
  });
  const rowTops = rowHeights.map((_, i) => rowHeights.slice(0, i).reduce((a, b) => a + b, 0));

  const headerHeight = 70 * r;
  const legendTop = headerHeight + mapHeight + 16 * r;
  const footerTop = legendTop + 22 * r + rowHeights.reduce((a, b) => a + b, 0) + 8 * r;
  const footerHeight = creditLines.length * 15 * r + margin;
  const height = footerTop + footerHeight;
  return {
    margin,
    width,
    height,
    colWidth,
    rowHeight,
    legendRows,
    lineHeight,
    labelLines,
    rowTops,
    creditLines,
    headerHeight,
    legendTop,
    footerTop,
    footerHeight,
  };
}

/**
 * How much the picture adds around its map, in device px at ratio `r`: the video sizes its map
 * so that picture and frame come out the same size.
 */
export async function chromeSize(text: SnapshotText, mapWidth: number, r: number): Promise<number> {
  await loadFonts(sampleOf(text));
  return layout(text, mapWidth, 0, r).height;
}

/** Draws the whole picture and encodes it as PNG. */
export async function composeSnapshot(picture: MapPicture, text: SnapshotText): Promise<Blob> {
  const canvas = await drawSnapshot(picture, text);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
      'image/png',
    ),
  );
}

/**
 * Draws the whole picture: on a new canvas as large as it needs, or on `target` (a video
 * frame), whose height it keeps, the credits at its foot.
 */
export async function drawSnapshot(
  picture: MapPicture,
  text: SnapshotText,
  target?: HTMLCanvasElement,
): Promise<HTMLCanvasElement> {
  await loadFonts(sampleOf(text));
  const r = picture.pixelRatio;
  const map = picture.canvas;
  const {
    margin,
    width,
    height,
    colWidth,
    rowHeight,
    legendRows,
    lineHeight,
    labelLines,
    rowTops,
    creditLines,
    headerHeight,
    legendTop,
    footerTop: flowingFooterTop,
    footerHeight,
  } = layout(text, map.width, map.height, r);
  const canvas = target ?? document.createElement('canvas');
  if (!target) {
    canvas.width = width;
    canvas.height = Math.ceil(height);
  }
  const footerTop = target ? Math.max(flowingFooterTop, canvas.height - footerHeight) : flowingFooterTop;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'alphabetic';

  // Title, war years and subtitle on the left; the year, large, on the right.
  ctx.fillStyle = INK;
  ctx.font = font(22 * r, 700);
  ctx.fillText(text.title, margin, margin + 14 * r);
  const titleWidth = ctx.measureText(`${text.title} `).width;
  ctx.fillStyle = MUTED;
  ctx.font = font(22 * r);
  ctx.fillText(text.years, margin + titleWidth, margin + 14 * r);
  ctx.font = font(13 * r, 400, true);
  ctx.fillText(text.place ? `${text.subtitle} · ${text.place}` : text.subtitle, margin, margin + 36 * r);
  ctx.fillStyle = INK;
  ctx.font = font(40 * r, 700);
  ctx.textAlign = 'right';
  ctx.fillText(String(text.year), width - margin, margin + 30 * r);
  ctx.textAlign = 'left';

  // The map, framed, with a scale bar in its lower left corner.
  ctx.drawImage(map, margin, headerHeight);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = r;
  ctx.strokeRect(margin - r / 2, headerHeight - r / 2, map.width + r, map.height + r);
  const bar = scaleBar(picture.metresPerPx, 120);
  if (bar) {
    const x = margin + 12 * r;
    const y = headerHeight + map.height - 14 * r;
    const len = bar.px * r;
    ctx.fillStyle = 'rgb(251 247 238 / 85%)';
    ctx.fillRect(x - 6 * r, y - 20 * r, len + 12 * r, 28 * r);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 1.5 * r;
    ctx.beginPath();
    ctx.moveTo(x, y - 5 * r);
    ctx.lineTo(x, y);
    ctx.lineTo(x + len, y);
    ctx.lineTo(x + len, y - 5 * r);
    ctx.stroke();
    ctx.fillStyle = INK;
    ctx.font = font(11 * r);
    ctx.fillText(`${bar.km.toLocaleString('en').replace(/,/g, '\u202f')} ${text.km}`, x + 2 * r, y - 8 * r);
  }

  // The legend of what is drawn.
  ctx.fillStyle = INK;
  ctx.font = font(11 * r, 700);
  ctx.fillText(text.legendTitle.toUpperCase(), margin, legendTop + 10 * r);
  ctx.font = font(12 * r);
  text.legend.forEach((entry, i) => {
    const col = Math.floor(i / legendRows);
    const row = i % legendRows;
    const x = margin + col * colWidth;
    const y = legendTop + 22 * r + rowTops[row]! + rowHeight / 2;
    drawSymbol(ctx, entry.symbol, x, y, r);
    ctx.fillStyle = INK;
    ctx.font = font(12 * r);
    ctx.textBaseline = 'middle';
    labelLines[i]!.forEach((line, k) => ctx.fillText(line, x + 38 * r, y + k * lineHeight));
    ctx.textBaseline = 'alphabetic';
  });

  // Credits and the article's name.
  ctx.fillStyle = MUTED;
  ctx.font = font(11 * r);
  creditLines.forEach((line, i) => ctx.fillText(line, margin, footerTop + (i + 1) * 15 * r));
  return canvas;
}
