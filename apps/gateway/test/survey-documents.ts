import { graphql } from './generated/index.js';

export const SURVEY_FIELDS_FRAGMENT = graphql(`
  fragment SurveyFields on Survey {
    id
    district {
      id
    }
    title
    intro
    publicToken
    templateKey
    opensOn
    closesOn
    phase
    hasResponses
    version
    questions {
      id
      position
      kind
      text
      options
      scaleMin
      scaleMax
      required
      templateKey
      sensitive
    }
  }
`);
export const CREATE_SURVEY = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);
export const UPDATE_SURVEY = graphql(`
  mutation UpdateSurvey($input: UpdateSurveyInput!) {
    updateSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);
export const CLOSE_SURVEY = graphql(`
  mutation CloseSurvey($id: ID!, $version: Int!) {
    closeSurvey(id: $id, version: $version) {
      ...SurveyFields
    }
  }
`);
export const SURVEYS = graphql(`
  query Surveys {
    surveys {
      id
      district {
        id
      }
    }
  }
`);
export const SURVEY = graphql(`
  query SurveyById($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);
export const SURVEY_RESULTS = graphql(`
  query SurveyResults($id: ID!) {
    surveyResults(id: $id) {
      responses {
        value
        suppressed
        display
      }
      freeTextVisible
      questions {
        question {
          id
          templateKey
          kind
        }
        tooFewAnswers
        answered
        options {
          index
          label
          count {
            value
            suppressed
            display
          }
        }
        scale {
          value
          count {
            value
            suppressed
          }
        }
        scaleMean
        freeTextAnswers
      }
    }
  }
`);
export const SURVEY_COMPARISON = graphql(`
  query SurveyComparison($templateKey: String!, $from: Date, $to: Date) {
    surveyTemplateComparison(templateKey: $templateKey, from: $from, to: $to, language: EN) {
      templateKey
      tables {
        questionKey
        question
        columns
        rows {
          district {
            id
          }
          cells {
            value
            suppressed
            display
          }
          total {
            value
            suppressed
          }
        }
        total {
          value
        }
      }
    }
  }
`);
export const PUBLIC_SURVEY = graphql(`
  query PublicSurvey($token: String!) {
    publicSurvey(token: $token) {
      title
      intro
      opensOn
      closesOn
      phase
      questions {
        id
        kind
        text
        options
        sensitive
      }
      helpLines {
        name
        phone
      }
    }
  }
`);
export const SUBMIT_SURVEY_RESPONSE = graphql(`
  mutation SubmitSurveyResponse($token: String!, $answers: [SurveyAnswerInput!]!) {
    submitSurveyResponse(token: $token, answers: $answers) {
      ok
    }
  }
`);
