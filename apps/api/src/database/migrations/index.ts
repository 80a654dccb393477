import { Init1795906255838 } from './1795906255838-Init';
import { Homework1795906835034 } from './1795906835034-Homework';
import { Checkins1795907360946 } from './1795907360946-Checkins';
import { DashboardIndexes1795909142067 } from './1795909142067-DashboardIndexes';
import { Audit1796355284537 } from './1796355284537-Audit';
import { TogetherCompletionsInvitedNames1796355456924 } from './1796355456924-TogetherCompletionsInvitedNames';
import { CoupleCoachChanges1796355709360 } from './1796355709360-CoupleCoachChanges';
import { Accounts1796355823783 } from './1796355823783-Accounts';
import { RetiredTasks1796419486009 } from './1796419486009-RetiredTasks';
import { MailOutboxPasswordResets1796423077877 } from './1796423077877-MailOutboxPasswordResets';

/** Committed migrations, oldest first. `npm run migration:generate -- <Name>` adds to this list. */
export const MIGRATIONS: Function[] = [Init1795906255838, Homework1795906835034, Checkins1795907360946, DashboardIndexes1795909142067, Audit1796355284537, TogetherCompletionsInvitedNames1796355456924, CoupleCoachChanges1796355709360, Accounts1796355823783, RetiredTasks1796419486009, MailOutboxPasswordResets1796423077877];
