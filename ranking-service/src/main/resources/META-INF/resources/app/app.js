// The dashboard's shared parts, one module: language, number formats, the API, and the cells every table shows. Every
// index's table has the same shape (the service's one table pipeline), so nothing here reconciles row shapes.

const TEXT = {
  vi: {
    title: 'Chỉ số cải cách hành chính', table: 'Bảng xếp hạng', index: 'Chỉ số', year: 'Năm', level: 'Cấp', search: 'Tìm đơn vị',
    rank: 'Hạng', unit: 'Đơn vị', points: 'Điểm', percent: '%', group: 'Nhóm', change: 'So với năm trước',
    areas: 'Hạng theo lĩnh vực', showAreas: 'Hiện hạng theo lĩnh vực', downloadCsv: 'Tải CSV', downloadXlsx: 'Tải XLSX',
    newUnit: 'mới', merged: 'sáp nhập', split: 'chia tách', renamed: 'đổi tên', same: '=', from: 'Từ', none: 'Chưa có bảng xếp hạng nào.', shown: 'Đang hiện {n}/{m} đơn vị',
    PROVINCE: 'Tỉnh, thành phố', MINISTRY: 'Bộ, ngành', DISTRICT: 'Huyện, thị xã, thành phố thuộc tỉnh', COMMUNE: 'Xã, phường',
    all: 'Tất cả', respondents: 'Số phiếu', ci: 'Khoảng tin cậy 95%', history: 'Thứ hạng qua các năm',
    breakdown: 'Điểm theo lĩnh vực so với điểm tối đa', gap: 'Điểm bị mất và điều cần để lên hạng', lost: 'Điểm mất',
    max: 'Tối đa', nextRank: 'Để lên hạng {r}', nextGroup: 'Để vào nhóm {g}', needs: 'cần thêm {p} điểm',
    unreachable: 'không thể đạt được với số điểm còn thiếu', factors: 'Các yếu tố hài lòng', back: '← Bảng xếp hạng',
    rankInterval: 'Khoảng hạng (90%)', noTable: 'Không có bảng xếp hạng “{c}”; đang hiện bảng khác, hãy chọn ở trên.',
    noUnit: 'Bảng “{c}” không có đơn vị “{u}”.', noTableOf: 'Không có bảng xếp hạng “{c}”.',
    MERGE: 'Sáp nhập', SPLIT: 'Chia tách', RENAME: 'Đổi tên', ABOLISH: 'Giải thể',
    criteria: 'Tiêu chí', area: 'Lĩnh vực', embed: 'Nhúng bảng này', item: 'Nội dung', noPrevious: 'Chưa có bảng của năm trước để so sánh',
  },
  en: {
    title: 'Public administration reform indices', table: 'League table', index: 'Index', year: 'Year', level: 'Level',
    search: 'Find a unit', rank: 'Rank', unit: 'Unit', points: 'Points', percent: '%', group: 'Group',
    change: 'Against last year', areas: 'Ranks by area', showAreas: 'Show ranks by area', downloadCsv: 'Download CSV',
    downloadXlsx: 'Download XLSX', newUnit: 'new', merged: 'merged', split: 'split', renamed: 'renamed', same: '=', from: 'From', none: 'No league table yet.',
    shown: 'Showing {n} of {m} units', PROVINCE: 'Provinces', MINISTRY: 'Ministries', DISTRICT: 'Districts',
    COMMUNE: 'Communes', all: 'All', respondents: 'Respondents', ci: '95% confidence interval', history: 'Rank over the years',
    breakdown: 'Points per area against the maximum', gap: 'Points lost and what it takes to move up', lost: 'Lost',
    max: 'Max', nextRank: 'To reach rank {r}', nextGroup: 'To reach group {g}', needs: '{p} more points',
    unreachable: 'not reachable with the points still open', factors: 'Satisfaction factors', back: '← League tables',
    rankInterval: 'Rank interval (90%)', noTable: 'There is no league table “{c}”; another is shown, choose one above.',
    noUnit: 'The table “{c}” has no unit “{u}”.', noTableOf: 'There is no league table “{c}”.',
    MERGE: 'Merger', SPLIT: 'Split', RENAME: 'Renamed', ABOLISH: 'Abolished',
    criteria: 'Criteria', area: 'Area', embed: 'Embed this table', item: 'Item', noPrevious: 'No table of the year before to compare with',
  },
};

