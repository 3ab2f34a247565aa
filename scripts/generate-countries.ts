/**
 * Generates data/reference/countries.json and data/reference/regions.json.
 *
 *   npx tsx scripts/generate-countries.ts
 *
 * Codes come from the npm package world-countries (ISO codes, M49 numeric code, region/sub-region);
 * names come from CLDR through Intl.DisplayNames (Node's full ICU), with the protocol names and the
 * secretariat's corrections of data/reference/country-names.json on top (world-countries' Arabic
 * names were misspelt: «المسكيك», «صيربيا»). Groupings come from data/reference/gcm.json (LAS
 * members, ESCWA membership 2021, the regional commissions). The output is committed: the app seeds
 * from it and never reads world-countries, CLDR or ../shared at run time.
 *
 * Corrections applied on purpose and recorded in each affected row's notes:
 * - world-countries marks the Holy See (VAT) as a UN member; it is a non-member observer state.
 * - world-countries uses a few sub-regions that are not UN M49 ("Central Europe", "Southeast
 *   Europe", "North America" including Mexico) and places Cyprus in Europe and South Sudan in
 *   Middle Africa; rows are moved to their M49 sub-region.
 */
import fs from 'node:fs';
import path from 'node:path';
import countries from 'world-countries';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'data/reference');
const gcm = JSON.parse(fs.readFileSync(path.join(out, 'gcm.json'), 'utf8'));
const pkg = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/world-countries/package.json'), 'utf8'),
) as { version: string };

const packageSource = `npm:world-countries@${pkg.version} (https://github.com/mledoze/countries, ODbL-1.0)`;
const namesSource = `CLDR ${process.versions.cldr} (Intl.DisplayNames, ICU ${process.versions.icu}) with data/reference/country-names.json`;
const nameFile = JSON.parse(fs.readFileSync(path.join(out, 'country-names.json'), 'utf8')) as {
  protocol: Record<string, { name: Names; reason: string }>;
  corrections: Record<string, Partial<Names>>;
};
const cldr = {
  ar: new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
};
const m49Source =
  'https://unstats.un.org/unsd/methodology/m49/ (UN M49 standard: region and sub-region codes)';
const m49Status = {
  'name.en': 'UN M49 name; verify against unstats.un.org/unsd/methodology/m49',
  'name.ar': 'working translation',
};

type Names = { ar: string; en: string };
interface RegionOut {
  id: string;
  kind: 'm49_region' | 'm49_subregion' | 'regional_commission' | 'organisation' | 'process';
  code: string;
  parentId: string | null;
  name: Names;
  description?: Names;
  position: number;
  /** Explicit members (ISO 3166 alpha-3); M49 members are derived from countries.json. null: not recorded. */
  members?: string[] | null;
  memberNotes?: Record<string, string>;
  sources: string[];
  status: Record<string, string>;
}

