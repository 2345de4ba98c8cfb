import { describe, expect, it } from 'vitest';
import { readCsvRecords, splitCsvFields } from '../../../main/core/datasets/csv.js';

describe('CSV reading', () => {
  it('splits quoted fields with commas and doubled quotes', () => {
    expect(splitCsvFields('a,"b,c","say ""hi""",')).toEqual(['a', 'b,c', 'say "hi"', '']);
  });

  it('keeps a quoted newline inside one record and numbers records by their first line', () => {
    const recs = readCsvRecords(Buffer.from('\ufeffx,y\r\n1,"two\nlines"\r\n\r\n3,4'));
    expect(recs.map((r) => [r.line, r.text])).toEqual([
      [1, 'x,y'],
      [2, '1,"two\nlines"'],
      [5, '3,4'],
    ]);
    expect(recs[1]!.fields).toEqual(['1', 'two\nlines']);
  });

  it('marks only the row with invalid UTF-8, not the whole file', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,ok\n2,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n3,fine\n')]);
    const recs = readCsvRecords(bytes);
    expect(recs.map((r) => r.text)).toEqual(['a,b', '1,ok', null, '3,fine']);
  });
});
