import { hubFileReaders } from '../hub/hub-file-readers.server';
import { meetingFileReaders } from '../meetings/meeting-file-readers.server';
import { workshopFileReaders } from '../meetings/workshop-file-readers.server';
import { pledgeFileReaders } from '../pledges/pledge-file-readers.server';
import { reviewFileReaders } from '../reviews/review-file-readers.server';
import { createDownloadLoader, readableByAttachments } from './download.server';

/** Content types add their reader here as they gain attachments (e.g. { review: canReadReview }). */
export const loader = createDownloadLoader(
  readableByAttachments({
    ...pledgeFileReaders,
    ...reviewFileReaders,
    ...hubFileReaders,
    ...meetingFileReaders,
    ...workshopFileReaders,
  }),
);