const m49Regions: {
  code: string;
  name: Names;
  subregions: { code: string; name: Names; worldCountries?: string }[];
}[] = [
  {
    code: '002',
    name: { en: 'Africa', ar: 'أفريقيا' },
    subregions: [
      { code: '015', name: { en: 'Northern Africa', ar: 'شمال أفريقيا' }, worldCountries: 'Northern Africa' },
      { code: '014', name: { en: 'Eastern Africa', ar: 'شرق أفريقيا' }, worldCountries: 'Eastern Africa' },
      { code: '017', name: { en: 'Middle Africa', ar: 'وسط أفريقيا' }, worldCountries: 'Middle Africa' },
      {
        code: '018',
        name: { en: 'Southern Africa', ar: 'الجنوب الأفريقي' },
        worldCountries: 'Southern Africa',
      },
      { code: '011', name: { en: 'Western Africa', ar: 'غرب أفريقيا' }, worldCountries: 'Western Africa' },
    ],
  },
  {
    code: '019',
    name: { en: 'Americas', ar: 'الأمريكتان' },
    subregions: [
      { code: '029', name: { en: 'Caribbean', ar: 'منطقة البحر الكاريبي' }, worldCountries: 'Caribbean' },
      {
        code: '013',
        name: { en: 'Central America', ar: 'أمريكا الوسطى' },
        worldCountries: 'Central America',
      },
      { code: '005', name: { en: 'South America', ar: 'أمريكا الجنوبية' }, worldCountries: 'South America' },
      {
        code: '021',
        name: { en: 'Northern America', ar: 'أمريكا الشمالية' },
        worldCountries: 'North America',
      },
    ],
  },
  {
    code: '142',
    name: { en: 'Asia', ar: 'آسيا' },
    subregions: [
      { code: '143', name: { en: 'Central Asia', ar: 'آسيا الوسطى' }, worldCountries: 'Central Asia' },
      { code: '030', name: { en: 'Eastern Asia', ar: 'شرق آسيا' }, worldCountries: 'Eastern Asia' },
      {
        code: '035',
        name: { en: 'South-eastern Asia', ar: 'جنوب شرق آسيا' },
        worldCountries: 'South-Eastern Asia',
      },
      { code: '034', name: { en: 'Southern Asia', ar: 'جنوب آسيا' }, worldCountries: 'Southern Asia' },
      { code: '145', name: { en: 'Western Asia', ar: 'غرب آسيا' }, worldCountries: 'Western Asia' },
    ],
  },
  {
    code: '150',
    name: { en: 'Europe', ar: 'أوروبا' },
    subregions: [
      { code: '151', name: { en: 'Eastern Europe', ar: 'أوروبا الشرقية' }, worldCountries: 'Eastern Europe' },
      {
        code: '154',
        name: { en: 'Northern Europe', ar: 'أوروبا الشمالية' },
        worldCountries: 'Northern Europe',
      },
      {
        code: '039',
        name: { en: 'Southern Europe', ar: 'أوروبا الجنوبية' },
        worldCountries: 'Southern Europe',
      },
      { code: '155', name: { en: 'Western Europe', ar: 'أوروبا الغربية' }, worldCountries: 'Western Europe' },
    ],
  },
  {
    code: '009',
    name: { en: 'Oceania', ar: 'أوقيانوسيا' },
    subregions: [
      {
        code: '053',
        name: { en: 'Australia and New Zealand', ar: 'أستراليا ونيوزيلندا' },
        worldCountries: 'Australia and New Zealand',
      },
      { code: '054', name: { en: 'Melanesia', ar: 'ميلانيزيا' }, worldCountries: 'Melanesia' },
      { code: '057', name: { en: 'Micronesia', ar: 'ميكرونيزيا' }, worldCountries: 'Micronesia' },
      { code: '061', name: { en: 'Polynesia', ar: 'بولينيزيا' }, worldCountries: 'Polynesia' },
    ],
  },
];

/** Where world-countries departs from M49: the country's M49 sub-region code. */
const m49Corrections: Record<string, string> = {
  ALB: '039',
  BIH: '039',
  HRV: '039',
  MKD: '039',
  MNE: '039',
  SRB: '039',
  SVN: '039',
  BGR: '151',
  ROU: '151',
  CZE: '151',
  HUN: '151',
  POL: '151',
  SVK: '151',
  AUT: '155',
  MEX: '013',
  SSD: '014',
  CYP: '145',
};

const regionId = (code: string) => `M49-${code}`;
const subregionByName = new Map<string, string>();
const regionOfSubregion = new Map<string, string>();
for (const r of m49Regions) {
  for (const s of r.subregions) {
    if (s.worldCountries) subregionByName.set(s.worldCountries, s.code);
    regionOfSubregion.set(s.code, r.code);
  }
}

const observers = new Set(['VAT', 'PSE']);
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const selected = countries
  .filter((c) => c.unMember || observers.has(c.cca3))
  .sort((a, b) => a.name.common.localeCompare(b.name.common, 'en'));

const countryRows = selected.map((c) => {
  const notes: string[] = [];
  const unStatus = observers.has(c.cca3) ? 'observer' : 'member';
  if (c.cca3 === 'VAT' && c.unMember)
    notes.push('world-countries marks unMember=true; the Holy See is a non-member observer state');
  let sub = m49Corrections[c.cca3];
  if (sub) notes.push(`M49 sub-region ${sub} (world-countries: ${c.region} / ${c.subregion})`);
  else sub = subregionByName.get(c.subregion);
  if (!sub) fail(`${c.cca3}: sub-region "${c.subregion}" has no M49 code`);
  const region = regionOfSubregion.get(sub!)!;
  if (!c.ccn3) fail(`${c.cca3}: no M49 numeric code`);
  const fromCldr = (lang: keyof Names) =>
    cldr[lang].of(c.cca2) ?? fail(`${c.cca3}: CLDR has no ${lang} name for ${c.cca2}`);
  const protocol = nameFile.protocol[c.cca3];
  const corrected = nameFile.corrections[c.cca3] ?? {};
  const name: Names = protocol?.name ?? {
    ar: corrected.ar ?? fromCldr('ar'),
    en: corrected.en ?? fromCldr('en'),
  };
  if (protocol) notes.push(`named by protocol: ${protocol.reason}`);
  else if (corrected.ar || corrected.en)
    notes.push(`named as corrected by the secretariat (CLDR: ${fromCldr('ar')} / ${fromCldr('en')})`);
  // CLDR has no official (long) names; only the protocol names stand as official ones.
  const officialName = name;
  return {
    iso3: c.cca3,
    iso2: c.cca2,
    m49: c.ccn3,
    name,
    officialName,
    un_status: unStatus,
    region: regionId(region),
    subregion: regionId(sub!),
    source: `${namesSource}; codes: ${packageSource}`,
    ...(notes.length ? { notes } : {}),
  };
});

