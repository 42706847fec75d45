/** The new-survey form's inputs, in the order the error summary lists them. */
export const NEW_SURVEY_FIELDS = ['fromTemplate', 'title', 'intro', 'opensOn', 'closesOn'] as const;
export type NewSurveyField = (typeof NEW_SURVEY_FIELDS)[number];
export type NewSurveyValues = Record<NewSurveyField, string>;
