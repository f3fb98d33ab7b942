import {
  calendarFeedCreatedSchema,
  calendarFeedStatusSchema,
  calendarSchema,
} from '@leerlus/contracts/cycles';
import { request, requestVoid, type Infer } from '../../api/client';

/** The improvement calendar and the personal iCalendar feed. */

export type Calendar = Infer<typeof calendarSchema>;
export type CalendarItem = Calendar['items'][number];
export type FeedStatus = Infer<typeof calendarFeedStatusSchema>;
export type FeedCreated = Infer<typeof calendarFeedCreatedSchema>;

export const calendarKeys = {
  range: (teamId: string, from: string, to: string) => ['calendar', teamId, from, to] as const,
  feed: (organisationId: string) => ['calendar-feed', organisationId] as const,
};

export const getCalendar = (teamId: string, from: string, to: string) =>
  request(calendarSchema, `/teams/${teamId}/calendar`, { query: { from, to } });
const feedPath = (organisationId: string) => `/organisations/${organisationId}/calendar-feed`;
export const getFeedStatus = (organisationId: string) =>
  request(calendarFeedStatusSchema, feedPath(organisationId));
export const createFeed = (organisationId: string) =>
  request(calendarFeedCreatedSchema, feedPath(organisationId), { method: 'POST' });
export const revokeFeed = (organisationId: string) =>
  requestVoid(feedPath(organisationId), { method: 'DELETE' });
