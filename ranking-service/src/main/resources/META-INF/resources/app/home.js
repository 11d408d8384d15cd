// The league tables: choose index, year, level (and province for district tables); sort, search, download.
import { INDEX_NAMES, api, areaRanks, changeCell, downloadSheet, fold, groupBadge, languageSwitch, lang, number, numberCell, params,
  rowKey, setLanguage, t } from './app.js';

const state = {
  catalog: [], table: null, rows: [], index: params.get('index'), year: params.get('year'), level: params.get('level'),
  code: params.get('table'), query: params.get('q') || '', sort: params.get('sort') || 'rank', descending: params.get('desc') === '1',
};
const embedded = params.get('embed') === '1';
if (embedded) document.body.classList.add('embed');
// a portal embedding the table names its own unit (code or unit key): that row is marked and brought into view
const highlight = params.get('highlight');
let highlightShown = false;

const $ = id => document.getElementById(id);

function options(select, values, label, selected) {
  select.replaceChildren(...values.map(value => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label(value);
    option.selected = String(value) === String(selected);
    return option;
  }));
  return select.value;
}

// a link may name a table that does not exist (a typo, a table withdrawn): say so instead of silently showing another
let missingTable = null;

function choose() {
  const unique = values => [...new Set(values)];
  state.index = options($('index'), unique(state.catalog.map(t => t.index)), i => INDEX_NAMES[i] || i, state.index);
  const ofIndex = state.catalog.filter(table => table.index === state.index);
  state.year = options($('year'), unique(ofIndex.map(t => t.year)), y => y, state.year);
  const ofYear = ofIndex.filter(table => String(table.year) === String(state.year));
  state.level = options($('level'), unique(ofYear.map(t => t.level)), l => t(l), state.level);
  // several tables of one level and year: a province's districts, or more than one period of an index
  const tables = ofYear.filter(table => String(table.level) === String(state.level))
    .sort((a, b) => (a.parentKey ? 1 : 0) - (b.parentKey ? 1 : 0) || a.code.localeCompare(b.code));
  $('table-label').hidden = tables.length < 2;
  const asked = state.code;
  state.code = options($('table-choice'), tables.map(table => table.code), code => {
    const table = tables.find(c => c.code === code);
    return table.parentName ? `${table.parentName}: ${table.name}` : table.name;
  }, state.code);
  if (asked && asked !== state.code && !missingTable && !state.catalog.some(table => table.code === asked)) missingTable = asked;
  return tables.find(table => table.code === state.code) || null;
}

function remember() {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ index: state.index, year: state.year, level: state.level, table: state.code,
    q: state.query || null, sort: state.sort === 'rank' ? null : state.sort, desc: state.descending ? '1' : null,
    embed: embedded ? '1' : null, highlight, lang: params.get('lang') })) {
    if (value) next.set(key, value);
  }
  history.replaceState(null, '', '?' + next);
  const embed = new URLSearchParams(next);
  embed.set('embed', '1');
  $('embed-link').href = location.pathname + '?' + embed;
}

async function load() {
  const chosen = choose();
  remember();
  if (!chosen) {
    state.table = null;
    state.rows = [];
    render();
    return;
  }
  const view = await api(chosen.path);
  state.table = { ...chosen, view };
  state.rows = view.rows;
  render();
}

