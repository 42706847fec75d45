export * from './types.js';
export * from './input.js';
export * from './status.js';
export * from './inquiry.js';
