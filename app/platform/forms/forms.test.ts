import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, fieldRefusal } from '../errors';
import {
  amount,
  checkbox,
  choice,
  code,
  date,
  email,
  language,
  list,
  number,
  optionalAmount,
  optionalDate,
  optionalNumber,
  parseNumber,
  present,
  refuse,
  requireOriginal,
  rows,
  text,
  translatedText,
  url,
  uuid,
} from './fields';
import { errorFields, FORM_PATH, fieldErrorsOf, parseInput } from './issues';
import { formInput, pathOf, splitPath } from './paths';

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};
const errorsOf = (schema: z.ZodType, raw: unknown) => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
};

describe('field names are schema paths', () => {
  it('writes and reads paths with dots for keys and brackets for indexes', () => {
    expect(pathOf(['partners', 2, 'name'])).toBe('partners[2].name');
    expect(pathOf(['title', 'ar'])).toBe('title.ar');
    expect(pathOf([])).toBe('');
    expect(splitPath('partners[2].name')).toEqual(['partners', 2, 'name']);
    expect(splitPath('objectives.7.ar')).toEqual(['objectives', '7', 'ar']);
  });

  it('builds the nested input from flat form fields, repeated names as lists', () => {
    const input = formInput(
      formOf([
        ['_csrf', 'token'],
        ['title.ar', 'عنوان'],
        ['title.en', 'Title'],
        ['budget.amount', '١٢٣'],
        ['partners[2].name', 'UNHCR'],
        ['partners[0].name', 'IOM'],
        ['objectives', '1'],
        ['objectives', '7'],
        ['__proto__.polluted', 'x'],
      ]),
    );
    expect(input).toEqual({
      title: { ar: 'عنوان', en: 'Title' },
      budget: { amount: '١٢٣' },
      partners: [{ name: 'IOM' }, undefined, { name: 'UNHCR' }],
      objectives: ['1', '7'],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves out the fields named in omit', () => {
    expect(
      formInput(
        formOf([
          ['intent', 'save'],
          ['a', '1'],
        ]),
        { omit: ['intent'] },
      ),
    ).toEqual({ a: '1' });
  });
});

describe('the field kit', () => {
  it('folds Arabic-Indic and Persian digits and Arabic separators in numbers', () => {
    expect(parseNumber('١٢٬٣٤٥٫٥')).toBe(12345.5);
    expect(parseNumber('۱۲۳')).toBe(123);
    expect(parseNumber('1,250')).toBe(1250);
    expect(parseNumber(' ')).toBeUndefined();
    expect(parseNumber('abc')).toBe('abc');
    expect(number().parse('٤٢')).toBe(42);
    expect(optionalNumber().parse('')).toBeUndefined();
    expect(errorsOf(z.object({ n: number() }), { n: 'abc' })).toEqual({ n: [{ code: 'invalidNumber' }] });
    expect(errorsOf(z.object({ n: number({ invalid: 'targetNotNumeric' }) }), { n: 'x' })).toEqual({
      n: [{ code: 'targetNotNumeric' }],
    });
    expect(errorsOf(z.object({ n: number({ max: 10 }) }), { n: '١١' })).toEqual({
      n: [{ code: 'tooBig', params: { max: 10 } }],
    });
  });

  it('refuses a number off its scale with the domain code when given', () => {
    const scale = z.object({
      n: number({ int: true, min: 0, max: 3, outOfRange: 'markerOutOfScale', namingLimits: true }),
    });
    expect(scale.parse({ n: '٢' }).n).toBe(2);
    const outOfScale = [{ code: 'markerOutOfScale', params: { min: 0, max: 3 } }];
    expect(errorsOf(scale, { n: '4' })).toEqual({ n: outOfScale });
    expect(errorsOf(scale, { n: '-1' })).toEqual({ n: outOfScale });
    expect(errorsOf(scale, { n: '1.5' })).toEqual({ n: [{ code: 'invalidNumber' }] });
  });

  it('refuses amounts that are not above zero', () => {
    const schema = z.object({ amount: optionalAmount({ max: 1e13 }) });
    expect(schema.parse({ amount: '٢٥٠٠٠٠' }).amount).toBe(250000);
    expect(errorsOf(schema, { amount: '0' })).toEqual({ amount: [{ code: 'amountNotPositive' }] });
    expect(schema.parse({ amount: '' }).amount).toBeUndefined();
    const required = z.object({ amount: amount({ max: 100 }) });
    expect(required.parse({ amount: '١٠٠' }).amount).toBe(100);
    expect(errorsOf(required, { amount: '' })).toEqual({ amount: [{ code: 'invalidFormat' }] });
    expect(errorsOf(required, { amount: '101' })).toEqual({
      amount: [{ code: 'tooBig', params: { max: 100 } }],
    });
  });

  it('reads ISO dates typed with Arabic digits', () => {
    expect(date().parse('٢٠٢٦-٠٣-٣١')).toBe('2026-03-31');
    expect(optionalDate().parse('')).toBeUndefined();
    expect(errorsOf(z.object({ d: date() }), { d: '31/03/2026' })).toEqual({ d: [{ code: 'invalidDate' }] });
  });

  it('keeps plain text trimmed and requires it when asked', () => {
    const schema = z.object({ name: text({ max: 5 }) });
    expect(schema.parse({ name: '  سارة \u0007' }).name).toBe('سارة');
    expect(errorsOf(schema, { name: '   ' })).toEqual({ name: [{ code: 'required' }] });
    expect(errorsOf(schema, {})).toEqual({ name: [{ code: 'required' }] });
    expect(errorsOf(schema, { name: 'abcdef' })).toEqual({ name: [{ code: 'tooLong', params: { max: 5 } }] });
  });

  it('takes translated text per language, at least one when required, and checks the original', () => {
    const schema = z
      .object({ title: translatedText({ max: 50, required: true }), originalLanguage: language() })
      .superRefine((v, ctx) => requireOriginal(ctx, v.title, v.originalLanguage, ['title']));
    expect(schema.parse({ title: { ar: ' عنوان ', en: '' }, originalLanguage: 'ar' }).title).toEqual({
      ar: 'عنوان',
    });
    expect(errorsOf(schema, { title: { ar: '', en: '' }, originalLanguage: 'ar' }).title?.[0]).toEqual({
      code: 'translationRequired',
    });
    expect(errorsOf(schema, { title: { en: 'Title' }, originalLanguage: 'ar' })).toEqual({
      title: [{ code: 'originalTextRequired' }],
    });
    const optional = z.object({ summary: translatedText({ max: 50 }) });
    expect(optional.parse({ summary: { ar: '', en: ' ' } }).summary).toEqual({});
    expect(errorsOf(schema, { title: { ar: 'x'.repeat(51) }, originalLanguage: 'ar' })).toEqual({
      'title.ar': [{ code: 'tooLong', params: { max: 50 } }],
    });
  });

  it('reads lists from repeated fields, one value, or none', () => {
    const schema = z.object({ forms: list(choice(['policy', 'financial']), { min: 1, max: 2 }) });
    expect(schema.parse({ forms: 'policy' }).forms).toEqual(['policy']);
    expect(schema.parse({ forms: ['policy', 'financial'] }).forms).toEqual(['policy', 'financial']);
    expect(errorsOf(schema, {})).toEqual({ forms: [{ code: 'chooseAtLeast', params: { min: 1 } }] });
    expect(errorsOf(schema, { forms: ['policy', 'other'] })).toEqual({
      'forms[1]': [{ code: 'invalidChoice' }],
    });
  });

  it('keeps blank rows in place so a refusal names the row the user sees', () => {
    const schema = z.object({
      indicators: rows(z.object({ unit: text({ max: 10 }), target: number() }), { max: 5 }),
    });
    const input = formInput(
      formOf([
        ['indicators[0].unit', ''],
        ['indicators[0].target', ''],
        ['indicators[1].unit', 'people'],
        ['indicators[1].target', 'many'],
        ['indicators[2].unit', 'schools'],
        ['indicators[2].target', '٣'],
      ]),
    );
    expect(errorsOf(schema, input)).toEqual({ 'indicators[1].target': [{ code: 'invalidNumber' }] });
    const parsed = schema.parse({
      indicators: [
        { unit: '', target: '' },
        { unit: 'schools', target: '٣' },
      ],
    });
    expect(present(parsed.indicators)).toEqual([{ unit: 'schools', target: 3 }]);
  });

  it('reads checkboxes, choices, ids, addresses', () => {
    expect(z.object({ c: checkbox() }).parse({}).c).toBe(false);
    expect(checkbox().parse('on')).toBe(true);
    expect(choice(['a', 'b']).parse(' a ')).toBe('a');
    expect(errorsOf(z.object({ k: choice(['a', 'b']) }), { k: 'c' })).toEqual({
      k: [{ code: 'invalidChoice' }],
    });
    expect(errorsOf(z.object({ id: uuid() }), { id: 'nope' })).toEqual({ id: [{ code: 'invalidChoice' }] });
    expect(email().parse(' Sara@Example.ORG ')).toBe('sara@example.org');
    expect(errorsOf(z.object({ e: email() }), { e: 'sara' })).toEqual({ e: [{ code: 'invalidEmail' }] });
    expect(errorsOf(z.object({ u: url() }), { u: 'javascript:alert(1)' })).toEqual({
      u: [{ code: 'invalidUrl' }],
    });
    expect(url().parse('https://example.org/a')).toBe('https://example.org/a');
  });
});

describe('the issue mapper', () => {
  it('maps custom codes with params and Zod kinds to i18n codes by path', () => {
    const schema = z
      .object({ a: z.string().min(3), b: z.array(z.string()).max(1) })
      .superRefine((_, ctx) => refuse(ctx, ['b', 0], 'duplicatePartner', { n: 2 }));
    expect(errorsOf(schema, { a: 'x', b: ['1', '2'] })).toEqual({
      a: [{ code: 'tooShort', params: { min: 3 } }],
      b: [{ code: 'tooBig', params: { max: 1 } }],
    });
    expect(errorsOf(schema, { a: 'xyz', b: ['1'] })).toEqual({
      'b[0]': [{ code: 'duplicatePartner', params: { n: 2 } }],
    });
    expect(
      errorsOf(
        z.string().refine(() => false, code('x')),
        'v',
      ),
    ).toEqual({ [FORM_PATH]: [{ code: 'x' }] });
  });

  it('throws every refusal at once, the first as the error code', () => {
    const schema = z.object({ title: text({ max: 10 }), when: date() });
    const error = (() => {
      try {
        parseInput(schema, { when: 'x' }, 422);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error).toMatchObject({ code: 'required', status: 422 });
    expect(error?.details?.fieldErrors).toEqual({
      title: [{ code: 'required' }],
      when: [{ code: 'invalidDate' }],
    });
  });

  it('places a domain refusal beside its field, or above the form', () => {
    expect(errorFields(fieldRefusal('email', 'alreadyMember', { status: 409 }))).toEqual({
      email: [{ code: 'alreadyMember' }],
    });
    expect(errorFields(new AppError('tooLong', 400, { field: 'comment', max: 5 }))).toEqual({
      comment: [{ code: 'tooLong', params: { max: 5 } }],
    });
    expect(errorFields(new AppError('staleVersion', 409))).toEqual({
      [FORM_PATH]: [{ code: 'staleVersion' }],
    });
  });
});
