import { defineMessages } from '../messages/define.js';

/** Why a survey, or an answer to one, was refused. */
export const SURVEY_MESSAGES = defineMessages({
  SURVEY_INCOMPLETE: { nb: 'Undersøkelsen mangler opplysninger.', en: 'The survey is missing information.' },
  SURVEY_TITLE_REQUIRED: { nb: 'Undersøkelsen må ha en tittel.', en: 'The survey needs a title.' },
  SURVEY_OPENS_ON_REQUIRED: { nb: 'Velg når undersøkelsen åpner.', en: 'Choose when the survey opens.' },
  SURVEY_CLOSES_ON_REQUIRED: { nb: 'Velg når undersøkelsen stenger.', en: 'Choose when the survey closes.' },
  SURVEY_CLOSES_BEFORE_OPENING: {
    nb: 'Undersøkelsen kan ikke stenge før den åpner.',
    en: 'The survey cannot close before it opens.',
  },
  SURVEY_QUESTIONS_REQUIRED: { nb: 'Legg til minst ett spørsmål.', en: 'Add at least one question.' },
  SURVEY_QUESTIONS_TOO_MANY: {
    nb: 'En undersøkelse kan ha høyst {maximum} spørsmål.',
    en: 'A survey can have at most {maximum} questions.',
  },
  SURVEY_QUESTION_INCOMPLETE: { nb: 'Spørsmålet mangler opplysninger.', en: 'The question is missing information.' },
  SURVEY_QUESTION_KIND_REQUIRED: { nb: 'Velg type spørsmål.', en: 'Choose the kind of question.' },
  SURVEY_QUESTION_TEXT_REQUIRED: { nb: 'Skriv spørsmålet.', en: 'Write the question.' },
  SURVEY_OPTION_EMPTY: { nb: 'Et svaralternativ kan ikke være tomt.', en: 'An option cannot be empty.' },
  SURVEY_OPTIONS_TOO_FEW: { nb: 'Gi minst to svaralternativer.', en: 'Give at least two options.' },
  SURVEY_OPTIONS_TOO_MANY: {
    nb: 'Et spørsmål kan ha høyst {maximum} svaralternativer.',
    en: 'A question can have at most {maximum} options.',
  },
  SURVEY_OPTION_TWICE: { nb: 'Dette svaralternativet står der allerede.', en: 'This option is already there.' },
  SURVEY_SCALE_BOUND_REQUIRED: {
    nb: 'Oppgi laveste og høyeste verdi på skalaen.',
    en: 'Give the lowest and highest value of the scale.',
  },
  SURVEY_SCALE_BOUND_NEGATIVE: {
    nb: 'Skalaen kan ikke ha negative verdier.',
    en: 'The scale cannot have negative values.',
  },
  SURVEY_SCALE_ORDER: {
    nb: 'Høyeste verdi må være større enn laveste.',
    en: 'The highest value must be greater than the lowest.',
  },
  SURVEY_SCALE_TOO_WIDE: {
    nb: 'En skala kan ha høyst {maximum} trinn.',
    en: 'A scale can have at most {maximum} points.',
  },
  SURVEY_TEMPLATE_UNKNOWN: { nb: 'Det finnes ingen slik mal.', en: 'There is no such template.' },
  SURVEY_TEMPLATE_QUESTIONS_FIXED: {
    nb: 'Spørsmålene i en mal kan ikke endres, slik at distriktene kan sammenlignes.',
    en: 'The questions of a template cannot be changed, so that districts can be compared.',
  },
  SURVEY_HAS_ANSWERS: {
    nb: 'Undersøkelsen har fått svar, så spørsmålene kan ikke endres lenger.',
    en: 'The survey has answers, so its questions can no longer be changed.',
  },
  SURVEY_STALE: {
    nb: 'Noen andre har endret undersøkelsen siden du åpnet den. Last inn på nytt og prøv igjen.',
    en: 'Someone else has changed the survey since you opened it. Reload and try again.',
  },
  SURVEY_NOT_FOUND: { nb: 'Fant ikke undersøkelsen.', en: 'Survey not found.' },
  SURVEY_NOT_OPEN_YET: { nb: 'Undersøkelsen åpner {opensOn}.', en: 'The survey opens on {opensOn}.' },
  SURVEY_CLOSED: {
    nb: 'Undersøkelsen er stengt og tar ikke imot flere svar.',
    en: 'The survey is closed and takes no more answers.',
  },
  SURVEY_ALREADY_CLOSED: { nb: 'Undersøkelsen er allerede stengt.', en: 'The survey is already closed.' },
  SURVEY_QUESTION_UNKNOWN: { nb: 'Spørsmålet finnes ikke i undersøkelsen.', en: 'The question is not in the survey.' },
  SURVEY_ANSWERED_TWICE: { nb: 'Spørsmålet er besvart to ganger.', en: 'The question was answered twice.' },
  SURVEY_ANSWER_REQUIRED: { nb: 'Svar på dette spørsmålet.', en: 'Please answer this question.' },
  SURVEY_ANSWER_WRONG_KIND: {
    nb: 'Svaret passer ikke til spørsmålet.',
    en: 'The answer does not fit the question.',
  },
  SURVEY_CHOOSE_ONE: { nb: 'Velg ett av alternativene.', en: 'Choose one of the options.' },
  SURVEY_CHOICE_TWICE: { nb: 'Et alternativ er valgt to ganger.', en: 'An option was chosen twice.' },
  SURVEY_CHOICE_UNKNOWN: { nb: 'Velg blant alternativene som vises.', en: 'Choose among the options shown.' },
  SURVEY_SCALE_OUT_OF_RANGE: { nb: 'Velg et tall fra {min} til {max}.', en: 'Choose a number from {min} to {max}.' },
  SURVEY_ANSWER_TOO_LONG: {
    nb: 'Svaret kan ha høyst {maximum} tegn.',
    en: 'The answer can have at most {maximum} characters.',
  },
  SURVEY_NOTHING_ANSWERED: {
    nb: 'Svar på minst ett spørsmål før du sender.',
    en: 'Answer at least one question before you send.',
  },
  SURVEYS_DISTRICT_OR_NATIONAL_STAFF: {
    nb: 'Undersøkelser lages av ansatte i distriktet eller på landskontoret.',
    en: 'Surveys are made by district staff or the national office.',
  },
  SURVEY_COMPARISON_NATIONAL_ONLY: {
    nb: 'Sammenligning mellom distrikter er for landskontoret.',
    en: 'Comparing districts is for the national office.',
  },
  SURVEY_PERIOD_ORDER: {
    nb: 'Perioden kan ikke slutte før den begynner.',
    en: 'The period cannot end before it begins.',
  },
});
