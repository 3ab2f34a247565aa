/**
 * Which catalog namespaces a page needs, from its path. The root loader sends only these, so a page
 * does not carry every message of the platform in its hydration payload; the root revalidates when
 * a navigation needs a different set. Add a line here when a new area gets its own namespace.
 */
const byFirstSegment: Record<string, string[]> = {
  '': ['reference'],
  objectives: ['reference', 'pledges', 'content', 'indicators'],
  principles: ['reference', 'content'],
  glossary: ['reference'],
  'thematic-areas': ['reference'],
  countries: ['reference', 'pledges', 'content', 'coverage', 'indicators', 'instruments'],
  regions: ['reference', 'content'],
  'sign-up': ['accounts'],
  'sign-in': ['accounts'],
  'sign-out': ['accounts'],
  'verify-email': ['accounts'],
  'forgot-password': ['accounts'],
  'reset-password': ['accounts'],
  'accept-invite': ['accounts'],
  preferences: ['accounts'],
  account: ['accounts', 'admin'],
  organisations: ['accounts'],
  admin: ['admin', 'accounts', 'reference'],
  pledges: [
    'pledges',
    'pledges-form',
    'pledges-registry',
    'pledges-dashboard',
    'pledges-import',
    'pledges-support',
  ],
  reviews: [
    'reviews',
    'reviews-edit',
    'reviews-cycles',
    'reviews-outreach',
    'reviews-synthesis',
    'documents',
    'reference',
    'content',
  ],
  plans: ['plans', 'reviews', 'reference'],
  funding: ['funding', 'reference', 'content'],
  hub: ['hub', 'hub-practices', 'reference', 'content', 'discussions'],
  indicators: ['indicators', 'reference'],
  champions: ['instruments', 'reference', 'content'],
  mechanisms: ['instruments', 'reference', 'content'],
  networks: ['instruments', 'reference'],
  'regional-actors': ['instruments'],
  'open-data': ['open-data', 'content'],
  coverage: ['coverage', 'content', 'reference'],
  meetings: ['meetings', 'registration', 'documents', 'reference', 'content'],
  statements: ['meetings', 'reference'],
  search: ['search', 'content'],
};

export const alwaysLoaded = ['common', 'errors'];

export function namespacesForPath(pathname: string): string[] {
  const first = pathname.split('/')[2] ?? '';
  return [...alwaysLoaded, ...(byFirstSegment[first] ?? [])];
}
