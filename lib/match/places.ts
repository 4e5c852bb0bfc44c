/**
 * Countries and the words that stand for them, so "Chinese", "Beijing's" (no: capitals are their own
 * entities) and "China" share one entity key, and "the U.S." meets "the United States". Keys are lowercase.
 */

/** Country names as keys, each with its demonyms and common short forms. */
const COUNTRIES: Record<string, string[]> = {
  afghanistan: ['afghan'],
  australia: ['australian'],
  austria: ['austrian'],
  belarus: ['belarusian'],
  belgium: ['belgian'],
  brazil: ['brazilian'],
  canada: ['canadian'],
  china: ['chinese', 'prc'],
  cuba: ['cuban'],
  denmark: ['danish'],
  egypt: ['egyptian'],
  estonia: ['estonian'],
  finland: ['finnish'],
  france: ['french'],
  georgia: ['georgian'],
  germany: ['german'],
  greece: ['greek'],
  hungary: ['hungarian'],
  india: ['indian'],
  indonesia: ['indonesian'],
  iran: ['iranian'],
  iraq: ['iraqi'],
  ireland: ['irish'],
  israel: ['israeli'],
  italy: ['italian'],
  japan: ['japanese'],
  kazakhstan: ['kazakh'],
  latvia: ['latvian'],
  lebanon: ['lebanese'],
  libya: ['libyan'],
  lithuania: ['lithuanian'],
  mexico: ['mexican'],
  moldova: ['moldovan'],
  netherlands: ['dutch'],
  'north korea': ['north korean', 'dprk'],
  norway: ['norwegian'],
  pakistan: ['pakistani'],
  palestine: ['palestinian'],
  philippines: ['filipino', 'philippine'],
  poland: ['polish'],
  portugal: ['portuguese'],
  qatar: ['qatari'],
  romania: ['romanian'],
  russia: ['russian', 'russian federation'],
  'saudi arabia': ['saudi'],
  serbia: ['serbian'],
  'south africa': ['south african'],
  'south korea': ['south korean', 'korea', 'korean'],
  spain: ['spanish'],
  sweden: ['swedish'],
  switzerland: ['swiss'],
  syria: ['syrian'],
  taiwan: ['taiwanese'],
  turkey: ['turkish', 'turkiye'],
  ukraine: ['ukrainian'],
  'united kingdom': ['uk', 'u.k', 'britain', 'great britain', 'british'],
  'united states': ['us', 'u.s', 'usa', 'u.s.a', 'america', 'american'],
  venezuela: ['venezuelan'],
  vietnam: ['vietnamese'],
  yemen: ['yemeni'],
};

const BY_FORM = new Map<string, string>();
for (const [country, forms] of Object.entries(COUNTRIES)) {
  BY_FORM.set(country, country);
  for (const f of forms) BY_FORM.set(f, country);
}

/** The country a lowercase word or phrase stands for ("chinese" -> "china"), or undefined. */
export function countryOf(form: string): string | undefined {
  return BY_FORM.get(form.replace(/\.$/, ''));
}