function columns() {
  const has = field => state.rows.some(row => row[field] !== null && row[field] !== undefined);
  const list = [
    { key: 'rank', label: t('rank'), value: r => r.rank, cell: r => { const td = document.createElement('td');
      td.className = 'num'; td.textContent = `${r.rank}/${r.fieldSize}`; return td; } },
    { key: 'unitName', label: t('unit'), value: r => fold(r.unitName), cell: unitCell },
  ];
  if (has('points')) list.push({ key: 'points', label: t('points'), value: r => r.points, cell: r => numberCell(r.points) });
  // beside the points, the percentage is the first thing a phone's narrow table gives up
  list.push({ key: 'percent', label: t('percent'), optional: has('points'), value: r => r.percent, cell: r => numberCell(r.percent) });
  // PCI as imported has no groups: no empty column
  if (has('band')) {
    list.push({ key: 'band', label: t('group'), value: r => r.band || '', cell: r => { const td = document.createElement('td');
      td.append(groupBadge(r.band, r.bandName)); return td; } });
  }
  // a unit with nothing to compare with (new, merged, split) has no value here: it sorts after the others either way
  list.push({ key: 'change', label: t('change'), value: r => r.change && r.change.rankChange != null ? r.change.rankChange : null,
    cell: r => changeCell(r.change) });
  if (has('respondents')) {
    list.push({ key: 'respondents', label: t('respondents'), optional: true, value: r => r.respondents,
      cell: r => numberCell(r.respondents, 0) });
  }
  if (has('rankLow')) {
    // an estimate's rank is uncertain: the 90 % interval of ranks it could hold
    list.push({ key: 'rankInterval', label: t('rankInterval'), value: r => r.rankLow, cell: r => { const td = document.createElement('td');
      td.className = 'num'; td.textContent = r.rankLow === r.rankHigh ? `${r.rankLow}` : `${r.rankLow}–${r.rankHigh}`;
      td.title = `${r.rankLow}–${r.rankHigh}`; return td; } });
  }
  if (has('ciLow')) {
    list.push({ key: 'ci', label: t('ci'), optional: true, value: r => r.ciLow, cell: r => { const td = document.createElement('td');
      td.className = 'num opt'; td.textContent = `${number(r.ciLow)}–${number(r.ciHigh)}`; return td; } });
  }
  if ($('show-areas').checked && state.rows.length) {
    for (const area of state.rows[0].areas || []) {
      const rank = r => areaRanks(r)[area.code];
      // headed by the area's name, not only its code ("1" tells a reader nothing)
      list.push({ key: 'area:' + area.code, label: area.name ? `${area.code}. ${area.name}` : area.code, title: area.name, area: true,
        optional: true, value: rank,
        cell: r => { const td = document.createElement('td'); td.className = 'num opt'; td.textContent = rank(r) ?? ''; return td; } });
    }
  }
  return list;
}

function unitCell(row) {
  const td = document.createElement('td');
  const link = document.createElement('a');
  const target = new URLSearchParams({ index: state.table.index, table: state.table.code, unit: rowKey(row) });
  link.href = 'unit.html?' + target;
  link.textContent = row.unitName;
  if (embedded) link.target = '_top';
  td.append(link);
  return td;
}

function shownRows() {
  const query = fold(state.query);
  const column = columns().find(c => c.key === state.sort) || columns()[0];
  const rows = state.rows.filter(row => !query || fold(row.unitName).includes(query) || (row.unitCode || '').includes(query));
  const missing = value => value === null || value === undefined;
  rows.sort((a, b) => {
    const x = column.value(a), y = column.value(b);
    if (missing(x) || missing(y)) {
      // rows without a value go last whichever the direction, in rank order
      return missing(x) && missing(y) ? a.rank - b.rank : missing(x) ? 1 : -1;
    }
    const order = x === y ? a.rank - b.rank : x < y ? -1 : 1;
    return state.descending ? -order : order;
  });
  return rows;
}

