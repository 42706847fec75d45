// The small forms on the inquiry page: a place on an interest list, and planning an activity.

export const INTEREST_FORM_FIELDS = ['themeId', 'municipalityNumber'] as const;
export type InterestFormField = (typeof INTEREST_FORM_FIELDS)[number];
export interface InterestFormValues {
  themeId: string;
  municipalityNumber: string;
}

export const PLAN_FORM_FIELDS = ['title', 'date', 'startTime', 'endTime', 'online', 'place'] as const;
export type PlanFormField = (typeof PLAN_FORM_FIELDS)[number];
export interface PlanFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  online: boolean;
  place: string;
}
