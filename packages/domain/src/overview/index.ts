export * from './messages.js';
export * from './period.js';
export * from './tables.js';
