import type { I18n } from '~/platform/i18n/translator';
import type { DatasetField } from './dataset-fields';
import { listDelimiter } from './dataset-fields';

/**
 * A dataset's Frictionless Table Schema (v2) in one language: each field's name, type and the
 * dictionary's description; lists declare their delimiter and item type.
 */
export function tableSchema(options: { fields: DatasetField[]; primaryKey: string[]; i18n: I18n }) {
  const { fields, primaryKey, i18n } = options;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      ...(f.type === 'list' ? { delimiter: listDelimiter, itemType: f.itemType ?? 'string' } : {}),
      description: i18n.t(`open-data.field.${f.name}`),
      ...(f.required ? { constraints: { required: true } } : {}),
    })),
    primaryKey,
    missingValues: [''],
  };
}
