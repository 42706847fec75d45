export * from './types.js';
export * from './labels.js';
export * from './organisation-number.js';
export * from './attachments.js';
export * from './partner-input.js';
export * from './agreement-in-force.js';
export * from './rules.js';
