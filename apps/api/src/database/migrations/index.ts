import { Init1795906255838 } from './1795906255838-Init';
import { Homework1795906835034 } from './1795906835034-Homework';

/** Committed migrations, oldest first. `npm run migration:generate -- <Name>` adds to this list. */
export const MIGRATIONS: Function[] = [Init1795906255838, Homework1795906835034];
