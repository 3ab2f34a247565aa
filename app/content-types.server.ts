import type { ContentType } from '~/modules/content/content-type';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { conceptNoteContent } from '~/modules/funding/concept-note-content.server';
import { programmeContent } from '~/modules/funding/programme-content.server';
import {
  discussionContent,
  discussionPostContent,
} from '~/modules/hub/discussions/discussion-content.server';
import { expertContent } from '~/modules/hub/experts/expert-content.server';
import { practiceCallContent, practiceContent } from '~/modules/hub/practices/practice-content.server';
import { resourceContent } from '~/modules/hub/resources/resource-content.server';
import { indicatorContent } from '~/modules/indicators/indicator-content.server';
import { mechanismActivityContent } from '~/modules/instruments/mechanisms/activity-content.server';
import { meetingContent, meetingSessionContent } from '~/modules/meetings/meeting-content.server';
import { meetingDocumentContent } from '~/modules/meetings/outcome/document-content.server';
import { sideEventContent } from '~/modules/meetings/side-events/side-event-content.server';
import { statementContent } from '~/modules/meetings/statement-content.server';
import { planActionContent } from '~/modules/plans/plan-action-content.server';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import { contributionContent } from '~/modules/reviews/contributions/contribution-content.server';
import {
  consultationSummaryContent,
  outcomeDocumentContent,
  outcomeParagraphContent,
  synthesisContent,
} from '~/modules/reviews/cycle-content.server';
import { stateContactContent } from '~/modules/reviews/outreach/contact-content.server';
import { nationalReviewContent, parallelReviewContent } from '~/modules/reviews/review-content.server';

/**
 * The content registry: every content type of the platform, one entry each (the key list is
 * app/modules/content/content-type-keys.ts). Rebuilding and checking the index, the start-up
 * backfill and every list of types read this. A new type: its module's ContentType, one line here.
 */
export const contentTypeRegistry: Record<ContentTypeKey, ContentType> = {
  national_review: nationalReviewContent,
  parallel_review: parallelReviewContent,
  synthesis: synthesisContent,
  outcome_document: outcomeDocumentContent,
  outcome_paragraph: outcomeParagraphContent,
  meeting_document: meetingDocumentContent,
  consultation_summary: consultationSummaryContent,
  review_contribution: contributionContent,
  plan_action: planActionContent,
  pledge: pledgeContent,
  hub_resource: resourceContent,
  discussion: discussionContent,
  discussion_post: discussionPostContent,
  hub_practice: practiceContent,
  hub_practice_call: practiceCallContent,
  hub_expert: expertContent,
  meeting: meetingContent,
  meeting_session: meetingSessionContent,
  meeting_side_event: sideEventContent,
  statement: statementContent,
  concept_note: conceptNoteContent,
  programme: programmeContent,
  state_contact: stateContactContent,
  indicator: indicatorContent,
  mechanism_activity: mechanismActivityContent,
};

export const contentTypes: readonly ContentType[] = Object.values(contentTypeRegistry);
