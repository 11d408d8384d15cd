// A unit's page: rank, points and group; rank over the years through lineage; points per area; what it lost and what
// it takes to move up. The same for every index: the row is a row of the one table shape, the history follows the
// table's family as the catalog names it.
import { api, areaRanks, changeCell, groupBadge, languageSwitch, lang, number, params, rowKey, setLanguage, t } from './app.js';
import { areaChart, intervalChart, rankChart } from './charts.js';

const $ = id => document.getElementById(id);
const index = params.get('index') || 'PAR';
const tableCode = params.get('table');
const unitKey = params.get('unit');
let loaded = null;

function card(label, value, title) {
  const div = document.createElement('div');
  div.className = 'card';
  const name = document.createElement('div');
  name.className = 'muted';
  name.textContent = label;
  const number = document.createElement('div');
  number.className = 'value';
  if (value instanceof Node) number.append(value); else number.textContent = value;
  if (title) number.title = title;
  div.append(name, number);
  return div;
}

function cell(text, numeric, title) {
  const td = document.createElement('td');
  td.textContent = text;
  if (numeric) td.className = 'num';
  if (title) td.title = title;
  return td;
}

function tableOf(element, headers, rows) {
  const head = document.createElement('thead');
  const tr = document.createElement('tr');
  headers.forEach(([label, numeric]) => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = label;
    if (numeric) th.className = 'num'; tr.append(th); });
  head.append(tr);
  const body = document.createElement('tbody');
  rows.forEach(row => { const r = document.createElement('tr'); r.append(...row); body.append(r); });
  element.replaceChildren(head, body);
}

async function load() {
  const catalog = await api('/api/v1/catalog');
  const table = catalog.find(entry => entry.index === index && entry.code === tableCode);
  if (!table) throw new Error(t('noTableOf', { c: tableCode }));
  const view = await api(table.path);
  const row = view.rows.find(r => rowKey(r) === unitKey || r.unitCode === unitKey);
  if (!row) throw new Error(t('noUnit', { c: table.name, u: unitKey }));
  const result = { table, view, row };
  const history = row.unitKey
    // the history is extra: a unit the replica does not know yet still has its page
    ? api(`/api/v1/units/${encodeURIComponent(row.unitKey)}/history?family=${encodeURIComponent(table.family)}`).catch(() => null) : null;
  const gap = index === 'PAR'
    ? api(`/api/v1/league-tables/${encodeURIComponent(table.code)}/units/${encodeURIComponent(row.unitKey)}/gap`) : null;
  [result.history, result.gap] = await Promise.all([history, gap]);
  loaded = result;
  render();
}

