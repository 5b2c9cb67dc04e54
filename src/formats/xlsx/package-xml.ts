import { xmlText } from './xml-text.js';

/**
 * The package parts around the sheets (ECMA-376 Part 2, OPC): content
 * types, relationships, the workbook and the document properties. Fixed
 * text: no creation date, no author from the machine, no random ids, so the
 * same sheets give the same bytes.
 */
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'application/vnd.openxmlformats-officedocument';

/** A written sheet: its Excel name, its part, and the range its auto-filter covers. */
export type WrittenSheet = { name: string; part: string; filter: string | null };

export function sheetPart(index: number): string {
  return `xl/worksheets/sheet${index + 1}.xml`;
}

export function contentTypesXml(sheets: readonly WrittenSheet[]): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('xl/workbook.xml', `${OFFICE}.spreadsheetml.sheet.main+xml`) +
    sheets.map((s) => override(s.part, `${OFFICE}.spreadsheetml.worksheet+xml`)).join('') +
    override('xl/styles.xml', `${OFFICE}.spreadsheetml.styles+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', `${OFFICE}.extended-properties+xml`) +
    '</Types>'
  );
}

export const ROOT_RELS_XML =
  `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${DOC_RELS}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

/** Sheet i is rId(i+1); the styles come after them. */
export function workbookRelsXml(sheets: readonly WrittenSheet[]): string {
  const rel = (id: number, type: string, target: string) => `<Relationship Id="rId${id}" Type="${DOC_RELS}/${type}" Target="${target}"/>`;
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_RELS}">` +
    sheets.map((s, i) => rel(i + 1, 'worksheet', s.part.replace(/^xl\//, ''))).join('') +
    rel(sheets.length + 1, 'styles', 'styles.xml') +
    '</Relationships>'
  );
}

/**
 * The sheets in order, the first one open. Each auto-filter has its hidden
 * `_xlnm._FilterDatabase` name, as Excel writes it, so that Excel and
 * LibreOffice both show the filter buttons.
 */
export function workbookXml(sheets: readonly WrittenSheet[]): string {
  const names = sheets
    .map((s, i) =>
      s.filter === null
        ? ''
        : `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${s.name.replace(/'/g, "''")}'!${absolute(s.filter)}`)}</definedName>`,
    )
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${names === '' ? '' : `<definedNames>${names}</definedNames>`}</workbook>`
  );
}

/** `A1:Q20` -> `$A$1:$Q$20`. */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

export function coreXml(title: string | undefined): string {
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    `${title === undefined ? '' : `<dc:title>${xmlText(title)}</dc:title>`}<dc:creator>slacheck</dc:creator></cp:coreProperties>`
  );
}

export const APP_XML = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>slacheck</Application></Properties>`;
