/**
 * The time zones a user can pick, by city: IANA zones from the runtime's own database
 * (Intl.supportedValuesOf) named by their city, plus well-known cities that share a zone with another
 * (San Francisco is America/Los_Angeles), so typing "New York" or "Munich" finds the zone.
 */

export interface TimeZoneOption {
  /** The IANA zone, as stored: "America/New_York". */
  zone: string
  /** The zone's own city: "New York". */
  city: string
  /** The region before the city: "America". */
  region: string
  /** Other cities on the same clock, searched too. */
  aliases: string[]
}

/**
 * Zones the ICU database still lists under their old names; the current name is what users know and
 * what is stored. Every runtime Debrief runs on (Node 20+, Chromium) accepts both.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
}

/** Cities people type that are not zone names, by the zone whose clock they keep. */
const CITY_ALIASES: Record<string, string[]> = {
  'America/Los_Angeles': ['San Francisco', 'Seattle', 'San Diego', 'San Jose', 'Portland', 'Las Vegas', 'Pacific Time'],
  'America/Denver': ['Salt Lake City', 'Albuquerque', 'Mountain Time'],
  'America/Chicago': ['Dallas', 'Houston', 'Austin', 'Minneapolis', 'New Orleans', 'Central Time'],
  'America/New_York': ['Washington', 'Boston', 'Philadelphia', 'Atlanta', 'Miami', 'Pittsburgh', 'Eastern Time'],
  'America/Toronto': ['Montreal', 'Ottawa'],
  'America/Sao_Paulo': ['Rio de Janeiro', 'São Paulo'],
  'Europe/London': ['Edinburgh', 'Manchester', 'Glasgow', 'Birmingham', 'Bristol'],
  'Europe/Dublin': ['Cork'],
  'Europe/Berlin': ['Munich', 'Frankfurt', 'Hamburg', 'Cologne', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden'],
  'Europe/Zurich': ['Geneva', 'Basel', 'Bern', 'Lausanne'],
  'Europe/Paris': ['Lyon', 'Marseille', 'Toulouse', 'Nice', 'Bordeaux'],
  'Europe/Madrid': ['Barcelona', 'Valencia', 'Seville', 'Bilbao'],
  'Europe/Rome': ['Milan', 'Turin', 'Florence', 'Naples', 'Bologna'],
  'Europe/Amsterdam': ['Rotterdam', 'The Hague', 'Utrecht', 'Eindhoven'],
  'Europe/Brussels': ['Antwerp', 'Ghent'],
  'Europe/Stockholm': ['Gothenburg', 'Malmö'],
  'Europe/Warsaw': ['Krakow', 'Kraków', 'Wroclaw', 'Gdansk'],
  'Europe/Vienna': ['Graz', 'Salzburg'],
  'Europe/Kyiv': ['Kiev', 'Lviv'],
  'Asia/Jerusalem': ['Tel Aviv', 'Haifa'],
  'Asia/Dubai': ['Abu Dhabi'],
  'Asia/Kolkata': [
    'Calcutta',
    'Bangalore',
    'Bengaluru',
    'Mumbai',
    'Delhi',
    'New Delhi',
    'Hyderabad',
    'Chennai',
    'Pune',
  ],
  'Asia/Shanghai': ['Beijing', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'China'],
  'Asia/Tokyo': ['Osaka', 'Kyoto', 'Yokohama'],
  'Asia/Seoul': ['Busan'],
  'Asia/Ho_Chi_Minh': ['Saigon', 'Hanoi'],
  'Australia/Sydney': ['Canberra'],
  'Pacific/Auckland': ['Wellington', 'Christchurch'],
  'Africa/Johannesburg': ['Cape Town', 'Pretoria', 'Durban'],
  'Africa/Lagos': ['Abuja'],
  UTC: ['GMT', 'Coordinated Universal Time'],
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires"; "UTC" stays. */
export function cityOfZone(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ')
}

function regionOfZone(zone: string): string {
  const parts = zone.split('/')
  return parts.length > 1 ? parts.slice(0, -1).join('/').replace(/_/g, ' ') : ''
}

/** The zone a user knows: the current name for one the database keeps under an old one. */
export function currentZoneName(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone
}

let cachedOptions: TimeZoneOption[] | undefined

/** Every zone the runtime knows, by current name, with its city and the cities that share its clock. */
export function timeZoneOptions(): TimeZoneOption[] {
  if (cachedOptions) return cachedOptions
  const zones = new Set(Intl.supportedValuesOf('timeZone').map(currentZoneName))
  zones.add('UTC')
  cachedOptions = [...zones]
    .sort((a, b) => cityOfZone(a).localeCompare(cityOfZone(b)))
    .map((zone) => ({ zone, city: cityOfZone(zone), region: regionOfZone(zone), aliases: CITY_ALIASES[zone] ?? [] }))
  return cachedOptions
}

/** Lower case without accents, so "zurich" finds "Zürich" and "sao paulo" "São Paulo". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_/]+/g, ' ')
    .trim()
}

/** How well an option answers a query: 0 is best; undefined, no match. */
function rank(option: TimeZoneOption, query: string): number | undefined {
  const city = folded(option.city)
  const aliases = option.aliases.map(folded)
  if (city === query || aliases.includes(query)) return 0
  if (city.startsWith(query)) return 1
  if (aliases.some((alias) => alias.startsWith(query))) return 2
  if (folded(option.zone).includes(query) || city.includes(query)) return 3
  if (aliases.some((alias) => alias.includes(query))) return 4
  return undefined
}

/**
 * The zones matching what the user typed, best first: a city's own zone, then zones whose city starts
 * with it, then those of cities on the same clock, then any zone id containing it. An empty query
 * lists every zone by city.
 */
export function searchTimeZones(query: string, limit = 50): TimeZoneOption[] {
  const wanted = folded(query)
  const options = timeZoneOptions()
  if (wanted === '') return options.slice(0, limit)
  return options
    .flatMap((option) => {
      const score = rank(option, wanted)
      return score === undefined ? [] : [{ option, score }]
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ option }) => option)
}

/** The zone of a city or zone name typed in full ("New York", "munich", "Europe/Berlin"), if one is known. */
export function zoneForName(name: string): string | undefined {
  const wanted = folded(name)
  if (wanted === '') return undefined
  return timeZoneOptions().find(
    (option) =>
      folded(option.zone) === wanted || folded(option.city) === wanted || option.aliases.map(folded).includes(wanted),
  )?.zone
}

/** The user's own zone, as the runtime reports it, by its current name. */
export function localTimeZone(): string {
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone)
}
