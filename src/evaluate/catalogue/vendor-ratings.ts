/**
 * What a helpdesk's rating words mean, as the vendor means them (SPEC 13.1:
 * Zendesk `good` is satisfied, `bad` is not, `offered` / `unoffered` /
 * `not offered` are not ratings). Keys are compared after readRating's
 * normalisation: trimmed, lower case, `_` and `-` as spaces, spaces joined.
 * No two vendors use one word for different things, so one table serves
 * every preset.
 *
 * Sources, and what could not be checked:
 * - Zendesk `Satisfaction Score`. The API's `score` is `offered`,
 *   `unoffered`, `good` or `bad`; its filters add `good_with_comment`,
 *   `good_without_comment`, `bad_with_comment`, `bad_without_comment`
 *   (developer.zendesk.com, api-reference/ticketing/ticket-management/
 *   satisfaction_ratings). GitLab's support handbook lists the ticket values
 *   "Unoffered, Offered, Good, Good with comment, Bad, Bad with comment"
 *   (handbook.gitlab.com .../zendesk/satisfaction). `Not Offered` is SPEC
 *   13.1's word and the value in our Zendesk fixtures. No public Zendesk CSV
 *   with ratings was found: the exact capitalisation of the CSV cells is
 *   unverified, which normalisation makes harmless.
 * - Freshdesk `Survey results`. The classic survey answers Awesome / Neutral
 *   / Not Good. The 3-, 5- and 7-point surveys answer on the scale Extremely
 *   Happy, Very Happy, Happy, Neutral, Unhappy, Very Unhappy, Extremely
 *   Unhappy (the API v2 rating values 103 … -103); that list is from the
 *   Freshdesk API reference as known to the team, not re-checked against a
 *   public source. Freshdesk counts CSAT as the share of customers who chose
 *   a positive answer (Freshdesk help, "Setting up customer satisfaction
 *   surveys"), so Neutral is not satisfied. UNVERIFIED: no public export
 *   shows these texts in the `Survey results` column, and an admin may
 *   rename the answers (2-, 3-, 5- and 7-point scales with own labels); a
 *   renamed answer is unreadable (a row warning) unless the KPI's
 *   `satisfied:` list names it.
 * - Jira Service Management `Satisfaction rating`: 1-5 stars, read as
 *   numbers on the KPI's scale; no word is needed. UNVERIFIED: the CSV cell
 *   format (a plain `4` is assumed).
 * - Freshservice `Experience Score`: no public source shows its values; they
 *   are read as numbers on the KPI's scale, and anything else is a row
 *   warning. UNVERIFIED.
 */

export type RatingMeaning = 'satisfied' | 'dissatisfied' | 'not-a-rating';

export const VENDOR_RATING_WORDS: ReadonlyMap<string, { meaning: RatingMeaning; vendor: string }> = new Map(
  (
    [
      ['good', 'satisfied', 'Zendesk'],
      ['good with comment', 'satisfied', 'Zendesk'],
      ['good without comment', 'satisfied', 'Zendesk'],
      ['bad', 'dissatisfied', 'Zendesk'],
      ['bad with comment', 'dissatisfied', 'Zendesk'],
      ['bad without comment', 'dissatisfied', 'Zendesk'],
      ['offered', 'not-a-rating', 'Zendesk'],
      ['unoffered', 'not-a-rating', 'Zendesk'],
      ['not offered', 'not-a-rating', 'Zendesk'],
      ['awesome', 'satisfied', 'Freshdesk'],
      ['neutral', 'dissatisfied', 'Freshdesk'],
      ['not good', 'dissatisfied', 'Freshdesk'],
      ['extremely happy', 'satisfied', 'Freshdesk'],
      ['very happy', 'satisfied', 'Freshdesk'],
      ['happy', 'satisfied', 'Freshdesk'],
      ['unhappy', 'dissatisfied', 'Freshdesk'],
      ['very unhappy', 'dissatisfied', 'Freshdesk'],
      ['extremely unhappy', 'dissatisfied', 'Freshdesk'],
    ] as const
  ).map(([word, meaning, vendor]) => [word, { meaning, vendor }]),
);
