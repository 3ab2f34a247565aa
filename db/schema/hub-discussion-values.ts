/** Value lists of the Hub's discussion spaces, free of Drizzle so pages can import them. */

/** Who may read a space and its posts: anyone, only people signed in, or the members of named groups. */
export const discussionAudiences = ['public', 'signed_in', 'groups'] as const;
export type DiscussionAudience = (typeof discussionAudiences)[number];

/** How a post's text is written: plain text, or Markdown shown through the safe renderer. */
export const postFormats = ['plain', 'markdown'] as const;
export type PostFormat = (typeof postFormats)[number];

/** How often a follower is sent what is new. */
export const digestFrequencies = ['daily', 'weekly'] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

/** What a moderator did with a report. */
export const reportResolutions = ['hidden', 'dismissed'] as const;
export type ReportResolution = (typeof reportResolutions)[number];

/** Languages a space is held in. */
export const discussionLanguages = ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as const;
export type DiscussionLanguage = (typeof discussionLanguages)[number];
