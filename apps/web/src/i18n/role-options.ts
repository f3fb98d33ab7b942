import { roleSchema, type Role } from '@leerlus/contracts';
import type { SelectOption } from '../ui/select';
import { roleLabel } from './role-label';
import type { Translate } from './translate';

/** Select options for roles, in the contract's order, optionally leaving some out. */
export function roleOptions(t: Translate, exclude: readonly Role[] = []): SelectOption[] {
  return roleSchema.options
    .filter((role) => !exclude.includes(role))
    .map((role) => ({ value: role, label: roleLabel(t, role) }));
}
