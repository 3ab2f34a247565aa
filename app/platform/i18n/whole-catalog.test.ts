import { afterEach, describe, expect, it } from 'vitest';
import { answerMissingKeysFromWholeCatalog, createI18n } from './translator';

const whole = {
  ar: { 'common.save': 'حفظ', 'hub.title': 'المركز' },
  en: { 'common.save': 'Save', 'hub.title': 'Hub' },
};

describe("a key outside the page's message set (server)", () => {
  afterEach(() => answerMissingKeysFromWholeCatalog({ ar: {}, en: {} }, { strict: false }));

  it('is answered from the whole catalog, so the page still reads right', () => {
    answerMissingKeysFromWholeCatalog(whole, { strict: false });
    const i18n = createI18n('ar', 'arab', { 'common.save': 'حفظ' });
    expect(i18n.t('hub.title')).toBe('المركز');
  });

  it('fails the render when strict (the tests), naming the key', () => {
    answerMissingKeysFromWholeCatalog(whole, { strict: true });
    const i18n = createI18n('en', 'latn', { 'common.save': 'Save' });
    expect(i18n.t('common.save')).toBe('Save');
    expect(() => i18n.t('hub.title')).toThrow(/hub\.title is not in this page's message set/);
  });
});
