import { longDates } from './locale';

// The publication date as the reader's locale writes it. The calendar date is taken as published
// (2020-10-23T22:00-04:00 was the 23rd where it was published), never shifted into the reader's zone.
// Validation refuses days that do not exist; anything that still cannot be read is shown as written,
// never as another day.
export function formatPublishedDate(published: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return published;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return published.slice(0, 10);
  }
  return longDates(locale).format(date);
}