function render() {
  document.querySelectorAll('[data-text]').forEach(node => { node.textContent = t(node.dataset.text); });
  $('title').textContent = t('title');
  document.title = t('title');
  languageSwitch($('lang'), () => { choose(); render(); });
  const table = $('table');
  table.replaceChildren();
  if (!state.table) {
    $('status').textContent = t('none');
    return;
  }
  const cols = columns();
  const rows = shownRows();
  const caption = document.createElement('caption');
  caption.textContent = state.table.name;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const column of cols) {
    const th = document.createElement('th');
    th.scope = 'col';
    if (['rank', 'points', 'percent', 'change', 'respondents'].includes(column.key)) th.className = 'num';
    if (column.optional) th.classList.add('opt');
    if (column.area) th.classList.add('area');
    if (column.key === state.sort) th.setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = column.label;
    if (column.title) button.title = column.title;
    button.addEventListener('click', () => {
      state.descending = state.sort === column.key ? !state.descending : ['points', 'percent', 'change', 'respondents'].includes(column.key);
      state.sort = column.key;
      remember();
      render();
      // the header was drawn again: keep the keyboard on the column just sorted
      document.querySelector('#table th[aria-sort] button')?.focus();
    });
    th.append(button);
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.dataset.unit = rowKey(row);
    if (highlight && (row.unitCode === highlight || rowKey(row) === highlight)) {
      tr.classList.add('highlight');
      tr.setAttribute('aria-current', 'true');
    }
    for (const column of cols) {
      const td = column.cell(row);
      if (column.key === 'unitName') {
        const th = document.createElement('th');
        th.scope = 'row';
        th.replaceChildren(...td.childNodes);
        tr.append(th);
      } else {
        if (column.optional) td.classList.add('opt');
        tr.append(td);
      }
    }
    body.append(tr);
  }
  table.append(caption, head, body);
  $('status').textContent = missingTable ? t('noTable', { c: missingTable }) : t('shown', { n: rows.length, m: state.rows.length });
  $('status').setAttribute('role', missingTable ? 'alert' : 'status');
  const marked = body.querySelector('tr.highlight');
  if (marked && !highlightShown) {
    highlightShown = true;
    marked.scrollIntoView({ block: 'center' });
  }
  tellParent();
  if (rows.length && !performance.getEntriesByName('table-shown').length) performance.mark('table-shown');
}

/**
 * In a frame, tells the page around it how tall the table is (and where the highlighted row is), whenever that changes,
 * so that a portal can size the frame to its content: postMessage {type: 'parindex-embed', height, highlightTop}.
 */
function tellParent() {
  if (!embedded || window.parent === window) return;
  const marked = document.querySelector('#table tr.highlight');
  // the page's own height (not the frame's): it shrinks as well as grows
  window.parent.postMessage({ type: 'parindex-embed', height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    highlightTop: marked ? Math.round(marked.getBoundingClientRect().top + window.scrollY) : null }, '*');
}
if (embedded && window.parent !== window && 'ResizeObserver' in window) {
  new ResizeObserver(() => tellParent()).observe(document.body);
}

// the dashboard's column keys as the table API names its orders
const API_SORTS = { unitName: 'unit', band: 'group' };

function sheet(format) {
  const query = {};
  if (state.query) query.q = state.query;
  if (state.sort !== 'rank') query.sort = API_SORTS[state.sort] || state.sort;
  if (state.descending) query.desc = 'true';
  downloadSheet(state.table.path, format, query);
}

$('index').addEventListener('change', e => { missingTable = null; state.index = e.target.value; state.year = state.level = state.code = null; load(); });
$('year').addEventListener('change', e => { missingTable = null; state.year = e.target.value; state.code = null; load(); });
$('level').addEventListener('change', e => { missingTable = null; state.level = e.target.value; state.code = null; load(); });
$('table-choice').addEventListener('change', e => { missingTable = null; state.code = e.target.value; load(); });
$('search').addEventListener('input', e => { state.query = e.target.value; remember(); render(); });
$('show-areas').addEventListener('change', render);
$('csv').addEventListener('click', () => sheet('csv'));
$('xlsx').addEventListener('click', () => sheet('xlsx'));

(async () => {
  setLanguage(lang);
  $('search').value = state.query;
  state.catalog = await api('/api/v1/catalog');
  const named = state.code && state.catalog.find(table => table.code === state.code);
  if (!state.index && named) Object.assign(state, { index: named.index, year: state.year || named.year, level: state.level || named.level });
  if (!state.index && !state.code) {
    // the landing page: the newest PAR Index table of the provinces (a province's own tables are a choice away)
    const provincial = state.catalog.filter(table => table.level === 'PROVINCE' && !table.parentKey);
    const landing = (provincial.some(table => table.index === 'PAR') ? provincial.filter(table => table.index === 'PAR') : provincial)
      .reduce((newest, table) => !newest || table.year > newest.year ? table : newest, null);
    if (landing) Object.assign(state, { index: landing.index, year: landing.year, level: landing.level });
  }
  await load();
})().catch(error => { $('status').textContent = error.message; });
