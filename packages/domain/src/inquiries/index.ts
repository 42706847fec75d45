export * from './types.js';
export * from './labels.js';
export * from './inquiry-input.js';
