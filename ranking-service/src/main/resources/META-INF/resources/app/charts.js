// Two small SVG charts, drawn from the data alone (no network, no library): each has a title and a description for
// screen readers, and the numbers are in a table next to it.
import { number } from './app.js';

const SVG = 'http://www.w3.org/2000/svg';

function svgNode(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A label that fits beside a bar; the whole name is in the table under the chart. */
function shortened(name) {
  return name.length > 38 ? name.slice(0, 37) + '…' : name;
}

function chartFrame(width, height, title) {
  const svg = svgNode('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, width: '100%' });
  svg.append(svgNode('title', {}, title));
  return svg;
}

/**
 * Rank over the years, rank 1 at the top. The unit's own years are joined by a line; years of its predecessors
 * (before a merger or a split) are hollow points, and a dashed line marks the break.
 */
export function rankChart(points, title, breakLabel) {
  const width = 640, height = 220, left = 44, right = 16, top = 22, bottom = 32;
  const svg = chartFrame(width, height, title);
  if (!points.length) return svg;
  const worst = Math.max(...points.map(p => p.fieldSize));
  const years = [...new Set(points.map(p => p.year))].sort();
  const x = year => years.length === 1 ? (left + width - right) / 2
    : left + (year - years[0]) / (years[years.length - 1] - years[0]) * (width - left - right);
  const y = rank => top + (rank - 1) / Math.max(1, worst - 1) * (height - top - bottom);
  svg.append(svgNode('line', { x1: left, x2: width - right, y1: y(1), y2: y(1), stroke: '#d0d7de' }));
  svg.append(svgNode('text', { x: 4, y: y(1) + 4 }, '1'));
  svg.append(svgNode('text', { x: 4, y: y(worst) + 4 }, String(worst)));
  for (const year of years) svg.append(svgNode('text', { x: x(year), y: height - 10, 'text-anchor': 'middle' }, String(year)));
  const own = points.filter(p => p.relation === 'SELF');
  const before = points.filter(p => p.relation !== 'SELF');
  if (own.length > 1) {
    svg.append(svgNode('path', { d: own.map((p, i) => (i ? 'L' : 'M') + x(p.year) + ',' + y(p.rank)).join(''), fill: 'none',
      stroke: '#0b5cad', 'stroke-width': 2 }));
  }
  for (const p of points) {
    const mine = p.relation === 'SELF';
    const dot = svgNode('circle', { cx: x(p.year), cy: y(p.rank), r: 4, fill: mine ? '#0b5cad' : '#fff', stroke: '#0b5cad',
      'stroke-width': 2 });
    dot.append(svgNode('title', {}, `${p.unitName} ${p.year}: ${p.rank}/${p.fieldSize}`));
    svg.append(dot);
    svg.append(svgNode('text', { x: x(p.year), y: y(p.rank) - 8, 'text-anchor': 'middle' }, `${p.rank}/${p.fieldSize}`));
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
export function areaChart(areas, title) {
  const row = 28, width = 640, label = 250, height = areas.length * row + 8;
  const svg = chartFrame(width, height, title);
  areas.forEach((area, i) => {
    const y = 4 + i * row;
    const full = width - label - 90;
    const share = area.maxPoints > 0 ? area.points / area.maxPoints : 0;
    svg.append(svgNode('text', { x: 0, y: y + 16 }, shortened(area.name)));
    svg.append(svgNode('rect', { x: label, y: y + 4, width: full, height: 16, fill: '#eaeef2' }));
    svg.append(svgNode('rect', { x: label, y: y + 4, width: Math.max(0, full * share), height: 16, fill: '#0b5cad' }));
    svg.append(svgNode('text', { x: label + full + 6, y: y + 16 }, `${number(area.points)}/${number(area.maxPoints)}`));
  });
  return svg;
}

/** Each factor's satisfaction as a point with its 95 % interval, on a common scale. */
export function intervalChart(factors, title) {
  const row = 28, width = 640, label = 250, height = factors.length * row + 24;
  const svg = chartFrame(width, height, title);
  const lows = factors.map(f => Number(f.ciLow ?? f.percent));
  const from = Math.max(0, Math.floor((Math.min(...lows) - 2) / 5) * 5);
  const full = width - label - 20;
  const x = value => label + (Number(value) - from) / (100 - from) * full;
  svg.append(svgNode('text', { x: label, y: height - 4 }, String(from)));
  svg.append(svgNode('text', { x: label + full, y: height - 4, 'text-anchor': 'end' }, '100'));
  factors.forEach((factor, i) => {
    const y = 4 + i * row + 12;
    svg.append(svgNode('text', { x: 0, y: y + 4 }, shortened(factor.name)));
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
