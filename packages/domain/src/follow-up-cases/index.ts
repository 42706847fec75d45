export * from './types.js';
export * from './labels.js';
export * from './case-reference.js';
export * from './lifecycle.js';
export * from './case-input.js';
export * from './due-list.js';
export * from './rules.js';
