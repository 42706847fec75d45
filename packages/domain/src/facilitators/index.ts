export * from './types.js';
export * from './labels.js';
export * from './qualification.js';
export * from './rules.js';
export * from './facilitator-input.js';
