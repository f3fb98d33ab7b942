import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { queryKeys } from '../../api/query-keys';
import { getTeam } from '../../api/teams';
import { useI18n } from '../../i18n/i18n-context';
import type { PlainMessageKey } from '../../i18n/translate';
import { Badge, type BadgeTone } from '../../ui/badge';
import './improvement.css';

/** The tabs of a team's improvement system. */
export function ImprovementNav({ teamId }: { teamId: string }) {
  const { t } = useI18n();
  const tabs: { to: string; label: PlainMessageKey }[] = [
    { to: 'goals', label: 'improvement.tab.goals' },
    { to: 'meetings', label: 'improvement.tab.meetings' },
    { to: 'matrix', label: 'improvement.tab.matrix' },
    { to: 'log', label: 'improvement.tab.log' },
    { to: 'board', label: 'improvement.tab.board' },
    { to: 'calendar', label: 'improvement.tab.calendar' },
    { to: 'rollout', label: 'improvement.tab.rollout' },
  ];
  return (
    <nav className="improvement-tabs" aria-label={t('improvement.tabs')}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={`/teams/${teamId}/${tab.to}`} className={({ isActive }) => `improvement-tab${isActive ? ' improvement-tab-active' : ''}`}>
          {t(tab.label)}
        </NavLink>
      ))}
    </nav>
  );
}

/** The team's members (for owner, chair and attendance pickers). */
export function useTeamMembers(teamId: string) {
  const { data } = useQuery({ queryKey: queryKeys.team(teamId), queryFn: () => getTeam(teamId) });
  const seen = new Set<string>();
  const members = (data?.members ?? []).filter((m) => (seen.has(m.userId) ? false : (seen.add(m.userId), true)));
  return { members, myRole: data?.myRole ?? null, teamName: data?.name ?? '' };
}

const MANAGERS = ['admin', 'quality-advisor', 'team-lead'];
const CONTRIBUTORS = [...MANAGERS, 'member', 'analyst'];
/** Mirrors the server's policy (improvement:manage / :contribute) to hide controls; the server decides. */
export const canManage = (role: string | null) => role !== null && MANAGERS.includes(role);
export const canContribute = (role: string | null) => role !== null && CONTRIBUTORS.includes(role);

const PROGRESS_TONE: Record<string, BadgeTone> = { 'on-track': 'success', 'at-risk': 'warning', 'off-track': 'danger' };
/** A status-update judgement as a badge (text carries the meaning, colour supports it). */
export function ProgressBadge({ progress }: { progress: 'on-track' | 'at-risk' | 'off-track' }) {
  const { t } = useI18n();
  return <Badge tone={PROGRESS_TONE[progress] ?? 'neutral'}>{t(`improvement.progress.${progress}`)}</Badge>;
}

/** Today as YYYY-MM-DD in the user's zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
