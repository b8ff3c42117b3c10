/**
 * Writes a capacity chart template (src/lib/tooling/capacity-chart/template.ts) as an `.xlsx`
 * workbook with write-excel-file: the instructions first, then the chart, each cell styled by what
 * it is (the header, an empty cell for the venue to fill in).
 */
import writeExcelFile, { type CellObject, type Sheet } from 'write-excel-file/node';
import type { ChartTemplate, TemplateCellStyle, TemplateSheet } from '../../src/lib/tooling/capacity-chart/template.ts';

const cellStyles: Record<TemplateCellStyle, Omit<CellObject, 'value'>> = {
  title: { fontWeight: 'bold', fontSize: 14 },
  heading: { fontWeight: 'bold', alignVertical: 'top' },
  text: { wrap: true, alignVertical: 'top' },
  note: { textColor: '#555555' },
  header: { fontWeight: 'bold', wrap: true, align: 'center', alignVertical: 'center', backgroundColor: '#DDEBF7', borderStyle: 'thin', borderColor: '#9BA8B8' },
  figure: { borderStyle: 'thin', borderColor: '#D0D7DE' },
  // Light yellow: a figure or a name not on file, for the venue to fill in.
  missing: { backgroundColor: '#FFF2CC', borderStyle: 'thin', borderColor: '#D0D7DE' },
};

/** Columns a text takes on screen: a Chinese character (or full-width sign) takes two. */
function displayWidth(text: string): number {
  return [...text].reduce((width, char) => width + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(char) ? 2 : 1), 0);
}

/**
 * A row's height in points, tall enough for its wrapped text (spreadsheets do not always size a
 * row to wrapped text they did not write themselves); undefined leaves the default.
 */
function rowHeight(row: TemplateSheet['rows'][number], widths: readonly number[]): number | undefined {
  const lines = row.map((cell, index) => {
    if (!cellStyles[cell.style].wrap || typeof cell.value !== 'string') return 1;
    const width = Math.max(1, (widths[index] ?? 10) - 1);
    return cell.value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / width)), 0);
  });
  const most = Math.max(1, ...lines);
  return most > 1 ? most * 15 : undefined;
}

function sheet(template: TemplateSheet): Sheet<Buffer> {
  return {
    sheet: template.name,
    data: template.rows.map((row) => {
      const height = rowHeight(row, template.columnWidths);
      return row.map((cell, index) => ({
        ...cellStyles[cell.style],
        ...(cell.value === null ? {} : { value: cell.value }),
        ...(index === 0 && height !== undefined ? { height } : {}),
      }));
    }),
    columns: template.columnWidths.map((width) => ({ width })),
    ...(template.frozenRows > 0 ? { stickyRowsCount: template.frozenRows } : {}),
  };
}

/** The template as the bytes of an `.xlsx` file. */
export async function chartTemplateWorkbook(template: ChartTemplate): Promise<Buffer> {
  return Buffer.from(await writeExcelFile([sheet(template.instructions), sheet(template.chart)]).toBuffer());
}
