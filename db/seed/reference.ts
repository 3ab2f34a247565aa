import type { Db } from '~/platform/db.server';

export async function seedReference(_db: Db): Promise<void> {}
