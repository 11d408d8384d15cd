// Three small SVG charts, drawn from the data alone (no network, no library): each has a title for screen readers,
// and the numbers are in a table next to it. Each is drawn at the width it is shown at (at most 640), so its 12 px
// labels stay 12 px on a phone; on a narrow screen a bar's label sits above the bar instead of beside it.
import { number } from './app.js';

const SVG = 'http://www.w3.org/2000/svg';

function svgNode(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A label that fits beside a bar; the whole name is in the table under the chart. */
function shortened(name, most = 38) {
  return name.length > most ? name.slice(0, most - 1) + '…' : name;
}

/** The width to draw at: the container's, between 280 and 640. */
function widthOf(container) {
  return Math.max(280, Math.min(640, Math.floor(container?.clientWidth || 640)));
}

/** Below this width a bar's label goes above the bar. */
const NARROW = 480;

function chartFrame(width, height, title) {
  const svg = svgNode('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, width: '100%' });
  svg.append(svgNode('title', {}, title));
  return svg;
}

/**
 * Rank over the years, rank 1 at the top and each year's last rank at the bottom: across the 2025 merger 31/34 is
 * drawn as far down its field as it is, not as high as 31/63 would be (domain §5). The unit's own years are joined by
 * a line; years of its predecessors (before a merger or a split) are hollow points, and a dashed line marks the break.
 */
export function rankChart(points, title, breakLabel, container) {
  const width = widthOf(container), height = 220, left = 44, right = 28, top = 22, bottom = 32;
  const svg = chartFrame(width, height, title);
  if (!points.length) return svg;
  const sizes = [...new Set(points.map(p => p.fieldSize))];
  const years = [...new Set(points.map(p => p.year))].sort();
  const x = year => years.length === 1 ? (left + width - right) / 2
    : left + (year - years[0]) / (years[years.length - 1] - years[0]) * (width - left - right);
  const y = (rank, fieldSize) => top + (rank - 1) / Math.max(1, fieldSize - 1) * (height - top - bottom);
  svg.append(svgNode('line', { x1: left, x2: width - right, y1: y(1, 2), y2: y(1, 2), stroke: '#d0d7de' }));
  svg.append(svgNode('text', { x: 4, y: y(1, 2) + 4 }, '1'));
  // the last rank: one number when every year had the same field
  svg.append(svgNode('text', { x: 4, y: y(2, 2) + 4 }, sizes.length === 1 ? String(sizes[0]) : sizes.join('|')));
  for (const year of years) svg.append(svgNode('text', { x: x(year), y: height - 10, 'text-anchor': 'middle' }, String(year)));
  const own = points.filter(p => p.relation === 'SELF');
  const before = points.filter(p => p.relation !== 'SELF');
  if (own.length > 1) {
    svg.append(svgNode('path', { d: own.map((p, i) => (i ? 'L' : 'M') + x(p.year) + ',' + y(p.rank, p.fieldSize)).join(''), fill: 'none',
      stroke: '#0b5cad', 'stroke-width': 2 }));
  }
  for (const p of points) {
    const mine = p.relation === 'SELF';
    const dot = svgNode('circle', { cx: x(p.year), cy: y(p.rank, p.fieldSize), r: 4, fill: mine ? '#0b5cad' : '#fff', stroke: '#0b5cad',
      'stroke-width': 2 });
    dot.append(svgNode('title', {}, `${p.unitName} ${p.year}: ${p.rank}/${p.fieldSize}`));
    svg.append(dot);
    svg.append(svgNode('text', { x: x(p.year), y: y(p.rank, p.fieldSize) - 8, 'text-anchor': 'middle' }, `${p.rank}/${p.fieldSize}`));
  }
  if (before.length && own.length) {
    const lastBefore = Math.max(...before.map(p => p.year));
    const firstOwn = Math.min(...own.map(p => p.year));
    const at = (x(lastBefore) + x(firstOwn)) / 2;
    svg.append(svgNode('line', { x1: at, x2: at, y1: top - 6, y2: height - bottom, stroke: '#9a6700', 'stroke-dasharray': '4 3' }));
    svg.append(svgNode('text', { x: at + 4, y: top - 8 }, breakLabel));
  }
  return svg;
}

/** Points per area against the area's maximum, one bar each. */
export function areaChart(areas, title, container) {
  const width = widthOf(container), narrow = width < NARROW;
  const row = narrow ? 40 : 28, label = narrow ? 0 : 250, bar = narrow ? 18 : 4, height = areas.length * row + 8;
  const svg = chartFrame(width, height, title);
  areas.forEach((area, i) => {
    const y = 4 + i * row;
    const full = width - label - 90;
    const share = area.maxPoints > 0 ? area.points / area.maxPoints : 0;
    svg.append(svgNode('text', { x: 0, y: y + 14 }, shortened(area.name, narrow ? Math.floor(width / 6.8) : 38)));
    svg.append(svgNode('rect', { x: label, y: y + bar, width: full, height: 16, fill: '#eaeef2' }));
    svg.append(svgNode('rect', { x: label, y: y + bar, width: Math.max(0, full * share), height: 16, fill: '#0b5cad' }));
    svg.append(svgNode('text', { x: label + full + 6, y: y + bar + 12 }, `${number(area.points)}/${number(area.maxPoints)}`));
  });
  return svg;
}

/** Each factor's satisfaction as a point with its 95 % interval, on a common scale. */
export function intervalChart(factors, title, container) {
  const width = widthOf(container), narrow = width < NARROW;
  const row = narrow ? 40 : 28, label = narrow ? 8 : 250, line = narrow ? 26 : 12, height = factors.length * row + 24;
  const svg = chartFrame(width, height, title);
  const lows = factors.map(f => Number(f.ciLow ?? f.percent));
  const from = Math.max(0, Math.floor((Math.min(...lows) - 2) / 5) * 5);
  const full = width - label - 20;
  const x = value => label + (Number(value) - from) / (100 - from) * full;
  svg.append(svgNode('text', { x: label, y: height - 4 }, String(from)));
  svg.append(svgNode('text', { x: label + full, y: height - 4, 'text-anchor': 'end' }, '100'));
  factors.forEach((factor, i) => {
    const top = 4 + i * row;
    const y = top + line;
    svg.append(svgNode('text', { x: 0, y: narrow ? top + 12 : y + 4 }, shortened(factor.name, narrow ? Math.floor(width / 6.8) : 38)));
    svg.append(svgNode('line', { x1: label, x2: label + full, y1: y, y2: y, stroke: '#eaeef2', 'stroke-width': 10 }));
    if (factor.ciLow !== null && factor.ciLow !== undefined) {
      svg.append(svgNode('line', { x1: x(factor.ciLow), x2: x(factor.ciHigh), y1: y, y2: y, stroke: '#0b5cad', 'stroke-width': 3 }));
    }
    const dot = svgNode('circle', { cx: x(factor.percent), cy: y, r: 5, fill: '#0b5cad' });
    dot.append(svgNode('title', {}, `${factor.name}: ${number(factor.percent)} (${number(factor.ciLow)}–${number(factor.ciHigh)})`));
    svg.append(dot);
  });
  return svg;
}
