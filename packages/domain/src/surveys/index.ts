export * from './types.js';
export * from './phase.js';
export * from './template.js';
export * from './survey-input.js';
export * from './answers.js';
export * from './messages.js';
