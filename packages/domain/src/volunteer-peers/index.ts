export * from './types.js';
export * from './labels.js';
export * from './peer-input.js';
export * from './matching.js';
export * from './check-ins.js';
export * from './load.js';
export * from './confirm.js';
