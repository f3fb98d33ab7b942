/** @leerlus/domain improvement system: goals, meetings and occurrences, the matrix, agendas, actions. */
export * from './types';
export * from './calendar-dates';
export * from './rrule';
export * from './occurrences';
export * from './matrix';
export * from './goals';
export * from './agenda';
