/** Requests shared by the statistics route tests. */

/** A series with a clear upward shift after point 12: 10 points in a row above the mean. */
export const SHIFT_VALUES = [
  10, 12, 11, 9, 10, 11, 10, 12, 9, 11, 10, 11, 15, 16, 14, 15, 17, 16, 15, 16, 14, 15,
];

export const xmrRequest = {
  chart: 'i',
  values: SHIFT_VALUES,
  improvement: 'increase',
  target: 13,
  preset: 'mdc',
};

export const pRequest = {
  chart: 'p',
  values: [12, 15, 9, 14, 11, 30, 13],
  denominators: [100, 120, 80, 110, 95, 100, 105],
  labels: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul'],
  multiplier: 100,
  improvement: 'decrease',
};

export const funnelRequest = {
  type: 'proportion',
  units: [
    { id: 'A', numerator: 30, denominator: 200 },
    { id: 'B', numerator: 45, denominator: 210 },
    { id: 'C', numerator: 12, denominator: 180 },
    { id: 'D', numerator: 70, denominator: 220 },
  ],
  curve: [50, 100, 200],
};
