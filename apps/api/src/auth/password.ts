import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the OWASP 2023 minimum (m = 19 MiB, t = 2, p = 1). The PHC string records the
 * parameters, so they can be raised later without invalidating stored hashes.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the e-mail is unknown, so timing does not reveal which accounts exist. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword('leerlus-timing-equaliser'));
