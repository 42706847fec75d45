export * from './types.js';
export * from './labels.js';
export * from './inquiry-input.js';
export * from './interest-list.js';
export * from './outreach-draft.js';
