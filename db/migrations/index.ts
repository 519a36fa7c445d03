import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127090828_initial } from './Migration20261127090828_initial';

/** Every migration, in order. Add new ones at the end. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127090828_initial', class: Migration20261127090828_initial },
];