const members = countryRows.filter((c) => c.un_status === 'member');
if (members.length !== 193) fail(`expected 193 UN member states, found ${members.length}`);
if (countryRows.length !== 195)
  fail(`expected 195 states (193 members + 2 observers), found ${countryRows.length}`);
const known = new Set(countryRows.map((c) => c.iso3));

// ---- regions -------------------------------------------------------------------------------
const regions: RegionOut[] = [];
let position = 0;
for (const r of m49Regions) {
  regions.push({
    id: regionId(r.code),
    kind: 'm49_region',
    code: r.code,
    parentId: null,
    name: r.name,
    position: position++,
    sources: [m49Source, packageSource],
    status: {
      ...m49Status,
      members: `derived from ${packageSource} with M49 corrections (scripts/generate-countries.ts)`,
    },
  });
}
for (const r of m49Regions) {
  for (const s of r.subregions) {
    const count = countryRows.filter((c) => c.subregion === regionId(s.code)).length;
    if (!count) fail(`M49 sub-region ${s.code} has no country`);
    regions.push({
      id: regionId(s.code),
      kind: 'm49_subregion',
      code: s.code,
      parentId: regionId(r.code),
      name: s.name,
      position: position++,
      sources: [m49Source, packageSource],
      status: {
        ...m49Status,
        members: `derived from ${packageSource} with M49 corrections (scripts/generate-countries.ts)`,
      },
    });
  }
}

// Regional commissions: names from gcm.json; Arabic from gcm.json where given, otherwise the
// usual UN Arabic name, marked as a working translation.
const commissionAr: Record<string, string> = {
  ECA: 'اللجنة الاقتصادية لأفريقيا',
  ECE: 'اللجنة الاقتصادية لأوروبا',
  ECLAC: 'اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي',
  ESCAP: 'اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ',
};
const hqAr: Record<string, string> = {
  'Addis Ababa': 'أديس أبابا',
  Geneva: 'جنيف',
  Santiago: 'سانتياغو',
  Bangkok: 'بانكوك',
  Beirut: 'بيروت',
};
type Commission = {
  code: string;
  name: string;
  name_ar?: string;
  hq: string;
  region: string;
  source: string;
  confidence?: string;
};
const las = gcm.league_of_arab_states as {
  name_ar: string;
  arcp_name_ar: string;
  arcp_name_en: string;
  arcp_sources: string[];
  members_list_sources: string[];
  iso_source: string;
  syria_note: string;
  members: { iso_alpha3: string; escwa_member_2021: boolean; also_in_ECA_region: boolean }[];
};
const lasMembers = las.members.map((m) => m.iso_alpha3);
if (lasMembers.length !== 22) fail(`expected 22 LAS members, found ${lasMembers.length}`);
for (const iso of lasMembers) if (!known.has(iso)) fail(`LAS member ${iso} is not in countries.json`);

const africanMembers = members.filter((c) => c.region === regionId('002')).map((c) => c.iso3);
if (africanMembers.length !== 54)
  fail(`expected 54 African UN member states, found ${africanMembers.length}`);
for (const m of las.members) {
  if (m.also_in_ECA_region !== africanMembers.includes(m.iso_alpha3))
    fail(`${m.iso_alpha3}: gcm.json ECA flag disagrees with M49 Africa`);
}
const escwaMembers = las.members.filter((m) => m.escwa_member_2021).map((m) => m.iso_alpha3);

