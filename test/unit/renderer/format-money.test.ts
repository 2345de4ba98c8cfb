/**
 * Money is written with its currency's own decimals (ISO 4217 minor units): none for won and
 * yen, two for dollars and euros, three for the Bahraini dinar; an unknown code keeps two.
 */
import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney } from '../../../renderer/src/components/data/money';

describe('formatMoney', () => {
  it('uses the currency digits of each code', () => {
    expect(currencyDigits('KRW')).toBe(0);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('BHD')).toBe(3);
    expect(currencyDigits('credits')).toBe(2);
    expect(formatMoney({ KRW: 35400 }, 'en')).toBe('35,400 KRW');
    expect(formatMoney({ KRW: 35400.4 }, 'ko')).toBe('35,400 KRW');
    expect(formatMoney({ JPY: 1200 }, 'en')).toBe('1,200 JPY');
    expect(formatMoney({ USD: 1234.5 }, 'en')).toBe('1,234.50 USD');
    expect(formatMoney({ BHD: 1.5 }, 'en')).toBe('1.500 BHD');
    expect(formatMoney({ credits: 3 }, 'en')).toBe('3.00 credits');
  });

  it('joins mixed currencies and shows a dash for no value', () => {
    expect(formatMoney({ USD: 10, KRW: 13000 }, 'en')).toBe('10.00 USD · 13,000 KRW');
    expect(formatMoney({ USD: null }, 'en')).toBe('—');
    expect(formatMoney({}, 'en')).toBe('—');
  });
});
