import { participantCells, participantHeadings } from '~/modules/meetings/registration-export';
import { csvDocument } from '~/platform/csv';
import type { Route } from './+types/participants-csv';
import { readParticipantExport } from './participants-export.server';

/** The participant list as CSV (UTF-8 with a BOM), for the organisers only. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, rows, disposition } = await readParticipantExport(request, params);
  const text = csvDocument([participantHeadings(ctx), ...rows.map((r) => participantCells(r, ctx))]);
  return new Response(text, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': disposition('csv'),
      'Cache-Control': 'no-store',
    },
  });
}
