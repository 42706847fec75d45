export * from './national-id-number.js';
export * from './free-text.js';
export * from './consent.js';
export * from './labels.js';
export * from './retention.js';
export * from './access-log.js';