for (const c of gcm.regional_commissions as Commission[]) {
  const fromGcm = Boolean(c.name_ar);
  const ar = c.name_ar ?? commissionAr[c.code] ?? fail(`no Arabic name for ${c.code}`);
  const memberList = c.code === 'ESCWA' ? escwaMembers : c.code === 'ECA' ? africanMembers : null;
  const status: Record<string, string> = {
    'name.en': 'as given in gcm.json',
    'name.ar': fromGcm ? 'as given in gcm.json' : 'working translation',
    'description.ar': 'working translation',
    members:
      c.code === 'ESCWA'
        ? 'gcm.json league_of_arab_states.members[].escwa_member_2021 (20 members in 2021; later sources say 21)'
        : c.code === 'ECA'
          ? 'African UN member states (M49 Africa), as on the UN Network Africa review page'
          : 'membership not recorded in the sources',
  };
  if (c.confidence) status.confidence = c.confidence;
  regions.push({
    id: c.code,
    kind: 'regional_commission',
    code: c.code,
    parentId: null,
    name: { en: c.name, ar },
    description: {
      en: `United Nations regional commission. Headquarters: ${c.hq}. Region: ${c.region}.`,
      ar: `لجنة إقليمية تابعة للأمم المتحدة. المقر: ${hqAr[c.hq] ?? c.hq}.`,
    },
    position: position++,
    members: memberList,
    sources: [
      c.source,
      ...(c.code === 'ESCWA' ? ['data/reference/gcm.json league_of_arab_states.members'] : []),
    ],
    status,
  });
}

regions.push({
  id: 'LAS',
  kind: 'organisation',
  code: 'LAS',
  parentId: null,
  name: { en: 'League of Arab States', ar: las.name_ar },
  description: {
    en: 'Regional organisation of 22 Arab states; its secretariat is a partner of the Arab regional review of the Global Compact for Migration.',
    ar: 'منظمة إقليمية تضم اثنتين وعشرين دولة عربية؛ أمانتها العامة شريكة في الاستعراض الإقليمي العربي للاتفاق العالمي من أجل الهجرة.',
  },
  position: position++,
  members: lasMembers,
  memberNotes: { SYR: las.syria_note },
  sources: [...las.members_list_sources, las.iso_source],
  status: {
    'name.ar': 'as given in gcm.json',
    'name.en': 'usual English name',
    'description.ar': 'working translation',
    members: 'gcm.json league_of_arab_states.members (22)',
  },
});
regions.push({
  id: 'ARCP',
  kind: 'process',
  code: 'ARCP',
  parentId: 'LAS',
  name: { en: las.arcp_name_en, ar: las.arcp_name_ar },
  description: {
    en: 'The League of Arab States regional consultative process on migration: annual meetings of member-state focal points.',
    ar: 'عملية التشاور الإقليمية لجامعة الدول العربية بشأن الهجرة: اجتماعات سنوية لجهات الاتصال في الدول الأعضاء.',
  },
  position: position++,
  members: lasMembers,
  sources: las.arcp_sources,
  status: {
    'name.en': 'as given in gcm.json',
    'name.ar': 'as given in gcm.json',
    'description.ar': 'working translation',
    members: 'the LAS member states',
  },
});

const ids = new Set<string>();
for (const r of regions) {
  if (ids.has(r.id)) fail(`duplicate region id ${r.id}`);
  ids.add(r.id);
}

const write = (file: string, value: unknown) => {
  fs.writeFileSync(path.join(out, file), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote data/reference/${file}`);
};

write('countries.json', {
  about:
    'UN member states (193) and non-member observer states (Holy See, State of Palestine). Generated by scripts/generate-countries.ts; do not edit by hand.',
  source: `names: ${namesSource}; codes: ${packageSource}`,
  corrections: [
    'Holy See (VAT): non-member observer state (world-countries marks it unMember=true)',
    'names: protocol names and corrections of data/reference/country-names.json over CLDR',
    'region/subregion: UN M49 codes; rows where world-countries departs from M49 carry a note',
  ],
  countries: countryRows,
});
write('regions.json', {
  about:
    'UN M49 regions and sub-regions, the five UN regional commissions, the League of Arab States and the ARCP. Generated by scripts/generate-countries.ts; do not edit by hand.',
  regions,
});
console.log(
  `${countryRows.length} countries (${members.length} members), ${regions.length} regions; ` +
    `ECA ${africanMembers.length}, ESCWA ${escwaMembers.length}, LAS ${lasMembers.length}`,
);
