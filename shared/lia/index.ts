/** Legitimate interest assessments (Art 6(1)(f)): schema, questionnaire, outcome rules, versions and checks. */
export * from './lia.schema'
export * from './lia.questions'
export * from './lia.options'
export * from './lia.rules'
export * from './lia-version.rules'
export * from './lia-checks.rules'