function render() {
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t(node.dataset.text); });
  languageSwitch($('lang'), render);
  if (!loaded) return;
  const { table, row, history, gap } = loaded;
  document.title = row.unitName + ' · ' + t('title');
  $('unit-name').textContent = row.unitName;
  $('table-name').textContent = table.name;
  $('back').href = './?' + new URLSearchParams({ index: table.index, year: table.year, level: table.level, table: table.code });
  const cards = [card(t('rank'), `${row.rank}/${row.fieldSize}`)];
  if (row.points != null) cards.push(card(t('points'), number(row.points), String(row.points)));
  cards.push(card(t('percent'), number(row.percent), String(row.percent)));
  if (row.band) cards.push(card(t('group'), groupBadge(row.band, row.bandName)));
  // the change as the table's cell says it: a merged unit's predecessors under "sáp nhập", a former name under "đổi tên"
  const change = changeCell(row.change);
  const said = document.createElement('span');
  said.append(...change.childNodes);
  cards.push(card(t('change'), said, change.title));
  if (row.respondents != null) cards.push(card(t('respondents'), number(row.respondents, 0)));
  if (row.ciLow != null) cards.push(card(t('ci'), `${number(row.ciLow)}–${number(row.ciHigh)}`));
  $('cards').replaceChildren(...cards);

  // SIPAS factors with their intervals; PAR areas come with the gap analysis below
  const factors = index === 'SIPAS' ? row.areas : null;
  const ranks = areaRanks(row);
  $('factors-section').hidden = !factors || !factors.length;
  if (factors && factors.length) {
    $('factors-chart').replaceChildren(intervalChart(factors, t('factors'), $('factors-section')));
    tableOf($('factors'), [[t('item')], [t('percent'), true], [t('ci'), true], [t('rank'), true]],
      factors.map(f => [cell(f.name), cell(number(f.percent), true, String(f.percent)),
        cell(f.ciLow === null || f.ciLow === undefined ? '' : `${number(f.ciLow)}–${number(f.ciHigh)}`, true),
        cell(ranks[f.code] ? `${ranks[f.code]}/${row.fieldSize}` : '', true)]));
  }
  $('history-section').hidden = !history;
  $('breakdown-section').hidden = !gap;
  $('gap-section').hidden = !gap;
  if (history) {
    // one row per year and unit: this table's own period for its year, the first official one otherwise
    const seen = new Map();
    for (const entry of history.years) {
      const key = entry.year + '/' + entry.unitKey;
      if (!seen.has(key) || entry.code === table.code) seen.set(key, entry);
    }
    const years = [...seen.values()].sort((a, b) => a.year - b.year);
    // each break by its kind and the day it took effect: "Sáp nhập 01/07/2025"
    const breaks = (history.breaks || []).map(b => t(b.kind) + (b.effectiveDate
      ? ' ' + new Date(b.effectiveDate + 'T00:00:00').toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB') : ''));
    $('history').replaceChildren(rankChart(years, t('history'), breaks.join(', '), $('history-section')));
    tableOf($('history-table'), [[t('year')], [t('unit')], [t('rank'), true], [t('points'), true], [t('percent'), true], [t('group')]],
      years.map(y => [cell(String(y.year)), cell(y.unitName), cell(`${y.rank}/${y.fieldSize}`, true),
        cell(number(y.points), true, String(y.points)), cell(number(y.percent), true, String(y.percent)), cell(y.band || '')]));
  }
  if (gap) {
    $('breakdown').replaceChildren(areaChart(gap.areas, t('breakdown'), $('breakdown-section')));
    const targets = [];
    for (const target of gap.targets || []) {
      const li = document.createElement('li');
      li.textContent = t('nextRank', { r: target.rank }) + ': ' + (target.reachable ? t('needs', { p: number(target.points) }) : t('unreachable'));
      li.title = String(target.points);
      targets.push(li);
    }
    if (gap.nextGroup) {
      const li = document.createElement('li');
      li.textContent = t('nextGroup', { g: gap.nextGroup.group }) + ': '
        + (gap.nextGroup.reachable ? t('needs', { p: number(gap.nextGroup.points) }) : t('unreachable'));
      li.title = String(gap.nextGroup.points);
      targets.push(li);
    }
    $('targets').replaceChildren(...targets);
    // an area scored as one criterion (no criteria under it) is listed once, as the area
    const areaCodes = new Set(gap.areas.map(a => a.code));
    const lost = [...gap.areas.map(a => ({ ...a, kind: t('area') })),
      ...gap.criteria.filter(c => !areaCodes.has(c.code)).map(c => ({ ...c, kind: t('criteria') }))]
      .filter(item => Number(item.lost) > 0);
    tableOf($('criteria'), [[t('item')], [''], [t('points'), true], [t('max'), true], [t('lost'), true]],
      lost.map(item => [cell(item.name), cell(item.kind), cell(number(item.points), true, String(item.points)),
        cell(number(item.maxPoints), true, String(item.maxPoints)), cell(number(item.lost), true, String(item.lost))]));
  }
}

// the charts are drawn at the width they are shown at: draw them again when that changes
let drawn = window.innerWidth;
window.addEventListener('resize', () => {
  if (Math.abs(window.innerWidth - drawn) > 40) {
    drawn = window.innerWidth;
    render();
  }
});

setLanguage(lang);
load().catch(error => {
  $('status').textContent = error.message;
  $('status').setAttribute('role', 'alert');
});
