/**
 * Month and weekday names as exports write them (export-formats.md 2.3: Jira
 * writes months in the exporting user's language), in en/da/de/es/fr/nl/sv/nb,
 * abbreviated and full. Keys are lower case without a trailing dot; no key
 * means different months in two languages.
 */
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'january', 'januar', 'januari', 'ene', 'enero', 'janv', 'janvier', 'jän', 'jänner'],
  ['feb', 'february', 'februar', 'februari', 'febrero', 'févr', 'fevr', 'février', 'fevrier', 'fév', 'febr'],
  ['mar', 'march', 'marts', 'märz', 'marz', 'mär', 'marzo', 'mars', 'maart', 'mrt'],
  ['apr', 'april', 'abr', 'abril', 'avr', 'avril'],
  ['may', 'maj', 'mai', 'mayo', 'mei'],
  ['jun', 'june', 'juni', 'junio', 'juin'],
  ['jul', 'july', 'juli', 'julio', 'juil', 'juillet'],
  ['aug', 'august', 'augusti', 'ago', 'agosto', 'août', 'aout', 'aoû', 'augustus'],
  ['sep', 'sept', 'september', 'septiembre', 'set', 'septembre'],
  ['oct', 'october', 'okt', 'oktober', 'octubre', 'octobre'],
  ['nov', 'november', 'noviembre', 'novembre'],
  ['dec', 'december', 'dez', 'dezember', 'dic', 'diciembre', 'déc', 'decembre', 'décembre', 'des', 'desember'],
];

const WEEKDAYS: readonly (readonly string[])[] = [
  ['mon', 'monday', 'man', 'mandag', 'mo', 'mon', 'montag', 'lun', 'lunes', 'lundi', 'ma', 'maandag', 'mån', 'måndag'],
  ['tue', 'tuesday', 'tir', 'tirsdag', 'di', 'die', 'dienstag', 'mar', 'martes', 'mardi', 'dinsdag', 'tis', 'tisdag', 'tirs'],
  ['wed', 'wednesday', 'ons', 'onsdag', 'mi', 'mit', 'mittwoch', 'mié', 'mie', 'miércoles', 'mer', 'mercredi', 'wo', 'woensdag'],
  ['thu', 'thursday', 'tor', 'torsdag', 'do', 'don', 'donnerstag', 'jue', 'jueves', 'jeu', 'jeudi', 'donderdag', 'tors', 'thur', 'thurs'],
  ['fri', 'friday', 'fre', 'fredag', 'fr', 'freitag', 'vie', 'viernes', 'ven', 'vendredi', 'vr', 'vrijdag'],
  ['sat', 'saturday', 'lør', 'lørdag', 'sa', 'sam', 'samstag', 'sáb', 'sab', 'sábado', 'samedi', 'za', 'zaterdag', 'lör', 'lördag'],
  ['sun', 'sunday', 'søn', 'søndag', 'so', 'son', 'sonntag', 'dom', 'domingo', 'dim', 'dimanche', 'zo', 'zondag', 'sön', 'söndag'],
];

function index(groups: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  groups.forEach((names, i) => {
    for (const name of names) map.set(name, i + 1);
  });
  return map;
}

const monthIndex = index(MONTHS);
const weekdayIndex = index(WEEKDAYS);

/** 1-12 for a month name (any case, trailing dot already removed), or 0. */
export function monthNumber(name: string): number {
  return monthIndex.get(name.toLowerCase()) ?? 0;
}

/** 1-7 (Monday = 1) for a weekday name, or 0. */
export function weekdayNumber(name: string): number {
  return weekdayIndex.get(name.toLowerCase()) ?? 0;
}

/** True for letters that can appear in a month or weekday name (ASCII and Latin-1 letters). */
export function isNameChar(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