export const INDEX_NAMES = { PAR: 'PAR Index', SIPAS: 'SIPAS', PAPI: 'PAPI', PCI: 'PCI' };
export const params = new URLSearchParams(location.search);
export let lang = params.get('lang') || localStorage.getItem('parindex.lang') || 'vi';

export function t(key, values = {}) {
  const text = (TEXT[lang] && TEXT[lang][key]) || TEXT.vi[key] || String(key ?? '–');
  return text.replace(/\{(\w+)\}/g, (_, name) => values[name]);
}

export function setLanguage(next) {
  lang = next;
  localStorage.setItem('parindex.lang', next);
  document.documentElement.lang = next;
}

export function locale() {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A number for reading: two decimals, in the reader's convention (85,59 in Vietnamese); the full value on hover. */
export function number(value, digits = 2) {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function numberCell(value, digits = 2) {
  const td = document.createElement('td');
  td.className = 'num';
  td.textContent = number(value, digits);
  if (value !== null && value !== undefined) td.title = String(value);
  return td;
}

/** Vietnamese folded for matching: "Bắc Giang", "bac giang" and "BẮC GIANG" are the same. */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

export async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(path + ': ' + response.status);
  return response.json();
}

/** How a row is told apart: its unit key, or its code when the index names units by code only. */
export function rowKey(row) {
  return row.unitKey || row.unitCode;
}

/** Each area's rank by area code, for the rows of any index (PAR areas, SIPAS factors, PAPI dimensions, PCI sub-indices). */
export function areaRanks(row) {
  return Object.fromEntries((row.areas || []).filter(area => area.rank != null).map(area => [area.code, area.rank]));
}

/** ▲n, ▼n, = or "mới", with the predecessors of a merged or new unit on hover; – when there is no table of the year before. */
export function changeCell(change) {
  const td = document.createElement('td');
  td.className = 'num';
  if (!change) {
    td.textContent = '–';
    td.title = t('noPrevious');
    td.classList.add('same');
    return td;
  }
  const before = change.predecessors || [];
  const told = p => p.previous ? `${p.previous.unitName} ${p.previous.rank}/${p.previous.fieldSize}` : p.unitKey;
  const note = text => { const small = document.createElement('small'); small.className = 'lineage'; small.textContent = text; return small; };
  if (change.basis === 'MERGED' || change.basis === 'SPLIT') {
    // no rank to compare with: say what happened, and where the unit's predecessors stood, on the page itself
    td.classList.add('new');
    td.append(t(change.basis === 'MERGED' ? 'merged' : 'split'), document.createElement('br'), note(before.map(told).join(' · ')));
    td.title = t('from') + ': ' + before.map(told).join('; ');
    return td;
  }
  if (change.basis === 'NEW' || change.rankChange === null || change.rankChange === undefined) {
    td.textContent = t('newUnit');
    td.classList.add('new');
    return td;
  }
  const n = change.rankChange;
  td.textContent = n > 0 ? `▲${n}` : n < 0 ? `▼${-n}` : t('same');
  td.classList.add(n > 0 ? 'up' : n < 0 ? 'down' : 'same');
  td.title = `${change.previousRank}/${change.previousFieldSize}`;
  if (change.basis === 'RENAMED') {
    // "đổi tên: Tỉnh Thừa Thiên Huế": the name the unit was ranked under the year before
    td.append(document.createElement('br'), note(t('renamed') + (change.previousName ? ': ' + change.previousName : '')));
  }
  return td;
}

export function groupBadge(group, name) {
  const span = document.createElement('span');
  span.className = 'badge ' + (group || '');
  span.textContent = group || '';
  if (name) span.title = name;
  return span;
}

export function languageSwitch(container, onChange) {
  container.replaceChildren();
  for (const code of ['vi', 'en']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = code.toUpperCase();
    button.setAttribute('aria-pressed', String(code === lang));
    button.addEventListener('click', () => { setLanguage(code); onChange(); });
    container.append(button);
  }
}

/**
 * A table's own CSV or XLSX, as its API serves it, with the reader's search and order (so the sheet holds the rows
 * shown, in their order, with every column the table has).
 */
export function downloadSheet(path, format, query) {
  const link = document.createElement('a');
  link.href = path + '?' + new URLSearchParams({ ...query, format, lang });
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

