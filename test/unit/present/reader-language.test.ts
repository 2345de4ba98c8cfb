import { describe, expect, it } from 'vitest';
import { engineText, parseEngineText } from '../../../shared/engine-messages.js';
import { defaultPaper, intervalDecimals, translator } from '../../../shared/report-i18n/i18n.js';
import { gapText } from '../../../main/core/report/sections.js';

describe('engine texts in the reader language', () => {
  it.each([
    ['throughput_qps: best at batch 64', 'bestBatch', 'throughput_qps: 배치 64에서 최고'],
    [
      'environment differs from serving target ST-1 (laptop): 2 cores vs 4, 2 threads vs 4',
      'envDiffers',
      '측정 환경이 서빙 대상 ST-1(laptop)과(와) 다름: 코어 2개(대상 4개), 스레드 2개(대상 4개)',
    ],
    ['RUN-3 did not measure server_qps', 'notMeasured', 'RUN-3은(는) server_qps을(를) 측정하지 않음'],
    ['no finished run', 'noRun', '완료된 실행 없음'],
  ])('%s → %s', (text, code, ko) => {
    expect(parseEngineText(text)?.code).toBe(code);
    expect(engineText(text, 'ko')).toBe(ko);
    // English reads back the very sentence the engine wrote.
    expect(engineText(text, 'en')).toBe(text);
  });

  it('leaves a text it does not know as written', () => {
    expect(engineText('RUN-3 · digits@v3:test', 'ko')).toBe('RUN-3 · digits@v3:test');
  });
});

describe('numbers, dates and paper per locale', () => {
  it('dates carry the year in the locale form', () => {
    expect(translator('en').date('2025-05-02T10:00:00Z')).toBe('May 2, 2025');
    expect(translator('ko').date('2025-05-02T10:00:00Z')).toBe('2025년 5월 2일');
  });

  it('a value shows the decimals its 95% interval supports', () => {
    expect(intervalDecimals([0.962, 0.983])).toBe(2);
    expect(intervalDecimals([5.1, 7.3])).toBe(0);
    expect(translator('en').num(0.97341, '', [0.962, 0.983])).toBe('0.97');
    expect(translator('en').interval([0.9623, 0.9831])).toBe('0.96–0.98');
    expect(translator('en').num(0.97341)).toBe('0.9734');
    expect(translator('ko').num(1_727_110, 'qps')).toBe('1,727,110 qps');
  });

  it('a met requirement has no gap to print', () => {
    const tr = translator('en');
    expect(gapText(tr, { status: 'met', gap: 0, unit: 'ms' })).toBe('—');
    expect(gapText(tr, { status: 'unmet', gap: 1.1, unit: 'ms' })).toBe('1.1 ms');
  });

  it('prints on Letter in the United States and Canada, A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('en-CA')).toBe('letter');
    expect(defaultPaper('ko-KR')).toBe('a4');
    expect(defaultPaper('en-GB')).toBe('a4');
  });
});
