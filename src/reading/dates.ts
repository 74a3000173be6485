// The publication date as the reader's locale writes it. The calendar date is taken as published
// (2020-10-23T22:00-04:00 was the 23rd where it was published), never shifted into the reader's zone.
export function formatPublishedDate(published: string, locale: string): string {
  const [year, month, day] = published.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
