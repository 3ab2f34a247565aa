import type { Route } from './+types/feed-all';
import { feedResponse } from './feed.server';

/** /feeds/all.atom */
export const loader = ({ request, params }: Route.LoaderArgs) => feedResponse(request, 'all', params.file);
