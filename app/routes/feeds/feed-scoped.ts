import type { Route } from './+types/feed-scoped';
import { feedResponse } from './feed.server';

/** /feeds/objectives/<n>.atom, /feeds/countries/<ISO3>.atom, /feeds/regions/<id>.atom, /feeds/types/<type>.atom */
export const loader = ({ request, params }: Route.LoaderArgs) =>
  feedResponse(request, params.kind, params.file);
