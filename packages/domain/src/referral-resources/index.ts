export * from './types.js';
export * from './labels.js';
export * from './referral-resource-input.js';
