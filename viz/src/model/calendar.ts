// The page's years: the slider runs from the data's first dated year (2013 until the data says;
// controls/time-controls.ts) to this year, one step past it meaning all time; a year is its last day
// (this year: today). Play steps through the dated events (model/event-days.ts).

export interface Calendar {
  today: string;
  firstYear: number;
  currentYear: number;
  /** The slider's value for all time. */
  allTimeValue: number;
  /** The day a year stands for: 31 December, or today for this year. */
  yearDate(year: number): string;
  /** The date a slider value shows; null: all time. */
  sliderDate(value: number): string | null;
  /** The slider value for a date; null: all time. */
  sliderValue(date: string | null): number;
}

/** `today`: YYYY-MM-DD. */
export function calendar(today: string, firstYear = 2013): Calendar {
  const currentYear = Number(today.slice(0, 4));
  const allTimeValue = currentYear + 1;
  const yearDate = (year: number) => (year >= currentYear ? today : `${year}-12-31`);
  return {
    today,
    firstYear,
    currentYear,
    allTimeValue,
    yearDate,
    sliderDate: (value) => (value >= allTimeValue ? null : yearDate(value)),
    sliderValue: (date) => (date ? Number(date.slice(0, 4)) : allTimeValue),
  };
}
