import type { UploadKind } from '~/platform/uploads/kinds';

/** What a review accepts as attachments: the kinds (sniffed from the bytes), the size and how many. */
export const reviewAttachmentKinds: readonly UploadKind[] = ['pdf', 'docx', 'xlsx'];
export const reviewAttachmentMaxBytes = 20 * 1024 * 1024;
export const maxReviewAttachments = 30;
