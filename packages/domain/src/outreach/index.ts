export * from './types.js';
export * from './labels.js';
export * from './activity-input.js';
export * from './rules.js';
export * from './csv.js';
export * from './icalendar.js';
