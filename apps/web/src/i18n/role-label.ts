import type { Role } from '@leerlus/contracts';
import type { Translate } from './translate';

/** The Dutch or English name of a role (admin = Beheerder / Administrator, …). */
export const roleLabel = (t: Translate, role: Role): string => t(`role.${role}`);
