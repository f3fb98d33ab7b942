import type { Executor } from '@leerlus/db';

/**
 * Gap → action links. The improvement system's actions table (issue: improvement board) is built in
 * parallel; until it is merged no gap has an action yet.
 */
export async function gapActionIds(_db: Executor, _assessmentId: string): Promise<Map<string, string>> {
  return new Map();
}
