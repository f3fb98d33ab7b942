/** A percentage of the scale, rounded: "63%" (– when there is no score). */
export const percent = (p: number | null | undefined): string => (p === null || p === undefined ? '–' : `${Math.round(p)}%`);
