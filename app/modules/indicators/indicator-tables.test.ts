import { describe, expect, it } from 'vitest';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { valueLabel } from './indicator-tables';

describe('breakdown labels', () => {
  it('name an age group by the bounds its code gives, in the reader digits', () => {
    expect(valueLabel(serverI18n('ar', 'arab'), '15_24')).toBe('من ١٥ إلى ٢٤ سنة');
    expect(valueLabel(serverI18n('ar', 'arab'), '65_plus')).toBe('٦٥ سنة فأكثر');
    expect(valueLabel(serverI18n('ar', 'latn'), '0_14')).toBe('من 0 إلى 14 سنة');
    expect(valueLabel(serverI18n('en'), '25_64')).toBe('25–64 years');
  });

  it('leave other values as their label', () => {
    expect(valueLabel(serverI18n('en'), 'female')).toBe('Female');
  });
});
