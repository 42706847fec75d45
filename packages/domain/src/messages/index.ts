export * from './define.js';
export * from './refusal.js';
export * from './catalogue.js';
export * from './zod.js';
