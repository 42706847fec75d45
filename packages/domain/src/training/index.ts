export * from './types.js';
export * from './labels.js';
export * from './lifecycle.js';
export * from './course-input.js';
export * from './icalendar.js';
export * from './rules.js';
export * from './enrolment-rules.js';
