/**
 * The columns of the bulk datasets, as Frictionless Table Schema field types. A field of the same
 * name means the same thing in every dataset, so the data dictionary describes each name once
 * (`open-data.field.<name>` in both catalogs). Lists are one cell in CSV, joined by ";".
 */
export type FieldType = 'string' | 'integer' | 'datetime' | 'list';

export interface DatasetField {
  name: string;
  type: FieldType;
  itemType?: 'integer' | 'string';
  /** The field is never empty. */
  required?: boolean;
}

export const listDelimiter = ';';

export const contentFields: DatasetField[] = [
  { name: 'type', type: 'string', required: true },
  { name: 'id', type: 'string', required: true },
  { name: 'status', type: 'string', required: true },
  { name: 'original_language', type: 'string' },
  { name: 'title_ar', type: 'string' },
  { name: 'title_en', type: 'string' },
  { name: 'summary_ar', type: 'string' },
  { name: 'summary_en', type: 'string' },
  { name: 'objectives', type: 'list', itemType: 'integer' },
  { name: 'principles', type: 'list', itemType: 'string' },
  { name: 'countries', type: 'list', itemType: 'string' },
  { name: 'regions', type: 'list', itemType: 'string' },
  { name: 'year', type: 'integer' },
  { name: 'published_at', type: 'datetime' },
  { name: 'updated_at', type: 'datetime', required: true },
  { name: 'url_ar', type: 'string', required: true },
  { name: 'url_en', type: 'string', required: true },
];

export const objectiveFields: DatasetField[] = [
  { name: 'number', type: 'integer', required: true },
  { name: 'code', type: 'string', required: true },
  { name: 'title_ar', type: 'string' },
  { name: 'title_en', type: 'string' },
  { name: 'short_label_ar', type: 'string' },
  { name: 'short_label_en', type: 'string' },
];

export const countryFields: DatasetField[] = [
  { name: 'iso3', type: 'string', required: true },
  { name: 'iso2', type: 'string', required: true },
  { name: 'm49', type: 'string', required: true },
  { name: 'name_ar', type: 'string' },
  { name: 'name_en', type: 'string' },
  { name: 'un_status', type: 'string', required: true },
  { name: 'region', type: 'string' },
  { name: 'subregion', type: 'string' },
  { name: 'regions', type: 'list', itemType: 'string' },
];

export const regionFields: DatasetField[] = [
  { name: 'id', type: 'string', required: true },
  { name: 'kind', type: 'string', required: true },
  { name: 'code', type: 'string', required: true },
  { name: 'parent', type: 'string' },
  { name: 'name_ar', type: 'string' },
  { name: 'name_en', type: 'string' },
];

/** Every field name any dataset uses (the dictionary page and the i18n check read it). */
export const allFieldNames = [
  ...new Set([...contentFields, ...objectiveFields, ...countryFields, ...regionFields].map((f) => f.name)),
];
