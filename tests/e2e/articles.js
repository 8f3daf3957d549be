// Invented articles (place, agency and figures are made up) and what the page should read
// from them.

/** A wire report with an absolute dateline; its figures are for the day before. */
export const MEASLES = `Measles cases climb to 412 in Varenna province

BRENNHAVEN, March 14, 2031 (Tidewire) - Health officials in Varenna province reported 37 new measles cases on Thursday, bringing the total number of cases to 412.

The provincial health office also recorded 3 new deaths on Thursday, raising the death toll to 9.

Vaccination teams have been sent to schools in the port district, and officials urged parents to check their children's records before the spring holidays.
`;

/** The "Figures" rows MEASLES gives: date, metric, kind, value. */
export const MEASLES_ROWS = [
  { date: '2031-03-13', metric: 'cases', kind: 'new', value: 37 },
  { date: '2031-03-13', metric: 'cases', kind: 'total', value: 412 },
  { date: '2031-03-13', metric: 'deaths', kind: 'new', value: 3 },
  { date: '2031-03-13', metric: 'deaths', kind: 'total', value: 9 },
];

/** A report that gives no date at all, so the page has to ask for one. */
export const UNDATED_CHOLERA = `Cholera spreads in Osterlund hill district

Officials in the hill district of Osterlund confirmed 18 new cholera cases, bringing the total to 240. Water tankers are being sent to the villages worst affected.
`;

/** The "Figures" rows UNDATED_CHOLERA gives once it is published on `date`. */
export function choleraRows(date) {
  return [
    { date, metric: 'cases', kind: 'new', value: 18 },
    { date, metric: 'cases', kind: 'total', value: 240 },
  ];
}

/** News with no outbreak figures in it. */
export const NO_FIGURES = `Harbour bridge to close for repairs

The regional council agreed on Tuesday to close the old harbour bridge for repairs over the summer. Ferries will run more often while the work goes on.
`;

/**
 * The day `index` days after 14 March 2031 (the measles report's dateline) as the report
 * writes it ("March 15, 2031"), and the weekday before it ("Saturday").
 */
export function measlesDay(index) {
  const published = new Date(Date.UTC(2031, 2, 14 + index));
  const before = new Date(Date.UTC(2031, 2, 13 + index));
  const options = { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' };
  return {
    dateline: published.toLocaleDateString('en-US', options),
    weekdayBefore: before.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }),
  };
}
